package ua.orderflow.sandbox.fault;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Seller API calls per endpoint and logins, for tests and the benchmark, which count ROZETKA calls. */
public final class CallStats {

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final LongAdder logins = new LongAdder();
    private final LongAdder refusedLogins = new LongAdder();
    private final LongAdder faults = new LongAdder();

    public void call(String endpoint) {
        calls.computeIfAbsent(endpoint, e -> new LongAdder()).increment();
    }

    public void login(boolean accepted) {
        (accepted ? logins : refusedLogins).increment();
    }

    public void fault() {
        faults.increment();
    }

    public Map<String, Object> snapshot() {
        Map<String, Long> perEndpoint = new TreeMap<>();
        calls.forEach((endpoint, count) -> perEndpoint.put(endpoint, count.sum()));
        long total = perEndpoint.values().stream().mapToLong(Long::longValue).sum();
        return Map.of("calls", perEndpoint, "totalCalls", total, "logins", logins.sum(),
                "refusedLogins", refusedLogins.sum(), "faultsInjected", faults.sum());
    }

    public void reset() {
        calls.clear();
        logins.reset();
        refusedLogins.reset();
        faults.reset();
    }
}
