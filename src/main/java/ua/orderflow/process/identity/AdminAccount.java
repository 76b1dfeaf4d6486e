package ua.orderflow.process.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator. Both values come from the environment (ORDERFLOW_ADMIN_USER,
 * ORDERFLOW_ADMIN_PASSWORD); an empty password means "generate one" where that is allowed.
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
