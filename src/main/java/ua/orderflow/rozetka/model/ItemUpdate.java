package ua.orderflow.rozetka.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One UpdatingItem of {@code PUT /items/mass-update}: the item by {@code item_rz_id}, its stock
 * and/or prices (a null field is left as ROZETKA has it; {@link #CLEAR} clears a price).
 */
public record ItemUpdate(long rzItemId, Integer stockQuantity, BigDecimal price, BigDecimal priceOld,
        BigDecimal pricePromo) {

    /** ROZETKA's "no such price any more" for price_old and price_promo. */
    public static final BigDecimal CLEAR = BigDecimal.valueOf(-1);

    public boolean empty() {
        return stockQuantity == null && price == null && priceOld == null && pricePromo == null;
    }

    public Map<String, Object> json() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("item_rz_id", rzItemId);
        put(item, "stock_quantity", stockQuantity);
        put(item, "price", price);
        put(item, "price_old", priceOld);
        put(item, "price_promo", pricePromo);
        return item;
    }

    /** The doc types prices as integers: whole hryvnias go as integers, anything else as it is. */
    private static void put(Map<String, Object> item, String key, Object value) {
        if (value instanceof BigDecimal money) {
            BigDecimal plain = money.stripTrailingZeros();
            item.put(key, plain.scale() <= 0 ? (Object) plain.longValueExact() : plain);
        } else if (value != null) {
            item.put(key, value);
        }
    }
}
