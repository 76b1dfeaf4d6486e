package ua.orderflow.rozetka.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import ua.orderflow.rozetka.json.Flag;
import ua.orderflow.rozetka.json.KyivDateTime;

/** An order as the Seller API returns it (rozetka-seller-api.md §4), with the expands we ask for. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RozetkaOrder(
        long id,
        @JsonDeserialize(using = KyivDateTime.class) LocalDateTime created,
        @JsonDeserialize(using = KyivDateTime.class) LocalDateTime changed,
        BigDecimal amount,
        BigDecimal amountWithDiscount,
        BigDecimal cost,
        BigDecimal costWithDiscount,
        int status,
        int statusGroup,
        String ttn,
        String userPhone,
        PersonTitle userTitle,
        String comment,
        @JsonDeserialize(using = Flag.class) boolean callbackOff,
        List<SellerComment> sellerComment,
        Delivery delivery,
        List<Purchase> purchases,
        User user,
        Payment payment,
        List<StatusAvailable> statusAvailable,
        List<StatusHistory> orderStatusHistory) {

    private static final int DELIVERING = 4;
    private static final int AT_PICKUP = 5;

    public RozetkaOrder {
        ttn = ttn == null ? "" : ttn;
        comment = comment == null ? "" : comment;
        sellerComment = sellerComment == null ? List.of() : sellerComment;
        purchases = purchases == null ? List.of() : purchases;
        statusAvailable = statusAvailable == null ? List.of() : statusAvailable;
        orderStatusHistory = orderStatusHistory == null ? List.of() : orderStatusHistory;
    }

    /** Statuses ROZETKA allows next for this order (expand=status_available), for any delivery type. */
    public List<Integer> allowedNextStatuses() {
        return statusAvailable.stream().map(StatusAvailable::childId).distinct().toList();
    }

    /** The statuses allowed next when the order ships this way: the rows of its delivery_type. */
    public List<Integer> allowedNextStatuses(DeliveryType shipping) {
        return statusAvailable.stream().filter(row -> shipping.fits(row.deliveryType()))
                .map(StatusAvailable::childId).distinct().toList();
    }

    /**
     * How the order ships, once that shows: a TTN makes it a carrier parcel, 4 or 5 without one the
     * seller's own delivery; before shipping it is not decided yet.
     */
    public Optional<DeliveryType> shippedBy() {
        if (!ttn.isBlank()) {
            return Optional.of(DeliveryType.CARRIER);
        }
        return status == DELIVERING || status == AT_PICKUP ? Optional.of(DeliveryType.OWN) : Optional.empty();
    }

    /**
     * What a menu may offer now: the rows of the way the order ships (ROZETKA may list both, and a
     * carrier's status is no choice for an own delivery), or every row while that is undecided.
     */
    public List<Integer> allowedNextStatusesAsShipped() {
        return shippedBy().map(this::allowedNextStatuses).orElseGet(this::allowedNextStatuses);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PersonTitle(String firstName, String lastName, String secondName, String fullName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SellerComment(String comment, @JsonDeserialize(using = KyivDateTime.class) LocalDateTime created,
            Long sellerId, String sellerFio) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Delivery(Integer deliveryServiceId, String deliveryServiceName, Integer deliveryMethodId,
            String recipientTitle, String recipientPhone, City city, String placeNumber, String placeStreet,
            String placeHouse, String placeFlat, BigDecimal cost, String refId, String recipientFirstName,
            String recipientLastName, String recipientSecondName, String reserveDate) {

        /** delivery_method_id 2: Nova Poshta's courier to the buyer's door (1 is a branch). */
        public boolean toDoor() {
            return Integer.valueOf(2).equals(deliveryMethodId);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record City(Long id, String cityName, String title, String regionTitle) {
        public String name() {
            return cityName != null ? cityName : title;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Purchase(long id, long itemId, String itemName, int quantity, BigDecimal price,
            BigDecimal priceWithDiscount, BigDecimal cost, BigDecimal costWithDiscount, Integer status,
            @JsonDeserialize(using = Flag.class) boolean isAdditionalItem, Item item) {

        /** 1 active, 2 returned, 0 removed (a removed line stays listed). */
        public boolean active() {
            return status == null || status == 1;
        }

        /** The seller's offer id (price_offer_id), else the article: how the catalogue knows the product. */
        public String offerId() {
            if (item != null && item.priceOfferId() != null && !item.priceOfferId().isBlank()) {
                return item.priceOfferId();
            }
            return item == null ? null : item.article();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Item(Long id, String name, String nameUa, String article, String priceOfferId, BigDecimal price) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record User(Long id, @JsonDeserialize(using = Flag.class) boolean hasEmail, String contactFio,
            String email) {

        /** ROZETKA sometimes sends the literal string "true" instead of an address: that is no e-mail. */
        public String realEmail() {
            return email == null || email.isBlank() || "true".equalsIgnoreCase(email) || !email.contains("@")
                    ? null : email;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Payment(Integer paymentMethodId, String paymentMethodName, String paymentType,
            String paymentTypeTitle, PaymentStatus paymentStatus) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PaymentStatus(Integer statusPaymentId, String name, String title) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record StatusAvailable(Integer parentId, int childId, Integer deliveryType) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record StatusHistory(int statusId, @JsonDeserialize(using = KyivDateTime.class) LocalDateTime created) {
    }
}
