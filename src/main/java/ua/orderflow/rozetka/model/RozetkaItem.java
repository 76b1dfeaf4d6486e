package ua.orderflow.rozetka.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** An item of the seller's on ROZETKA, as the goods reads give it (the fields Order Flow uses). */
public record RozetkaItem(
        @JsonProperty("rz_item_id") long rzItemId,
        @JsonProperty("price_offer_id") String priceOfferId,
        @JsonProperty("article") String article,
        @JsonProperty("name") String name,
        @JsonProperty("name_ua") String nameUa,
        @JsonProperty("price") BigDecimal price,
        @JsonProperty("price_old") BigDecimal priceOld,
        @JsonProperty("price_promo") BigDecimal pricePromo,
        @JsonProperty("stock_quantity") Integer stockQuantity,
        @JsonProperty("available") Integer available) {

    /** The Ukrainian name where ROZETKA has one. */
    public String shownName() {
        return nameUa != null && !nameUa.isBlank() ? nameUa : name;
    }
}
