package ua.orderflow.sync;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * This node's name in the shop leases: {@code orderflow.sync.node-id}, or the host and the port it
 * serves on. It stays the same across restarts, so a node killed while it held a lease takes that
 * lease back at once when it comes up again; a random id per start left it locked out until the
 * lease ran out.
 */
@Component
public class NodeId {

    private final Environment environment;
    private final String configured;
    private volatile String id;

    public NodeId(Environment environment, @Value("${orderflow.sync.node-id:}") String configured) {
        this.environment = environment;
        this.configured = configured;
    }

    /** Known once the web server listens (its port is part of the default); syncs start after that. */
    public String get() {
        String known = id;
        if (known == null) {
            known = configured.isBlank() ? host() + ":" + environment.getProperty("local.server.port", "0") : configured;
            id = known;
        }
        return known;
    }

    private static String host() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
