package ua.orderflow.sandbox.rozetka.order;

/** A Nova Poshta city with its region, as ROZETKA's delivery.city carries it. */
public record City(int id, String name, String nameEn, String region) {
}
