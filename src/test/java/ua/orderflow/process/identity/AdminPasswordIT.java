package ua.orderflow.process.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.orderflow.support.PostgresIntegrationTest;

/**
 * An operator who sets ORDERFLOW_ADMIN_PASSWORD on a database whose admin has another password (or was
 * locked by an earlier version's login policy) gets that password on the next start, not a failed start:
 * the failed password check itself writes the user's row, which made the save that followed it an
 * optimistic-locking failure.
 */
@PostgresIntegrationTest
class AdminPasswordIT {

    @Autowired
    ProcessEngine engine;

    @AfterEach
    void configuredPasswordBack() {
        new IdentityBootstrap(engine, new AdminAccount(PostgresIntegrationTest.ADMIN,
                PostgresIntegrationTest.ADMIN_PASSWORD, false)).bootstrap();
    }

    @Test
    void aStartWithANewAdminPasswordSetsItEvenAfterFailedAndLockedLogins() {
        IdentityService identity = engine.getIdentityService();
        User admin = identity.createUserQuery().userId(PostgresIntegrationTest.ADMIN).singleResult();
        admin.setPassword("the-old-password-1");
        identity.saveUser(admin);
        for (int i = 0; i < 3; i++) {
            assertThat(identity.checkPassword(PostgresIntegrationTest.ADMIN, "a-stranger's-guess")).isFalse();
        }

        IdentityBootstrap restart = new IdentityBootstrap(engine,
                new AdminAccount(PostgresIntegrationTest.ADMIN, "the-new-password-2", false));
        assertThatCode(restart::bootstrap).doesNotThrowAnyException();

        assertThat(identity.checkPassword(PostgresIntegrationTest.ADMIN, "the-new-password-2")).isTrue();
        assertThat(identity.checkPassword(PostgresIntegrationTest.ADMIN, "the-old-password-1")).isFalse();
    }
}
