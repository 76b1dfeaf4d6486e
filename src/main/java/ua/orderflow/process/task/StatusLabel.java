package ua.orderflow.process.task;

/** A ROZETKA status's name as a person reads it, for one shop (ROZETKA's own list: StatusNames). */
@FunctionalInterface
public interface StatusLabel {

    String nameOf(String shopId, int statusId);
}
