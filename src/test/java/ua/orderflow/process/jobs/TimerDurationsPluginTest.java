package ua.orderflow.process.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine's timers get the JDK's DatatypeFactory by name, unless the operator named another. */
class TimerDurationsPluginTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
        System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
        } else {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, before);
        }
    }

    @Test
    void theJdksFactoryIsNamedAndParsesATimersDuration() throws Exception {
        new TimerDurationsPlugin().preInit(null);

        assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY))
                .isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        assertThat(DatatypeFactory.newInstance().newDuration("PT5M").getMinutes()).isEqualTo(5);
    }

    @Test
    void anOperatorsOwnChoiceStays() {
        System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, "org.example.TheirFactory");

        new TimerDurationsPlugin().preInit(null);

        assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY)).isEqualTo("org.example.TheirFactory");
    }
}
