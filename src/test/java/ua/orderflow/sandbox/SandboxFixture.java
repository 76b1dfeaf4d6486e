package ua.orderflow.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import ua.orderflow.sandbox.SandboxProperties.CarrierSettings;
import ua.orderflow.sandbox.rozetka.api.OrderJson;
import ua.orderflow.sandbox.rozetka.carrier.Carrier;
import ua.orderflow.sandbox.rozetka.carrier.CarrierFates;
import ua.orderflow.sandbox.clock.SandboxClock;
import ua.orderflow.sandbox.rozetka.order.Catalogue;
import ua.orderflow.sandbox.rozetka.order.OrderBook;
import ua.orderflow.sandbox.rozetka.order.OrderFactory;
import ua.orderflow.sandbox.rozetka.order.SandboxOrder;
import ua.orderflow.sandbox.rozetka.order.SellerUpdate;
import ua.orderflow.sandbox.rozetka.status.StatusCatalogue;
import ua.orderflow.sandbox.rozetka.status.StatusRules;
import ua.orderflow.sandbox.rozetka.status.TransitionTable;

/** The sandbox's domain wired by hand on a fixed clock and a fixed seed: fast and repeatable. */
public final class SandboxFixture {

    public static final Instant START = Instant.parse("2025-03-14T07:00:00Z");
    public static final StatusCatalogue STATUSES = StatusCatalogue.load();
    public static final TransitionTable TRANSITIONS = TransitionTable.load();
    public static final StatusRules RULES = new StatusRules(STATUSES, TRANSITIONS);
    public static final Catalogue CATALOGUE = Catalogue.load();

    public final SandboxClock clock = new SandboxClock(Clock.fixed(START, ZoneOffset.UTC));
    public final SandboxRandom random;
    public final OrderBook book;
    public final OrderJson json = new OrderJson(STATUSES, RULES);

    public SandboxFixture() {
        this(SandboxProperties.defaults().carrier(), 42L);
    }

    public SandboxFixture(CarrierSettings carrier, long seed) {
        random = new SandboxRandom(seed);
        book = new OrderBook(clock, STATUSES, RULES, new OrderFactory(CATALOGUE),
                new Carrier(new CarrierFates(carrier), random, STATUSES, TRANSITIONS), random);
    }

    /** Parcels picked up, refused or sent back at these shares, every other fate off. */
    public static CarrierSettings carrier(double notPickedUp, double refused) {
        return new CarrierSettings(true, Duration.ofHours(12), notPickedUp, refused, 0, 0, 0, 0, false,
                Duration.ofDays(45));
    }

    /** Every parcel meets this fate ("incorrect-ttn", "lost"…), named as in status-transitions.csv. */
    public static CarrierSettings fate(String share) {
        return new CarrierSettings(true, Duration.ofHours(12), is(share, "not-picked-up"), is(share, "refused"),
                is(share, "returned"), is(share, "incorrect-ttn"), is(share, "expired"), is(share, "lost"), false,
                Duration.ofDays(45));
    }

    private static double is(String share, String name) {
        return share.equals(name) ? 1 : 0;
    }

    public long order(int status) {
        return book.create(1, status).get(0);
    }

    public SandboxOrder get(long id) {
        return book.read(id, o -> o);
    }

    public int status(long id) {
        return book.read(id, SandboxOrder::status);
    }

    public SandboxOrder put(long id, int status, String ttn) {
        return book.sellerUpdate(id, new SellerUpdate(status, ttn, null, null), o -> o);
    }

    public java.util.Map<String, Object> render(long id, String... expand) {
        return book.read(id, o -> json.render(o, Set.of(expand)));
    }
}
