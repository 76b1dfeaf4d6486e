package ua.orderflow.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.access.Role;
import ua.orderflow.web.access.AllowedRoles;
import ua.orderflow.shop.Shops;
import ua.orderflow.sync.OrderResync;
import ua.orderflow.sync.ShopSync;

/** On-demand sync: "Прийняти замовлення" for a shop, and re-sync of one order. */
@RestController
public class SyncController {

    private final ShopSync sync;
    private final OrderResync resync;
    private final Shops shops;

    public SyncController(ShopSync sync, OrderResync resync, Shops shops) {
        this.sync = sync;
        this.resync = resync;
        this.shops = shops;
    }

    @AllowedRoles(Role.SUPERVISOR)
    @PostMapping("/api/sync/{shop}")
    public ResponseEntity<?> syncShop(@PathVariable String shop) {
        shops.byId(shop);
        return sync.sync(shop, "MANUAL")
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT)
                        .body(Map.of("message", "Синхронізація магазину " + shop + " уже триває")));
    }

    @AllowedRoles(Role.SUPERVISOR)
    @PostMapping("/api/orders/{shop}/{orderId}/resync")
    public ResponseEntity<?> resyncOrder(@PathVariable String shop, @PathVariable long orderId) {
        shops.byId(shop);
        return ResponseEntity.ok(Map.of("result", resync.resync(shop, orderId).name()));
    }
}
