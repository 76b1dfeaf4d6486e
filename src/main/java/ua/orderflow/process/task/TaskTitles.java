package ua.orderflow.process.task;

import java.util.Locale;

/**
 * A task's title with the order's number in it, so that every Tasklist card says which order it is:
 * right after the word «замовлення» where the BPMN name has it («Відправити замовлення 812000006»,
 * «Замовлення 812000006 не опрацьовано вчасно»), otherwise after a comma («Виправити ТТН,
 * замовлення 812000006»). The BPMN keeps the plain names, which read well in Modeler and Cockpit.
 */
final class TaskTitles {

    private static final String ORDER = "замовлення";

    private TaskTitles() {
    }

    static String withOrder(String name, Object orderId) {
        if (orderId == null) {
            return name;
        }
        String number = String.valueOf(orderId);
        if (name == null || name.isBlank()) {
            return "Замовлення " + number;
        }
        if (name.contains(number)) {
            return name; // named already: a task created again by the same listener's caller
        }
        int at = name.toLowerCase(Locale.ROOT).indexOf(ORDER);
        if (at < 0) {
            return name + ", " + ORDER + " " + number;
        }
        int end = at + ORDER.length();
        return name.substring(0, end) + " " + number + name.substring(end);
    }
}
