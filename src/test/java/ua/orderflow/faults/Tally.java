package ua.orderflow.faults;

import java.util.List;

/**
 * One comparison of every ROZETKA order with our side. {@code lost}: no order row or no instance;
 * {@code duplicated}: two instances, invoices or expense notes; {@code mismatched}: a stage other than
 * ROZETKA's status gives, or documents and stock that do not fit it, plus every job left without
 * retries, open incident and stock row off balance. {@code problems}: the first few, in words.
 */
record Tally(int orders, int lost, int duplicated, int mismatched, int jobsWithoutRetries, int incidents,
        int stockOffBalance, List<String> problems) {

    boolean agrees() {
        return lost == 0 && duplicated == 0 && mismatched == 0;
    }
}
