package ua.orderflow.process.jobs;

import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Names the JDK's own {@link DatatypeFactory}. The engine parses every timer's ISO duration with a
 * new one (DurationHelper), and without the property each lookup scans the classpath's jars for a
 * provider first: 2.2% of the service's CPU in the benchmark's lifecycle, where every order starts
 * its deadline timers. An operator's own choice (-Djavax.xml.datatype.DatatypeFactory=…) stays.
 */
@Component
public class TimerDurationsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        nameTheJdksFactory();
    }

    static void nameTheJdksFactory() {
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
                    DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }
}
