package ua.orderflow.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ROZETKA and Nova Poshta as a JVM of their own: the service's jar with its sandbox on, its own
 * database in memory, its sync loop and job executor off, no orders of its own making, and parcels
 * that move only when the sandbox's clock is advanced, all reaching their buyers. Services under test
 * point their shop at it over HTTP, so that it is neither killed with them nor counted in their memory.
 */
public final class SandboxJvm {

    /** The sandbox JVM's administrator, the only one its ROZETKA side (/sandbox/admin) answers. */
    public static final String ADMIN = "admin";

    private SandboxJvm() {
    }

    /** Not started yet; its port is known at once. {@code more} are further --key=value arguments. */
    public static ServiceJvm create(String name, String adminPassword, Map<String, String> more) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("orderflow.sync.enabled", "false");
        settings.put("camunda.bpm.job-execution.enabled", "false");
        settings.put("orderflow.sandbox.generator.orders-per-minute", "0");
        settings.put("orderflow.sandbox.seed", "13");
        settings.put("orderflow.sandbox.carrier.step-every", "12h");
        for (String share : List.of("not-picked-up", "refused", "returned", "incorrect-ttn", "expired", "lost")) {
            settings.put("orderflow.sandbox.carrier." + share + "-share", "0");
        }
        settings.putAll(more);
        return ServiceJvm.of(name, Map.of("ORDERFLOW_DB_URL", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                "ORDERFLOW_ADMIN_USER", ADMIN, "ORDERFLOW_ADMIN_PASSWORD", adminPassword), settings);
    }

    /** The Seller API of the sandbox JVM on {@code port}, as a shop's base-url. */
    public static String rozetkaUrl(int port) {
        return "http://localhost:" + port + "/sandbox/rozetka";
    }

    /**
     * The settings that point the default shop's ROZETKA and Nova Poshta at the sandbox JVM on
     * {@code port}, through application.yml's own placeholders (so that the rest of the shop stays).
     */
    public static Map<String, String> defaultShopOn(int port) {
        String root = "http://localhost:" + port + "/sandbox/novaposhta";
        return Map.of("ORDERFLOW_SANDBOX_BASE_URL", rozetkaUrl(port),
                "ORDERFLOW_SANDBOX_NOVAPOSHTA_URL", root + "/v2.0/json",
                "ORDERFLOW_SANDBOX_NOVAPOSHTA_PRINT_URL", root);
    }
}
