package ua.orderflow.sandbox;

import java.util.Random;

/**
 * Every random choice of the sandbox. With a seed, a run is repeatable: the shared sequence restarts
 * on reset, and each order's carrier outcome depends only on the seed and the order id, so it does
 * not change with the order in which calls arrive.
 */
public final class SandboxRandom {

    private final Long seed;
    private Random shared;

    public SandboxRandom(Long seed) {
        this.seed = seed;
        this.shared = fresh();
    }

    /** The shared sequence; callers hold the lock of whatever they generate for. */
    public synchronized Random shared() {
        return shared;
    }

    public synchronized void reset() {
        shared = fresh();
    }

    public Random forOrder(long orderId, String purpose) {
        if (seed == null) {
            return new Random();
        }
        return new Random(seed * 31 + orderId * 7919 + purpose.hashCode());
    }

    private Random fresh() {
        return seed == null ? new Random() : new Random(seed);
    }
}
