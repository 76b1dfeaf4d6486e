package ua.orderflow.sandbox.rozetka.goods;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.sandbox.ConditionalOnSandbox;
import ua.orderflow.sandbox.rozetka.order.OrderBook;

/**
 * ROZETKA's side of the goods: what the listing shows and every stock value the seller sent (tests
 * and the benchmark read it), buyers ordering from the listing, a moderator approving a price.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/admin/goods")
public class SandboxGoodsAdminController {

    private final Shelf shelf;
    private final OrderBook book;

    public SandboxGoodsAdminController(Shelf shelf, OrderBook book) {
        this.shelf = shelf;
        this.book = book;
    }

    @GetMapping
    public Map<String, Object> goods() {
        Map<Long, List<Listing.Pushed>> pushes = shelf.pushes();
        List<Map<String, Object>> items = shelf.all(l -> {
            Map<String, Object> item = GoodsJson.render(l);
            item.put("stock_pushes", pushes.get(l.item.itemId()).stream()
                    .map(p -> Map.of("at", p.at().toString(), "stock", p.stock())).toList());
            return item;
        });
        return Map.of("items", items);
    }

    public record BuyersBody(Integer count) {
    }

    /** Buyers place orders from what is listed in stock, each taking its units; fewer when it runs out. */
    @PostMapping("/buyers")
    public Map<String, Object> buyers(@RequestBody BuyersBody body) {
        int count = body == null || body.count() == null ? 1 : Math.max(0, Math.min(body.count(), 1000));
        List<Long> ids = book.create(count, null, shelf);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ids", ids);
        return answer;
    }

    @PostMapping("/{itemId}/approve-price")
    public ResponseEntity<Map<String, Object>> approve(@PathVariable long itemId) {
        return shelf.approvePrice(itemId) ? ResponseEntity.ok(Map.of("approved", true))
                : ResponseEntity.status(404).body(Map.of("approved", false));
    }

    public record Listed(String offerId, String article, String name, java.math.BigDecimal price, Integer stock) {
    }

    public record ListBody(List<Listed> items) {
    }

    /** The seller lists more items on ROZETKA (not ordered by the generated buyers). */
    @PostMapping("/items")
    public Map<String, Object> list(@RequestBody ListBody body) {
        List<Long> ids = body.items().stream().map(i -> shelf.add(i.offerId(), i.article(), i.name(), i.price(),
                i.stock() == null ? 0 : i.stock())).toList();
        return Map.of("ids", ids);
    }

    @PostMapping("/reset")
    public Map<String, Object> reset() {
        shelf.reset();
        return Map.of("reset", true);
    }
}
