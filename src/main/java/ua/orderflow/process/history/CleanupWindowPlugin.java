package ua.orderflow.process.history;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import ua.orderflow.rozetka.json.KyivDateTime;

/**
 * Gives the engine its history cleanup window: without one, the removal-time cleanup never gets a
 * job and ACT_HI_* only grows. Every node starting finds or creates the same cleanup job.
 */
@Component
public class CleanupWindowPlugin extends AbstractProcessEnginePlugin {

    private final HistoryCleanupProperties properties;

    public CleanupWindowPlugin(HistoryCleanupProperties properties) {
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setBatchWindowManager(new KyivCleanupWindow(KyivDateTime.KYIV,
                properties.cleanupWindowStart(), properties.cleanupWindowEnd()));
    }
}
