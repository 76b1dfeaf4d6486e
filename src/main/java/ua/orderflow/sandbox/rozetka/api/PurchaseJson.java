package ua.orderflow.sandbox.rozetka.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.orderflow.sandbox.rozetka.order.CatalogueItem;
import ua.orderflow.sandbox.rozetka.order.Purchase;

/** An order line in ROZETKA's JSON: the purchase with its catalogue item, and the photo row of items_photos. */
final class PurchaseJson {

    private PurchaseJson() {
    }

    static Map<String, Object> photo(Purchase p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.item().itemId());
        json.put("url", "https://content.rozetka.com.ua/goods/images/big/" + p.item().itemId() + ".jpg");
        json.put("item_name", p.item().name());
        json.put("item_url", itemUrl(p.item()));
        json.put("item_price", Money.of(p.priceWithDiscount()));
        return json;
    }

    private static String itemUrl(CatalogueItem item) {
        return "https://rozetka.com.ua/ua/" + item.itemId() + "/p" + item.itemId() + "/";
    }

    static Map<String, Object> purchase(Purchase p, int orderStatus) {
        CatalogueItem item = p.item();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("item_id", item.itemId());
        json.put("item_name", item.name());
        json.put("quantity", p.quantity());
        json.put("price", Money.of(p.price()));
        json.put("price_with_discount", Money.of(p.priceWithDiscount()));
        json.put("cost", Money.of(p.cost()));
        json.put("cost_with_discount", Money.of(p.costWithDiscount()));
        json.put("kit_id", 0);
        json.put("status", p.status());
        json.put("conf_details", null);
        json.put("ttn", "");
        json.put("order_status", orderStatus);
        json.put("is_additional_item", item.additional());
        Map<String, Object> itemJson = new LinkedHashMap<>();
        itemJson.put("id", item.itemId());
        itemJson.put("name", item.name());
        itemJson.put("name_ua", item.name());
        itemJson.put("article", item.article());
        itemJson.put("price_offer_id", item.offerId());
        itemJson.put("price", Money.of(item.price()));
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("id", item.categoryId());
        category.put("name", item.categoryName());
        category.put("parent_id", 0);
        itemJson.put("catalog_category", category);
        itemJson.put("catalog_id", item.categoryId());
        itemJson.put("group_id", 0);
        itemJson.put("photo_preview", "https://content.rozetka.com.ua/goods/images/preview/" + item.itemId() + ".jpg");
        itemJson.put("photo", List.of("https://content.rozetka.com.ua/goods/images/big/" + item.itemId() + ".jpg"));
        itemJson.put("sla_id", 1);
        itemJson.put("url", itemUrl(item));
        itemJson.put("sold", 0);
        itemJson.put("uploader_offer_id", item.offerId());
        json.put("item", itemJson);
        return json;
    }
}
