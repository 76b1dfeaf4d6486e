package ua.orderflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ua.orderflow.sandbox.rozetka.order.CatalogueItem;
import ua.orderflow.sandbox.rozetka.order.Delivery;
import ua.orderflow.sandbox.rozetka.order.Purchase;
import ua.orderflow.sandbox.rozetka.order.SandboxOrder;

/** Generated orders look like ROZETKA's and their money adds up. */
class GeneratedOrdersTest {

    private final SandboxFixture sandbox = new SandboxFixture();
    private final List<SandboxOrder> orders = sandbox.book.create(300, null).stream().map(sandbox::get).toList();

    @Test
    void moneyAddsUpLineByLineAndWithAFixedDeliveryCost() {
        for (SandboxOrder o : orders) {
            BigDecimal lines = o.activePurchases().stream().map(Purchase::costWithDiscount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal delivery = o.delivery().cost() == null ? BigDecimal.ZERO : o.delivery().cost();
            assertThat(o.amountWithDiscount()).isEqualByComparingTo(lines);
            assertThat(o.costWithDiscount()).isEqualByComparingTo(lines.add(delivery));
            assertThat(o.cost()).isGreaterThanOrEqualTo(o.costWithDiscount());
            for (Purchase p : o.purchases()) {
                assertThat(p.costWithDiscount()).isEqualByComparingTo(
                        p.priceWithDiscount().multiply(BigDecimal.valueOf(p.quantity())));
                assertThat(p.priceWithDiscount()).isLessThanOrEqualTo(p.price()).isPositive();
            }
        }
    }

    @Test
    void buyersAreUkrainianWithMobileNumbers() {
        for (SandboxOrder o : orders) {
            assertThat(o.buyer().person().phone()).matches("380\\d{9}");
            assertThat(o.buyer().person().firstName()).matches("[А-ЯІЇЄҐа-яіїєґ']+");
            assertThat(o.delivery().recipient().phone()).matches("380\\d{9}");
            assertThat(o.status()).isEqualTo(1);
        }
        assertThat(orders.stream().map(o -> o.buyer().person().lastName()).distinct().count()).isGreaterThan(10);
    }

    @Test
    void productsComeFromTheDemoCatalogueByOfferId() {
        Set<String> offers = SandboxFixture.CATALOGUE.products().stream().map(CatalogueItem::offerId)
                .collect(Collectors.toSet());
        assertThat(offers).contains("TK-500", "PB-10K", "YOGA-MAT").hasSize(12);
        orders.stream().flatMap(o -> o.purchases().stream()).map(Purchase::item).filter(i -> !i.additional())
                .forEach(item -> {
                    assertThat(offers).contains(item.offerId());
                    assertThat(item.article()).isEqualTo(item.offerId());
                });
    }

    @Test
    void theMixCoversEveryVariantTheLedgerAndTheLifecycleMeet() {
        assertThat(share(o -> o.callbackOff())).isBetween(0.1, 0.4);
        assertThat(share(o -> o.payment().isCard())).isBetween(0.2, 0.5);
        assertThat(share(o -> o.delivery().cost() != null)).isBetween(0.1, 0.35);
        assertThat(share(o -> o.purchases().stream().anyMatch(p -> p.item().additional()))).isBetween(0.05, 0.3);
        assertThat(share(o -> o.delivery().methodId() == Delivery.COURIER)).isBetween(0.1, 0.4);
        assertThat(share(o -> "true".equals(o.buyer().email()))).isBetween(0.2, 0.6);
        assertThat(share(o -> o.purchases().size() > 1)).isBetween(0.2, 0.6);
        assertThat(share(o -> o.purchases().stream().anyMatch(p -> p.price().compareTo(p.priceWithDiscount()) > 0)))
                .isBetween(0.1, 0.6);
        assertThat(orders.stream().map(o -> o.delivery().city().region()).distinct().count()).isGreaterThan(10);
    }

    @Test
    void theSameSeedGeneratesTheSameOrders() {
        SandboxFixture again = new SandboxFixture();
        List<SandboxOrder> repeated = again.book.create(300, null).stream().map(again::get).toList();
        assertThat(repeated).extracting(o -> o.buyer().person().phone())
                .containsExactlyElementsOf(orders.stream().map(o -> o.buyer().person().phone()).toList());
        assertThat(repeated).extracting(SandboxOrder::costWithDiscount)
                .containsExactlyElementsOf(orders.stream().map(SandboxOrder::costWithDiscount).toList());
    }

    @Test
    void theJsonCarriesMoneyAsStringsDatesInKyivAndRozetkasFlags() {
        long id = orders.get(0).id();
        sandbox.put(id, 26, null);
        sandbox.book.sellerUpdate(id, new ua.orderflow.sandbox.rozetka.order.SellerUpdate(26, null, "Узгоджено", null),
                o -> o);
        Map<String, Object> json = sandbox.render(id, "user", "delivery", "purchases", "status_data", "payment",
                "no_such_field");
        assertThat((String) json.get("cost_with_discount")).matches("\\d+\\.\\d{2}");
        assertThat(json.get("created")).isEqualTo("2025-03-14 09:00:00");
        assertThat(json.get("callback_off")).isIn(0, 1);
        assertThat(json.get("ttn")).isEqualTo("");
        assertThat(json.get("current_seller_comment")).isEqualTo("Узгоджено");
        assertThat(json.get("seller_comment")).asList().hasSize(1).first().asString()
                .contains("comment=Узгоджено", "created=2025-03-14 09:00:00");
        assertThat(json.get("status_data")).asString().contains("name_uk=Обробляється менеджером",
                "name=Обрабатывается менеджером", "status_group=1");
        assertThat(json.get("delivery")).asString().contains("delivery_service_id=5", "name_logo=nova-pochta",
                "region_title=");
        assertThat(json.get("purchases")).asString().contains("price_offer_id=", "is_additional_item=");
        assertThat(json).containsKeys("user", "payment").doesNotContainKeys("no_such_field", "order_status_history");
    }

    private double share(java.util.function.Predicate<SandboxOrder> predicate) {
        return orders.stream().filter(predicate).count() / (double) orders.size();
    }
}
