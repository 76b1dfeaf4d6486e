package ua.orderflow.novaposhta.shipping;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ua.orderflow.rozetka.RozetkaClients;
import ua.orderflow.rozetka.model.RozetkaOrder;

/**
 * The last day of an order's reserve at the pickup point as ROZETKA shows it (delivery.reserve_date,
 * a plain date), read once per parcel; empty when ROZETKA gives none or cannot be asked now (Nova
 * Poshta's own storage date stands in).
 */
@Component
public class ReserveDates {

    private static final Logger log = LoggerFactory.getLogger(ReserveDates.class);

    private final RozetkaClients rozetka;

    public ReserveDates(RozetkaClients rozetka) {
        this.rozetka = rozetka;
    }

    public Optional<LocalDate> lastDay(String shopId, long orderId) {
        try {
            RozetkaOrder.Delivery delivery = rozetka.forShop(shopId).order(orderId, "delivery").delivery();
            String date = delivery == null ? null : delivery.reserveDate();
            return date == null || date.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(date.trim()
                    .substring(0, Math.min(10, date.trim().length()))));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            log.warn("ROZETKA's reserve date of order {} of shop {} not read, Nova Poshta's stands in: {}", orderId,
                    shopId, e.getMessage());
            return Optional.empty();
        }
    }
}
