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
        return new Random(spread(spread(seed * 31 + orderId) ^ purpose.hashCode()));
    }

    /**
     * SplitMix64's finaliser. java.util.Random's first numbers follow its seed almost linearly, so seeds
     * a little apart gave nearly the same roll: a parcel sent again with the next TTN (hash one apart)
     * kept its fate: an unknown TTN ten times over for one order in the fault suite.
     */
    private static long spread(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private Random fresh() {
        return seed == null ? new Random() : new Random(seed);
    }
}
