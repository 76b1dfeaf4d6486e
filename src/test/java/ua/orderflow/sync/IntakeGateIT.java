package ua.orderflow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.sync.intake.IntakeGate;

/** A broken order waits in the journal for a person, once, and becomes nothing else. */
@PostgresIntegrationTest
class IntakeGateIT {

    private static final String SHOP = "intake-shop";

    @Autowired
    IntakeGate gate;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;

    @Test
    void anOrderWithoutNumberOrPartsIsJournalledOnceAndNeverStarted() {
        var noId = IntakeCheckTest.order(0, IntakeCheckTest.NOW, "Олена", "380501234567", "Нова Пошта", "cash",
                null, IntakeCheckTest.ONE_LINE);
        var noGoods = IntakeCheckTest.order(812999001, IntakeCheckTest.NOW, "Олена", "380501234567", null, null,
                null, List.of());
        for (int run = 0; run < 3; run++) {
            assertThat(gate.admits(null, SHOP, noId)).isFalse();
            assertThat(gate.admits(null, SHOP, noGoods)).isFalse();
        }
        List<String> journalled = jdbc.sql("""
                select message from sync_event where shop_id = :shop and kind = 'MALFORMED_ORDER' order by id""")
                .param("shop", SHOP).query(String.class).list();
        assertThat(journalled).containsExactly(
                "Замовлення без номера не прийнято: немає номера замовлення. Перевірте його в кабінеті продавця ROZETKA.",
                "Замовлення 812999001 не прийнято: немає жодного товару; немає способу доставки; немає способу оплати."
                        + " Перевірте його в кабінеті продавця ROZETKA.");
        assertThat(jdbc.sql("select count(*) from marketplace_order where shop_id = :shop").param("shop", SHOP)
                .query(Long.class).single()).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKeyLike(SHOP + ":%").count()).isZero();

        var whole = IntakeCheckTest.order(812999002, IntakeCheckTest.NOW, "Олена", "380501234567", "Нова Пошта",
                "cash", null, IntakeCheckTest.ONE_LINE);
        assertThat(gate.admits(null, SHOP, whole)).isTrue();
    }
}
