package ua.orderflow.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.accounting.CatalogueImport;

/**
 * A clean slate for end-to-end tests that share one database: the sandbox numbers its orders anew
 * after a reset, so instances, history, journal and books of earlier tests must go too.
 */
public final class TestData {

    private TestData() {
    }

    public static void forgetEverything(ProcessEngine engine, JdbcClient jdbc, CatalogueImport catalogue) {
        for (String process : List.of("rozetka-order", "buyer-message", "send-buyer-message")) {
            engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(process).list()
                    .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test reset", true, true));
            List<String> history = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(process).list().stream().map(h -> h.getId()).toList();
            if (!history.isEmpty()) {
                engine.getHistoryService().deleteHistoricProcessInstances(history);
            }
        }
        // tracking's signals are standalone tasks, outside any instance
        engine.getTaskService().createTaskQuery().taskNameLike("%посилк%").list()
                .forEach(t -> engine.getTaskService().deleteTask(t.getId(), true));
        for (String table : List.of("np_waybill", "np_register", "np_tracking_round", "buyer_message_outbox", "buyer_message", "sync_inbox", "sync_event", "sync_run",
                "sync_shop_state", "order_name_word", "marketplace_order",
                "ledger_operation", "payment", "expense", "return_note", "expense_note", "reservation",
                "invoice_line", "invoice", "client", "offer_outbox", "offer_link", "rozetka_item", "stock", "product")) {
            jdbc.sql("delete from " + table).update();
        }
        try (var csv = new java.io.InputStreamReader(
                new org.springframework.core.io.ClassPathResource("demo/catalogue.csv").getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8)) {
            catalogue.importCsv(csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Map<String, Integer> onHand(JdbcClient jdbc) {
        Map<String, Integer> stock = new HashMap<>();
        jdbc.sql("select offer_id, sum(on_hand) from stock group by offer_id")
                .query((rs, n) -> stock.put(rs.getString(1), rs.getInt(2))).list();
        return stock;
    }

    public static Map<String, Integer> soldQuantities(JdbcClient jdbc, List<Long> orderIds) {
        Map<String, Integer> sold = new HashMap<>();
        for (long id : orderIds) {
            jdbc.sql("""
                    select l.offer_id, l.quantity from invoice_line l join invoice i on i.id = l.invoice_id
                    where i.order_id = :id and l.kind <> 'DELIVERY' and l.known""")
                    .param("id", id).query((rs, n) -> sold.merge(rs.getString(1), rs.getInt(2), Integer::sum)).list();
        }
        return sold;
    }
}
