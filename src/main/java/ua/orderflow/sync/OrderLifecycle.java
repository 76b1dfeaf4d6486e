package ua.orderflow.sync;

import java.util.Map;

/**
 * What the sync needs from the order process, without engine types (design rule 7): start an
 * order's instance at a stage, and hand it a message.
 */
public interface OrderLifecycle {

    /** Starts the order's instance at {@code stage}; joins the caller's transaction. */
    void start(String shopId, long orderId, String stage, Map<String, Object> variables);

    /** Hands the instance a message; tells whether it took it, is not ready for it, or is gone. */
    Delivery deliver(String shopId, long orderId, String messageName, Map<String, Object> variables);

    /** Whether the order's instance still runs, has ended, or was deleted by an administrator. */
    InstanceState state(String shopId, long orderId);

    enum Delivery {
        DELIVERED,
        NOT_READY,
        NO_INSTANCE
    }

    enum InstanceState {
        RUNNING,
        ENDED,
        DELETED,
        NONE
    }

    static String businessKey(String shopId, long orderId) {
        return shopId + ":" + orderId;
    }
}
