package ua.orderflow.shop;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * One shop's Nova Poshta business account: where the API and the printed forms live, the API key (a
 * secret from the environment), the sender and the defaults of a new waybill.
 *
 * @param apiUrl the JSON endpoint, {@code https://api.novaposhta.ua/v2.0/json}; a path means this service
 * @param printUrl the cabinet host the label PDFs come from, {@code https://my.novaposhta.ua}; a path means this
 *     service
 * @param apiKey the sender's API key from Nova Poshta's business cabinet
 * @param sender who sends: counterparty, contact person, phone, city and sending branch
 * @param defaults what a new waybill starts with
 * @param readTimeout how long one call may take
 */
public record NovaPoshtaAccount(String apiUrl, String printUrl, String apiKey, Sender sender, Defaults defaults,
        Duration readTimeout) {

    @ConstructorBinding
    public NovaPoshtaAccount {
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://api.novaposhta.ua/v2.0/json" : apiUrl;
        printUrl = printUrl == null || printUrl.isBlank() ? "https://my.novaposhta.ua" : printUrl;
        sender = sender == null ? new Sender(null, null, null, null, null) : sender;
        defaults = defaults == null ? Defaults.usual() : defaults;
        readTimeout = readTimeout == null ? Duration.ofSeconds(20) : readTimeout;
    }

    /**
     * The sender as Nova Poshta knows it; {@code counterparty} and {@code contact} may be left out and
     * are then looked up with the key at startup (the first sender counterparty, its first contact).
     *
     * @param counterparty the sender counterparty's Ref
     * @param contact the contact person's Ref
     * @param phone the contact's phone, 380XXXXXXXXX
     * @param city the sender city's Ref
     * @param address the sending branch's Ref (or the sender's address Ref)
     */
    public record Sender(String counterparty, String contact, String phone, String city, String address) {
    }

    /**
     * @param cargoType Parcel, Cargo or Documents
     * @param weight kilograms of one parcel, when the manager does not say
     * @param seats places of one parcel
     * @param payer who pays for the delivery: Sender or Recipient
     * @param cashOnDelivery whether a cash order is sent with cash on delivery (what the buyer still owes)
     * @param description the contents, when the manager does not say
     * @param paymentControl whether cash on delivery is Nova Poshta's payment control
     *     ({@code AfterpaymentOnGoodsCost}: the money goes to the shop's bank account; the sender needs
     *     {@code CanAfterpaymentOnGoodsCost}) rather than a money transfer back ({@code BackwardDeliveryData})
     */
    public record Defaults(String cargoType, BigDecimal weight, Integer seats, String payer, Boolean cashOnDelivery,
            String description, Boolean paymentControl) {

        @ConstructorBinding
        public Defaults {
            cargoType = cargoType == null ? "Parcel" : cargoType;
            weight = weight == null ? new BigDecimal("1") : weight;
            seats = seats == null ? 1 : seats;
            payer = payer == null ? "Recipient" : payer;
            cashOnDelivery = cashOnDelivery == null || cashOnDelivery;
            description = description == null ? "Товари інтернет-магазину" : description;
            paymentControl = paymentControl != null && paymentControl;
        }

        public static Defaults usual() {
            return new Defaults(null, null, null, null, null, null, null);
        }
    }

    /** Never print the key: it is a secret from the environment. */
    @Override
    public String toString() {
        return "NovaPoshtaAccount[apiUrl=" + apiUrl + ", sender=" + sender + "]";
    }
}
