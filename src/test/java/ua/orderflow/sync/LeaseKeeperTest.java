package ua.orderflow.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import ua.orderflow.sync.state.ShopSyncState;

class LeaseKeeperTest {

    @Test
    void renewsTheLeasesOfRunsUnderWayAndNoOthers() {
        ShopSyncState state = mock(ShopSyncState.class);
        when(state.tryLease(anyString(), anyString(), any())).thenReturn(true);
        NodeId node = mock(NodeId.class);
        when(node.get()).thenReturn("node-a:8080");
        LeaseKeeper keeper = new LeaseKeeper(state, node,
                new SyncProperties(true, null, null, null, null, Duration.ofMinutes(1), null, 1));
        try {
            assertThat(keeper.take("busy")).isTrue();
            assertThat(keeper.take("done")).isTrue();
            keeper.giveUp("done");
            clearInvocations(state);

            keeper.renewAll();
            verify(state).tryLease("busy", "node-a:8080", Duration.ofMinutes(1));
            verify(state, never()).tryLease(eq("done"), anyString(), any());
        } finally {
            keeper.stop();
        }
    }
}
