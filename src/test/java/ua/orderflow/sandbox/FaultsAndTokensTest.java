package ua.orderflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import ua.orderflow.sandbox.rozetka.api.TokenStore;
import ua.orderflow.sandbox.fault.FaultDecision;
import ua.orderflow.sandbox.fault.FaultRule;
import ua.orderflow.sandbox.fault.Faults;
import ua.orderflow.sandbox.fault.Refusals;

/** Fault rules per endpoint and the token lifetime on the sandbox clock. */
class FaultsAndTokensTest {

    private final SandboxFixture sandbox = new SandboxFixture();

    @Test
    void aRuleHitsItsEndpointAndTheWildcardTheRest() {
        Faults faults = new Faults(new SandboxRandom(1L));
        faults.set("orders.search", new FaultRule(1, 503, 0, 0, 0, 0, null));
        faults.set(Faults.ALL, new FaultRule(0, null, 250, 0, 0, 0, null));

        FaultDecision search = faults.decide("orders.search");
        assertThat(search.errorStatus()).isEqualTo(503);
        assertThat(search.delayMs()).isZero();
        FaultDecision other = faults.decide("orders.get");
        assertThat(other.answersNormally()).isTrue();
        assertThat(other.delayMs()).isEqualTo(250);

        faults.clear();
        assertThat(faults.decide("orders.search")).isEqualTo(FaultDecision.NONE);
    }

    @Test
    void timesLimitsARuleToTheNextCalls() {
        Faults faults = new Faults(new SandboxRandom(1L));
        faults.set("orders.update", new FaultRule(1, 502, 0, 0, 0, 0, 2));
        assertThat(faults.decide("orders.update").errorStatus()).isEqualTo(502);
        assertThat(faults.decide("orders.update").errorStatus()).isEqualTo(502);
        assertThat(faults.decide("orders.update")).isEqualTo(FaultDecision.NONE);
        assertThat(faults.rules()).isEmpty();
    }

    @Test
    void sharesAreRolledOnTheSeededRandom() {
        long errors = errorsIn1000(5L);
        assertThat(errors).isBetween(250L, 350L);
        assertThat(errorsIn1000(5L)).isEqualTo(errors);
    }

    private static long errorsIn1000(long seed) {
        Faults faults = new Faults(new SandboxRandom(seed));
        faults.set("orders.search", new FaultRule(0.3, null, 0, 0, 0, 0, null));
        return IntStream.range(0, 1000).filter(i -> faults.decide("orders.search").errorStatus() != 0).count();
    }

    @Test
    void timeoutsHangAndMalformedBodiesReplaceTheAnswer() {
        Faults faults = new Faults(new SandboxRandom(1L));
        faults.set("orders.get", new FaultRule(0, null, 100, 1, 0, 0, null));
        FaultDecision hang = faults.decide("orders.get");
        assertThat(hang.timedOut()).isTrue();
        assertThat(hang.delayMs()).isEqualTo(35_100);
        faults.set("orders.get", new FaultRule(0, null, 0, 0, 0, 1, null));
        assertThat(faults.decide("orders.get").malformed()).isTrue();
    }

    @Test
    void aTooManyRequestsRuleAnswers429WithItsRetryAfter() {
        Faults faults = new Faults(new SandboxRandom(1L));
        faults.set("orders.search", new FaultRule(1, 429, 0, 0, 0, 0, 1, 30));
        FaultDecision limited = faults.decide("orders.search");
        assertThat(limited.errorStatus()).isEqualTo(429);
        assertThat(limited.retryAfterSeconds()).isEqualTo(30);
        assertThat(faults.decide("orders.search")).isEqualTo(FaultDecision.NONE);
        faults.set("orders.get", new FaultRule(1, 503, 0, 0, 0, 0, null, 30));
        assertThat(faults.decide("orders.get").retryAfterSeconds()).as("Retry-After comes with a 429 only").isNull();
    }

    @Test
    void refusalsComeInEitherLiveWordingAndEveryShapeOfDetails() {
        Refusals refusals = new Refusals();
        String first = "Неможливо змінити статус. З 1 на 61. Наступний статус недоступний.";
        assertThat(refusals.wordNextUnavailable(first)).isEqualTo(first);
        assertThat(refusals.shape().render("status", first)).isEqualTo(Map.of("status", List.of(first)));

        refusals.set(Refusals.wording("transition-impossible"), Refusals.DetailsShape.of("string"));
        assertThat(refusals.wordNextUnavailable(first)).isEqualTo("Перехід в цей статус неможливий");
        assertThat(refusals.shape().render("status", "x")).isEqualTo("x");

        refusals.set(Refusals.wording("alternate"), Refusals.DetailsShape.of("array"));
        assertThat(List.of(refusals.wordNextUnavailable(first), refusals.wordNextUnavailable(first),
                refusals.wordNextUnavailable(first))).containsExactly(first, Refusals.TRANSITION_IMPOSSIBLE, first);
        assertThat(refusals.shape().render("status", "x")).isEqualTo(List.of("x"));

        refusals.set(null, Refusals.DetailsShape.of("null"));
        assertThat(refusals.shape().render("status", "x")).isNull();
        refusals.reset();
        assertThat(refusals.describe()).isEqualTo(Map.of("wording", "next-unavailable", "details", "object"));
    }

    @Test
    void invalidRulesAreRejected() {
        assertThatThrownBy(() -> new FaultRule(1.5, null, 0, 0, 0, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaultRule(1, 404, 0, 0, 0, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaultRule(1, 429, 0, 0, 0, 0, null, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTokenLivesItsTtlOnTheSandboxClock() {
        TokenStore tokens = new TokenStore(sandbox.clock, Duration.ofHours(24));
        String token = tokens.issue();
        assertThat(tokens.accepts("Bearer " + token)).isTrue();
        assertThat(tokens.accepts("bearer " + token)).isTrue();
        sandbox.clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(tokens.accepts("Bearer " + token)).isTrue();
        sandbox.clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.accepts("Bearer " + token)).isFalse();
    }

    @Test
    void unknownMissingRevokedAndExpiredAllTokensAreRefused() {
        TokenStore tokens = new TokenStore(sandbox.clock, Duration.ofHours(24));
        String a = tokens.issue();
        String b = tokens.issue();
        assertThat(tokens.accepts(null)).isFalse();
        assertThat(tokens.accepts("Bearer ")).isFalse();
        assertThat(tokens.accepts("Basic " + a)).isFalse();
        assertThat(tokens.accepts("Bearer nope")).isFalse();
        tokens.revoke("Bearer " + a);
        assertThat(tokens.accepts("Bearer " + a)).isFalse();
        assertThat(tokens.accepts("Bearer " + b)).isTrue();
        tokens.expireAll();
        assertThat(tokens.accepts("Bearer " + b)).isFalse();
    }
}
