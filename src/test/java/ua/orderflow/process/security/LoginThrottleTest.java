package ua.orderflow.process.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import ua.orderflow.support.MutableClock;

class LoginThrottleTest {

    final MutableClock clock = new MutableClock("2026-12-01T10:00:00Z");
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void aGuessingClientWaitsLongerAndLongerWhileTheUserElsewhereLogsInAtOnce() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
            throttle.failed("203.0.113.9", "admin");
            assertThat(throttle.waitFor("203.0.113.9", "admin")).isZero();
        }
        throttle.failed("203.0.113.9", "admin");
        assertThat(throttle.waitFor("203.0.113.9", "admin")).isEqualTo(Duration.ofSeconds(2));
        // the admin at their own desk is not held back by the stranger
        assertThat(throttle.waitFor("192.0.2.1", "admin")).isZero();

        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.waitFor("203.0.113.9", "admin")).isZero();
        throttle.failed("203.0.113.9", "admin");
        assertThat(throttle.waitFor("203.0.113.9", "admin")).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 20; i++) {
            throttle.failed("203.0.113.9", "admin");
        }
        assertThat(throttle.waitFor("203.0.113.9", "admin")).isEqualTo(LoginThrottle.LONGEST_WAIT);
    }

    @Test
    void aRightPasswordClearsTheCount() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("198.51.100.7", "manager");
        }
        clock.advance(LoginThrottle.LONGEST_WAIT);
        throttle.succeeded("198.51.100.7", "manager");
        throttle.failed("198.51.100.7", "manager");
        assertThat(throttle.waitFor("198.51.100.7", "manager")).isZero();
    }

    @Test
    void madeUpUsersCannotFillTheMemory() {
        for (int i = 0; i < LoginThrottle.MAX_TRACKED + 50; i++) {
            throttle.failed("203.0.113.9", "user" + i);
        }
        // the oldest are forgotten; the newest still count
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
            throttle.failed("203.0.113.9", "user" + (LoginThrottle.MAX_TRACKED + 49));
        }
        assertThat(throttle.waitFor("203.0.113.9", "user" + (LoginThrottle.MAX_TRACKED + 49))).isPositive();
    }
}
