package ua.orderflow.sandbox.rozetka.goods;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** An item as the goods reads show it ([DOC apiitems.md] 1.0): the fields the apidoc's example carries. */
final class GoodsJson {

    private static final int BY_API = 4;

    private GoodsJson() {
    }

    static Map<String, Object> render(Listing l) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("rz_item_id", l.item.itemId());
        item.put("price_offer_id", l.item.offerId());
        item.put("item_id", l.item.itemId() - 400_000_000L);
        item.put("sync_source", Map.of("id", 107, "availability", BY_API, "is_virtual_source", 0));
        item.put("name", l.item.name());
        item.put("name_ua", l.item.name());
        item.put("url", "https://rozetka.com.ua/" + l.item.itemId() + "/p" + l.item.itemId());
        item.put("article", l.item.article());
        item.put("price", number(l.price));
        item.put("price_old", number(l.priceOld));
        item.put("price_promo", number(l.pricePromo));
        item.put("updated_price", number(l.moderatedPrice));
        item.put("price_category", Map.of("id", String.valueOf(l.item.categoryId()), "title_ua", l.item.categoryName()));
        item.put("available", l.available());
        item.put("available_title", l.available() == 1 ? "Є в наявності" : "Немає в наявності");
        item.put("stock_quantity", l.stock);
        item.put("sold", l.sold);
        return item;
    }

    /** Prices are integers in the doc; a price with kopecks stays a number with them. */
    static Object number(BigDecimal price) {
        if (price == null) {
            return null;
        }
        BigDecimal plain = price.stripTrailingZeros();
        return plain.scale() <= 0 ? (Object) plain.longValueExact() : plain;
    }
}
