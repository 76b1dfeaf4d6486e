package ua.orderflow.process.history;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the configured historyTimeToLive (ORDERFLOW_HISTORY_TTL) the one that counts. At an
 * instance's start the engine sets its history's removal time from its definition's TTL, and a
 * definition keeps the camunda:historyTimeToLive its BPMN had when it was deployed (every process
 * carries one, as the design asks); the engine's setting only fills in for a BPMN without one. So a
 * process is given the configured TTL as it is parsed, and definitions deployed before, with other
 * values, are brought to it when the engine starts. Instances that started earlier keep the removal
 * time they got then.
 */
@Component
public class HistoryTimeToLivePlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(HistoryTimeToLivePlugin.class);

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                Integer days = configuredDays();
                if (days != null) {
                    definition.setHistoryTimeToLive(days);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Integer days = configuredDays();
        if (days == null) {
            return;
        }
        RepositoryService repository = engine.getRepositoryService();
        int aligned = 0;
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
            if (!days.equals(definition.getHistoryTimeToLive())) {
                try {
                    repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                    aligned++;
                } catch (OptimisticLockingException e) {
                    log.info("TTL of {} was changed at the same time, by another node starting", definition.getId());
                }
            }
        }
        if (aligned > 0) {
            log.info("History time to live of {} process definitions set to the configured {} days", aligned, days);
        }
    }

    /** Read when needed: the starter applies the generic properties in a plugin of its own. */
    private Integer configuredDays() {
        return ParseUtil.parseHistoryTimeToLive(configuration.getHistoryTimeToLive());
    }
}
