package ua.orderflow.process.messages;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ua.orderflow.messages.BuyerConversations;
import ua.orderflow.messages.BuyerThreads;
import ua.orderflow.messages.MessageProperties;
import ua.orderflow.sync.OrderLifecycle;

/**
 * Starts the buyer chats' instances: one buyer-message («Відповісти покупцю») per order chat with
 * unanswered messages, business key {@code <shop>:<order>}; one send-buyer-message per outbox row,
 * business key {@code <shop>:<order>:message-<outbox id>}.
 */
@Component
public class CamundaBuyerConversations implements BuyerConversations {

    public static final String SEND_PROCESS = "send-buyer-message";
    public static final String REPLY_PROCESS = "buyer-message";
    /** The reply form shows this many of the chat's last messages. */
    static final int THREAD_SHOWN = 30;

    private final RuntimeService runtime;
    private final BuyerThreads threads;
    private final MessageProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;

    public CamundaBuyerConversations(RuntimeService runtime, BuyerThreads threads, MessageProperties properties,
            JdbcClient jdbc, Clock clock) {
        this.runtime = runtime;
        this.threads = threads;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void send(long outboxId, String shopId, long orderId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("outboxId", outboxId);
        variables.put("shopId", shopId);
        variables.put("orderId", orderId);
        // a manager completing a form queues the message: the sending is the service's, not theirs to authorize;
        // its own key, so "<shop>:<order>" still finds the one order instance and the one open chat
        asTheService(() -> runtime.createProcessInstanceByKey(SEND_PROCESS)
                .businessKey(OrderLifecycle.businessKey(shopId, orderId) + ":message-" + outboxId)
                .setVariables(variables).execute());
    }

    @Override
    public void buyerWrote(String shopId, long orderId) {
        // one open reply task per chat, whichever node fetched the message: the order's row is the lock
        jdbc.sql("select id from marketplace_order where shop_id = :shop and order_id = :order for update")
                .param("shop", shopId).param("order", orderId).query(Long.class).optional();
        String key = OrderLifecycle.businessKey(shopId, orderId);
        String thread = threads.threadText(shopId, orderId, THREAD_SHOWN);
        ProcessInstance open = runtime.createProcessInstanceQuery().processDefinitionKey(REPLY_PROCESS)
                .processInstanceBusinessKey(key).active().listPage(0, 1).stream().findFirst().orElse(null);
        if (open != null) {
            runtime.setVariable(open.getId(), "thread", thread);
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("shopId", shopId);
        variables.put("orderId", orderId);
        variables.put("thread", thread);
        variables.put("replyDue", Date.from(clock.instant().plus(properties.replyWithin())));
        asTheService(() -> runtime.createProcessInstanceByKey(REPLY_PROCESS).businessKey(key).setVariables(variables)
                .execute());
    }

    private static <T> T asTheService(Supplier<T> start) {
        CommandContext context = Context.getCommandContext();
        if (context == null || !context.isAuthorizationCheckEnabled()) {
            return start.get();
        }
        context.disableAuthorizationCheck();
        try {
            return start.get();
        } finally {
            context.enableAuthorizationCheck();
        }
    }
}
