package ua.orderflow.sandbox.novaposhta;

import java.util.Map;
import ua.orderflow.sandbox.SandboxPart;
import ua.orderflow.sandbox.fault.CallStats;

/** Nova Poshta calls per method, apart from the Seller API's, so either side's figures stay its own. */
public final class NpCalls implements SandboxPart {

    private final CallStats stats = new CallStats();

    void call(String method) {
        stats.call(method);
    }

    void fault() {
        stats.fault();
    }

    public Map<String, Object> snapshot() {
        return stats.snapshot();
    }

    @Override
    public void reset() {
        stats.reset();
    }
}
