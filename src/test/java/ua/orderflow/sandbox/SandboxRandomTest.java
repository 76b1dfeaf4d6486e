package ua.orderflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The per-order rolls behind the carrier's fates: repeatable with a seed, and independent of each other. */
class SandboxRandomTest {

    private static final int ORDERS = 4000;
    private static final double SHARE = 0.1;

    @Test
    void aParcelSentAgainWithTheNextTtnRollsItsFateAfresh() {
        SandboxRandom random = new SandboxRandom(13L);
        int first = 0;
        int both = 0;
        for (long order = 812000001; order < 812000001 + ORDERS; order++) {
            String ttn = String.format("2045%010d", order % 10_000_000L);
            String next = String.format("2045%010d", order % 10_000_000L + 1);
            boolean hit = random.forOrder(order, "carrier " + ttn).nextDouble() < SHARE;
            first += hit ? 1 : 0;
            both += hit && random.forOrder(order, "carrier " + next).nextDouble() < SHARE ? 1 : 0;
        }
        // a tenth of the parcels, and of those a tenth again: 400 and 40 expected
        assertThat(first).isBetween(320, 480);
        assertThat(both).as("parcels whose next TTN had the same fate").isBetween(15, 75);
    }

    @Test
    void theSameSeedOrderAndPurposeRollTheSame() {
        assertThat(new SandboxRandom(13L).forOrder(812000007, "carrier 20450000000001").nextDouble())
                .isEqualTo(new SandboxRandom(13L).forOrder(812000007, "carrier 20450000000001").nextDouble());
    }
}
