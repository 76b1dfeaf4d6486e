package ua.orderflow.sandbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
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
 */
@ConfigurationProperties("orderflow.sandbox")
public record SandboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("sandbox") String username,
        @DefaultValue("sandbox") String password,
        @DefaultValue("24h") Duration tokenTtl,
        Long seed,
        @DefaultValue CarrierSettings carrier,
        @DefaultValue GeneratorSettings generator) {

    /**
     * The carrier moves an order with a TTN one step (3/61 → 4 → 5 → 6, 11 or 12) every
     * {@code stepEvery} of sandbox time; {@code finalAfter} without a final status after shipping
     * makes the order received (6).
     *
     * @param enabled whether the carrier moves orders at all
     * @param stepEvery sandbox time between two carrier steps of an order
     * @param notPickedUpShare share of parcels never picked up (11)
     * @param refusedShare share of parcels refused on receipt (12)
     * @param finalAfter sandbox time after shipping after which an order without a final status is received
     */
    public record CarrierSettings(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("12h") Duration stepEvery,
            @DefaultValue("0.08") double notPickedUpShare,
            @DefaultValue("0.05") double refusedShare,
            @DefaultValue("45d") Duration finalAfter) {
    }

    /**
     * New orders in status 1 created in the background.
     *
     * @param ordersPerMinute new orders a minute; 0 turns the generator off
     */
    public record GeneratorSettings(@DefaultValue("3") double ordersPerMinute) {
    }

    public static SandboxProperties defaults() {
        return new SandboxProperties(true, "sandbox", "sandbox", Duration.ofHours(24), null,
                new CarrierSettings(true, Duration.ofHours(12), 0.08, 0.05, Duration.ofDays(45)),
                new GeneratorSettings(3));
    }

    @Override
    public String toString() {
        return "SandboxProperties[enabled=" + enabled + ", username=" + username + ", tokenTtl=" + tokenTtl
                + ", seed=" + seed + ", carrier=" + carrier + ", generator=" + generator + "]";
    }
}
