package ua.orderflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderStageTest {

    @ParameterizedTest(name = "status {0} → {1}")
    @CsvSource({"1, NEW", "26, PROCESSING", "47, PROCESSING", "48, PROCESSING", "2, CONFIRMED", "3, SHIPPED",
            "61, SHIPPED", "4, DELIVERING", "5, AT_PICKUP", "6, RECEIVED", "18, CANCELLED", "42, CANCELLED",
            "45, CANCELLED", "50, CANCELLED", "13, CANCELLED"})
    void knownStatusesMapToSeed000Stages(int status, OrderStage stage) {
        assertThat(OrderStage.ofStatus(status)).isEqualTo(stage);
    }

    @Test
    void anUnknownStatusIsClassifiedByItsGroup() {
        assertThat(OrderStage.ofStatus(99, 2)).isEqualTo(OrderStage.RECEIVED);
        assertThat(OrderStage.ofStatus(99, 3)).isEqualTo(OrderStage.CANCELLED);
        assertThat(OrderStage.ofStatus(99, 1)).isEqualTo(OrderStage.PROCESSING);
    }

    @Test
    void theBpmnReadsStagesAndSettingsByName() {
        OrderSettings settings = new OrderSettings(OrderProcessProperties.defaults(), StageMapping.defaults());
        assertThat(settings.stageOf(2)).isEqualTo("CONFIRMED");
        assertThat(settings.stageOf("45")).isEqualTo("CANCELLED");
        assertThat(settings.getNotReachedFirstStatus()).isEqualTo(47);
        assertThat(settings.getNotReachedSecondStatus()).isEqualTo(48);
        assertThat(settings.getShippedWithTtnStatus()).isEqualTo(3);
        assertThat(settings.cancelPreferences(OrderSettings.UNPAID, null)).containsExactly(50, 40);
        assertThat(settings.cancelPreferences(OrderSettings.OUT_OF_STOCK, null)).containsExactly(42, 16);
        assertThat(settings.cancelPreferences("manager", 40)).containsExactly(40);
        assertThat(settings.getRecallAfter()).isEqualTo("PT2H");
        assertThat(settings.getDeliveryDeadline()).isEqualTo("PT1080H");
    }

    @Test
    void finalAndShippedStages() {
        assertThat(OrderStage.RECEIVED.isFinal()).isTrue();
        assertThat(OrderStage.CANCELLED.isFinal()).isTrue();
        assertThat(OrderStage.AT_PICKUP.isFinal()).isFalse();
        assertThat(OrderStage.SHIPPED.isShipped()).isTrue();
        assertThat(OrderStage.CONFIRMED.isShipped()).isFalse();
    }
}
