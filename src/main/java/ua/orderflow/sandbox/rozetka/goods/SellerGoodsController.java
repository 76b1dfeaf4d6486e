package ua.orderflow.sandbox.rozetka.goods;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.sandbox.ConditionalOnSandbox;
import ua.orderflow.sandbox.rozetka.api.Envelope;
import ua.orderflow.sandbox.rozetka.api.SellerEndpoint;
import ua.orderflow.sandbox.rozetka.seller.SellerAccount;
import ua.orderflow.sandbox.rozetka.seller.SellerAccounts;

/**
 * The goods reads: {@code GET /goods/all} ("Всі товари") and {@code /goods/on-sale} (those in
 * stock), filtered by {@code rz_item_id}, {@code price_offer_id}, {@code article}, {@code available},
 * paged by {@code page} and {@code pageSize} (the last page again past the end, as Yii2 does).
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/rozetka/goods")
public class SellerGoodsController {

    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 100;

    @GetMapping("/all")
    @SellerEndpoint("goods.all")
    public Map<String, Object> all(@RequestAttribute(SellerAccounts.REQUEST_ATTRIBUTE) SellerAccount seller, @RequestParam Map<String, String> params) {
        return page(seller.shelf(), params, listing -> true);
    }

    @GetMapping("/on-sale")
    @SellerEndpoint("goods.on-sale")
    public Map<String, Object> onSale(@RequestAttribute(SellerAccounts.REQUEST_ATTRIBUTE) SellerAccount seller, @RequestParam Map<String, String> params) {
        return page(seller.shelf(), params, listing -> listing.available() == 1);
    }

    private static Map<String, Object> page(Shelf shelf, Map<String, String> params, Predicate<Listing> tab) {
        Predicate<Listing> filter = tab
                .and(eq(params.get("rz_item_id"), l -> String.valueOf(l.item.itemId())))
                .and(eq(params.get("price_offer_id"), l -> l.item.offerId()))
                .and(eq(params.get("article"), l -> l.item.article()))
                .and(eq(params.get("available"), l -> String.valueOf(l.available())));
        List<Map<String, Object>> matched = shelf.all(l -> filter.test(l) ? GoodsJson.render(l) : null).stream()
                .filter(java.util.Objects::nonNull).toList();
        int size = Math.max(1, Math.min(MAX_PAGE_SIZE, integer(params.get("pageSize"), DEFAULT_PAGE_SIZE)));
        int total = matched.size();
        int pageCount = (total + size - 1) / size;
        int page = Math.max(1, Math.min(integer(params.get("page"), 1), Math.max(pageCount, 1)));
        int from = Math.min((page - 1) * size, total);
        Map<String, Object> content = new java.util.LinkedHashMap<>();
        content.put("count", total);
        content.put("items", matched.subList(from, Math.min(from + size, total)));
        content.put("_meta", Envelope.meta(total, pageCount, page, size));
        return Envelope.ok(content);
    }

    /** A filter left out, or one it cannot read, is ignored: these reads have no validation header. */
    private static Predicate<Listing> eq(String wanted, java.util.function.Function<Listing, String> field) {
        return wanted == null || wanted.isBlank() ? l -> true : l -> wanted.trim().equals(field.apply(l));
    }

    private static int integer(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
