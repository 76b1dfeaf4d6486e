package ua.orderflow.support;

import org.camunda.bpm.engine.IdentityService;

/** Engine users for access tests: one per role, created once per shared database. */
public final class TestUsers {

    public static final String PASSWORD = "role-test-secret";

    private TestUsers() {
    }

    /** A user in the given group, or in none when {@code group} is null; returns its id. */
    public static String ensure(IdentityService identity, String userId, String group) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            var user = identity.newUser(userId);
            user.setFirstName("Test");
            user.setLastName(userId);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            if (group != null) {
                identity.createMembership(userId, group);
            }
        }
        return userId;
    }
}
