package ua.orderflow.rozetka.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A status from /order-statuses/search: live answers say name_uk, the documentation name_ua. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderStatus(
        int id,
        String name,
        @JsonProperty("name_uk") @JsonAlias("name_ua") String nameUk,
        @JsonProperty("status_group") int statusGroup) {
}
