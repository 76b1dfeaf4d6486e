package ua.orderflow.process.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator. Both values come from the environment (ORDERFLOW_ADMIN_USER,
 * ORDERFLOW_ADMIN_PASSWORD); an empty password means "generate one" where that is allowed.
 *
 * @param user the administrator's login ("admin" when empty)
 * @param password the administrator's password; setting it later resets it
 * @param generatePassword whether an empty password may be invented and printed once (never in prod)
 */
@ConfigurationProperties("orderflow.admin")
public record AdminAccount(String user, String password, boolean generatePassword) {

    public AdminAccount {
        if (user == null || user.isBlank()) {
            user = "admin";
        }
    }

    boolean hasPassword() {
        return password != null && !password.isBlank();
    }
}
