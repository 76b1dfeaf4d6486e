package ua.orderflow.sandbox.rozetka.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * Realistic new orders (status 1): Ukrainian buyers, Nova Poshta branches and couriers, catalogue
 * products with occasional discounts, some additional items, some fixed delivery costs, a share
 * paid by card and a share with callback_off.
 */
public final class OrderFactory {

    private static final List<String> BUYER_COMMENTS = List.of(
            "Зателефонуйте, будь ласка, після 18:00", "Можна без дзвінка", "Потрібен фіскальний чек",
            "Подарунок, прошу без цінників");
    private static final BigDecimal BRANCH_DELIVERY = new BigDecimal("70.00");
    private static final BigDecimal COURIER_DELIVERY = new BigDecimal("95.00");

    private final Catalogue catalogue;

    public OrderFactory(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public SandboxOrder create(long id, Instant created, LongSupplier purchaseIds, Random random) {
        return create(id, created, purchaseIds, random, ListedStock.UNLIMITED);
    }

    /** An order of items the listing has in stock, which it takes; null when nothing is listed in stock. */
    public SandboxOrder create(long id, Instant created, LongSupplier purchaseIds, Random random, ListedStock stock) {
        List<CatalogueItem> inStock = catalogue.products().stream().filter(item -> stock.listed(item) > 0).toList();
        if (inStock.isEmpty()) {
            return null;
        }
        Person buyerPerson = UkrainianPeople.person(random);
        Buyer buyer = new Buyer(90_000_000L + random.nextInt(9_000_000), buyerPerson, email(random, id));
        Delivery delivery = delivery(random, buyerPerson, created);
        Payment payment = payment(random, id, created);
        boolean callbackOff = random.nextInt(4) == 0;
        String comment = random.nextInt(5) == 0 ? BUYER_COMMENTS.get(random.nextInt(BUYER_COMMENTS.size())) : "";
        return new SandboxOrder(id, created, buyer, delivery, payment, callbackOff, comment,
                lines(random, purchaseIds, inStock, stock));
    }

    private List<Purchase> lines(Random random, LongSupplier purchaseIds, List<CatalogueItem> inStock,
            ListedStock stock) {
        List<CatalogueItem> products = new ArrayList<>(inStock);
        int roll = random.nextInt(100);
        int count = Math.min(roll < 70 ? 1 : roll < 92 ? 2 : 3, products.size());
        List<Purchase> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CatalogueItem item = products.remove(random.nextInt(products.size()));
            int q = random.nextInt(100);
            int quantity = Math.min(q < 80 ? 1 : q < 95 ? 2 : 3, stock.listed(item));
            stock.sold(item, quantity);
            lines.add(new Purchase(purchaseIds.getAsLong(), item, quantity, item.price(), discounted(item, random)));
        }
        if (random.nextInt(100) < 15) {
            List<CatalogueItem> extras = catalogue.additionalItems();
            CatalogueItem extra = extras.get(random.nextInt(extras.size()));
            lines.add(new Purchase(purchaseIds.getAsLong(), extra, 1, extra.price(), extra.price()));
        }
        return lines;
    }

    private static BigDecimal discounted(CatalogueItem item, Random random) {
        if (random.nextInt(100) >= 30) {
            return item.price();
        }
        int percent = 5 * (1 + random.nextInt(3));
        BigDecimal off = item.price().multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 0,
                RoundingMode.HALF_UP);
        return item.price().subtract(off).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Delivery delivery(Random random, Person buyer, Instant created) {
        City city = NovaPoshta.city(random);
        boolean another = random.nextInt(10) == 0;
        Person recipient = another ? UkrainianPeople.person(random) : buyer;
        boolean fixedCost = random.nextInt(5) == 0;
        Instant reserve = created.plus(Duration.ofDays(5));
        if (random.nextInt(4) == 0) {
            String flat = random.nextBoolean() ? String.valueOf(1 + random.nextInt(180)) : null;
            return new Delivery(Delivery.COURIER, city, recipient, another, 0, "", NovaPoshta.street(random),
                    String.valueOf(1 + random.nextInt(120)), flat, NovaPoshta.ref(random),
                    fixedCost ? COURIER_DELIVERY : null, reserve);
        }
        int branch = 1 + random.nextInt(NovaPoshta.BRANCHES_PER_CITY);
        return new Delivery(Delivery.BRANCH, city, recipient, another, 20_000L + city.id() * 1_000L + branch,
                String.valueOf(branch), NovaPoshta.street(random) + ", " + (1 + random.nextInt(120)), "", null,
                NovaPoshta.branchRef(random, city.name(), branch), fixedCost ? BRANCH_DELIVERY : null, reserve);
    }

    private static Payment payment(Random random, long orderId, Instant created) {
        if (random.nextInt(100) >= 35) {
            return Payment.cash();
        }
        int roll = random.nextInt(10);
        int status = roll < 5 ? Payment.PAID : roll < 9 ? Payment.HOLD : Payment.UNPAID;
        return Payment.card(700_000_000L + orderId % 100_000_000L, status, created);
    }

    private static String email(Random random, long orderId) {
        int roll = random.nextInt(10);
        if (roll < 4) {
            return "true";
        }
        return roll < 7 ? "" : "buyer" + orderId + "@ukr.net";
    }
}
