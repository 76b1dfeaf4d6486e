package ua.orderflow.sandbox.fault;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import ua.orderflow.sandbox.SandboxRandom;

/** The fault rules in force, per endpoint; shares are rolled on the sandbox's (seedable) random. */
public final class Faults {

    public static final String ALL = "*";

    private final SandboxRandom random;
    private final Map<String, FaultRule> rules = new LinkedHashMap<>();
    private final Map<String, Integer> remaining = new LinkedHashMap<>();

    public Faults(SandboxRandom random) {
        this.random = random;
    }

    public synchronized void set(String endpoint, FaultRule rule) {
        rules.put(endpoint, rule);
        if (rule.times() == null) {
            remaining.remove(endpoint);
        } else {
            remaining.put(endpoint, rule.times());
        }
    }

    public synchronized void clear() {
        rules.clear();
        remaining.clear();
    }

    public synchronized Map<String, FaultRule> rules() {
        return Map.copyOf(rules);
    }

    public synchronized FaultDecision decide(String endpoint) {
        String key = rules.containsKey(endpoint) ? endpoint : rules.containsKey(ALL) ? ALL : null;
        if (key == null) {
            return FaultDecision.NONE;
        }
        FaultRule rule = rules.get(key);
        Random dice = random.shared();
        boolean timedOut = roll(dice, rule.timeoutShare());
        int error = roll(dice, rule.errorShare()) ? rule.errorStatus() : 0;
        boolean malformed = error == 0 && roll(dice, rule.malformedShare());
        FaultDecision decision = new FaultDecision(rule.latencyMs() + (timedOut ? rule.timeoutMs() : 0), error,
                malformed, timedOut, error == FaultRule.TOO_MANY_REQUESTS ? rule.retryAfterSeconds() : null);
        if (remaining.containsKey(key) && (timedOut || error != 0 || malformed || rule.latencyMs() > 0)) {
            int left = remaining.get(key) - 1;
            if (left <= 0) {
                rules.remove(key);
                remaining.remove(key);
            } else {
                remaining.put(key, left);
            }
        }
        return decision;
    }

    private static boolean roll(Random dice, double share) {
        return share >= 1 || (share > 0 && dice.nextDouble() < share);
    }
}
