package ua.orderflow.novaposhta.shipping;

/**
 * Where tracking's early signals reach people: the process package opens the tasks (this package
 * never touches the engine).
 */
public interface ParcelSignals {

    /** Refused (102, 103): the supervisor should expect the goods back. */
    void returnExpected(String shopId, long orderId, String why);

    /** Storage ends soon (105, or paid storage from tomorrow): a manager should call the buyer. */
    void callBuyer(String shopId, long orderId, String why);
}
