package ua.orderflow.sandbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderflow.sandbox.*}: the ROZETKA simulator. {@code password} is the plain password; like
 * ROZETKA, the API expects it base64-encoded in the login body. {@code seed} makes every random choice
 * (generated orders, carrier outcomes, fault shares) repeatable; without it each run differs.
 *
 * @param enabled whether the simulator runs under /sandbox/rozetka and /sandbox/admin (off in prod)
 * @param username the sandbox seller's login
 * @param password the sandbox seller's plain password
 * @param tokenTtl how long a token the simulator issues stays valid
 * @param seed makes every random choice of the simulator repeatable
 * @param carrier the simulated carrier
 * @param generator the background order generator
 * @param novaPoshta the Nova Poshta simulator under /sandbox/novaposhta
 * @param sellers further seller accounts beside the default one (username, password, title): each logs in on its own
 *     and has its own orders, goods, chats and tokens, as separate ROZETKA shops do
 */
@ConfigurationProperties("orderflow.sandbox")
public record SandboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("sandbox") String username,
        @DefaultValue("sandbox") String password,
        @DefaultValue("24h") Duration tokenTtl,
        Long seed,
        @DefaultValue CarrierSettings carrier,
        @DefaultValue GeneratorSettings generator,
        @DefaultValue NovaPoshtaSettings novaPoshta,
        List<SellerLogin> sellers) {

    @ConstructorBinding
    public SandboxProperties {
        sellers = sellers == null ? List.of() : List.copyOf(sellers);
    }

    /** The sandbox before further seller accounts were known: the default seller alone. */
    public SandboxProperties(boolean enabled, String username, String password, Duration tokenTtl, Long seed,
            CarrierSettings carrier, GeneratorSettings generator, NovaPoshtaSettings novaPoshta) {
        this(enabled, username, password, tokenTtl, seed, carrier, generator, novaPoshta, null);
    }

    /**
     * One more seller account of the sandbox. The password is the plain one; like ROZETKA, the login
     * expects it base64-encoded.
     *
     * @param username the seller's login
     * @param password the seller's plain password
     * @param title the shop's name, as the login answer's market names it
     */
    public record SellerLogin(String username, String password, String title) {

        public SellerLogin {
            if (username == null || username.isBlank() || password == null || password.isEmpty()) {
                throw new IllegalArgumentException("orderflow.sandbox.sellers[] need a username and a password");
            }
        }

        @Override
        public String toString() {
            return "SellerLogin[username=" + username + ", title=" + title + "]";
        }
    }

    /**
     * The carrier moves an order with a TTN one step of status-transitions.csv every {@code stepEvery}
     * of sandbox time, along the main line 61 → 3 → 4 → 5 → 6 unless the parcel's fate, rolled once
     * per order and TTN, takes a branch: an unknown TTN (15), a parcel never handed over (10), lost
     * (88), not picked up (11), refused (12) or sent back (83 → 84 → 85 → 19). The shares are guesses:
     * no source gives figures. {@code finalAfter} without a final status after shipping makes the order
     * received (6).
     *
     * @param enabled whether the carrier moves orders at all
     * @param stepEvery sandbox time between two carrier steps of an order
     * @param notPickedUpShare share of parcels never picked up (11)
     * @param refusedShare share of parcels refused on receipt (12)
     * @param returnedShare share of parcels sent back to the seller (83 → 84 → 85 → 19)
     * @param incorrectTtnShare share of TTNs the carrier does not know (15)
     * @param expiredShare share of parcels never handed over to the carrier (10)
     * @param lostShare share of parcels lost by the carrier (88)
     * @param touchesChanged whether tracking moves an order's changed time (unverified, rozetka-seller-api.md
     *     §3; off is the harder case for a client)
     * @param finalAfter sandbox time after shipping after which an order without a final status is received
     */
    public record CarrierSettings(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("12h") Duration stepEvery,
            @DefaultValue("0.08") double notPickedUpShare,
            @DefaultValue("0.05") double refusedShare,
            @DefaultValue("0.02") double returnedShare,
            @DefaultValue("0.01") double incorrectTtnShare,
            @DefaultValue("0.005") double expiredShare,
            @DefaultValue("0.002") double lostShare,
            @DefaultValue("false") boolean touchesChanged,
            @DefaultValue("45d") Duration finalAfter) {

        public CarrierSettings {
            double sum = 0;
            for (double share : new double[] {notPickedUpShare, refusedShare, returnedShare, incorrectTtnShare,
                    expiredShare, lostShare}) {
                if (share < 0 || share > 1) {
                    throw new IllegalArgumentException("orderflow.sandbox.carrier shares are between 0 and 1");
                }
                sum += share;
            }
            if (sum > 1) {
                throw new IllegalArgumentException("orderflow.sandbox.carrier shares add up to more than 1");
            }
        }

        /** The share named in a row's {@code share} column ("not-picked-up" is notPickedUpShare). */
        public double share(String name) {
            return switch (name) {
                case "not-picked-up" -> notPickedUpShare;
                case "refused" -> refusedShare;
                case "returned" -> returnedShare;
                case "incorrect-ttn" -> incorrectTtnShare;
                case "expired" -> expiredShare;
                case "lost" -> lostShare;
                default -> throw new IllegalArgumentException("no carrier share called " + name);
            };
        }
    }

    /**
     * New orders in status 1 created in the background.
     *
     * @param ordersPerMinute new orders a minute; 0 turns the generator off
     */
    public record GeneratorSettings(@DefaultValue("3") double ordersPerMinute) {
    }

    /**
     * The Nova Poshta simulator's account and money transfers.
     *
     * @param apiKey the one key it accepts for waybills (tracking needs none)
     * @param expiredKey a key it answers "API key expired" (20000201204) for
     * @param payoutAfter sandbox time from receipt to the cash-on-delivery payout (10 → 11)
     */
    public record NovaPoshtaSettings(
            @DefaultValue("sandbox-novaposhta-key") String apiKey,
            @DefaultValue("expired-novaposhta-key") String expiredKey,
            @DefaultValue("1d") Duration payoutAfter) {

        @Override
        public String toString() {
            return "NovaPoshtaSettings[payoutAfter=" + payoutAfter + "]";
        }
    }

    public static SandboxProperties defaults() {
        return new SandboxProperties(true, "sandbox", "sandbox", Duration.ofHours(24), null,
                new CarrierSettings(true, Duration.ofHours(12), 0.08, 0.05, 0.02, 0.01, 0.005, 0.002, false,
                        Duration.ofDays(45)),
                new GeneratorSettings(3),
                new NovaPoshtaSettings("sandbox-novaposhta-key", "expired-novaposhta-key", Duration.ofDays(1)));
    }

    @Override
    public String toString() {
        return "SandboxProperties[enabled=" + enabled + ", username=" + username + ", tokenTtl=" + tokenTtl
                + ", seed=" + seed + ", carrier=" + carrier + ", generator=" + generator + ", novaPoshta=" + novaPoshta
                + ", sellers=" + sellers + "]";
    }
}
