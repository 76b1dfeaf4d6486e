package ua.orderflow.novaposhta;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of {@code TrackingDocument.getStatusDocuments} (novaposhta-api.md §4.1), typed. {@code full}
 * is false when the phone did not match and Nova Poshta answered the shorter row with a warning.
 * {@code moneyTransfer} is the number of the cash-on-delivery transfer (RedeliveryGM), once it exists.
 */
public record Parcel(
        String number,
        int statusCode,
        String status,
        LocalDateTime scheduledDelivery,
        LocalDateTime actualDelivery,
        LocalDateTime receivedAt,
        LocalDateTime updated,
        String warehouse,
        BigDecimal documentCost,
        BigDecimal amountToPay,
        boolean redelivery,
        String moneyTransfer,
        LocalDate firstStorageDay,
        boolean full) {

    /** The parcel was refused: the sender ordered a return (102) or the recipient refused (103). */
    public boolean refused() {
        return statusCode == 102 || statusCode == 103;
    }

    /** 9, 10, 11 and 106: the buyer took it. */
    public boolean takenByBuyer() {
        return statusCode == 9 || statusCode == 10 || statusCode == 11 || statusCode == 106;
    }

    /** 11: the cash-on-delivery money was paid out to the sender. */
    public boolean paidOut() {
        return statusCode == 11;
    }

    /** Still in Nova Poshta's hands before handover: created by the sender, or deleted. */
    public boolean handedOver() {
        return statusCode != 1 && statusCode != 2 && statusCode != 3;
    }

    /** Nothing more will happen to it (novaposhta-api.md §5, "final"). */
    public boolean isFinal() {
        return statusCode == 2 || statusCode == 9 || statusCode == 11 || statusCode == 102 || statusCode == 103
                || statusCode == 106;
    }
}
