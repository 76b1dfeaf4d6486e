package ua.orderflow.web;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.accounting.Rows;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.access.Role;
import ua.orderflow.web.access.AllowedRoles;

/** The imported marketplace orders, newest first, a page at a time. */
@RestController
@RequestMapping("/api/orders")
public class OrderListController {

    private static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    public OrderListController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @AllowedRoles({Role.MANAGER, Role.SUPERVISOR})
    @GetMapping
    public List<Map<String, Object>> list(@RequestParam(required = false) String shop,
            @RequestParam(defaultValue = "1") int page) {
        if (page < 1) {
            throw new IllegalArgumentException("Номер сторінки починається з 1");
        }
        return Rows.lowerCaseKeys(jdbc.sql("""
                        select shop_id, order_id, status, stage, imported_at, updated_at
                        from marketplace_order
                        where (cast(:shop as varchar(64)) is null or shop_id = :shop)
                        order by imported_at desc, order_id desc
                        limit :limit offset :offset""")
                .param("shop", shop)
                .param("limit", PAGE_SIZE)
                .param("offset", (page - 1L) * PAGE_SIZE)
                .query().listOfRows());
    }
}
