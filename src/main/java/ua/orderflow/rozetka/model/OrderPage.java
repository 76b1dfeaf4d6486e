package ua.orderflow.rozetka.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of /orders/search: orders as raw JSON (each read on its own, so one malformed order does
 * not spoil the page) and the paging facts from _meta.
 */
public record OrderPage(List<JsonNode> orders, int currentPage, int pageCount, int totalCount) {
}
