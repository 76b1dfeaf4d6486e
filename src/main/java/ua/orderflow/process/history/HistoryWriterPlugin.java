package ua.orderflow.process.history;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Puts {@link OrderHistoryFilter} in place of the engine's default database history writer, and at
 * level full has the engine not produce what it would drop ({@link LeanFullHistoryLevel}).
 */
@Component
public class HistoryWriterPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        // other plugins (the starter's event publisher) add their handlers to the same list
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new OrderHistoryFilter());
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** After init, which resolved the configured level's name (ORDERFLOW_HISTORY_LEVEL) to the engine's own. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (HistoryLevel.HISTORY_LEVEL_FULL.equals(configuration.getHistoryLevel())) {
            configuration.setHistoryLevel(new LeanFullHistoryLevel());
        }
    }
}
