package ua.orderflow.process;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our Flyway migrations run once the engine has created or updated its own tables: V12 adds indexes to
 * two of them. Without this the order was the beans' happenstance (the engine came first so far).
 */
@Configuration
class FlywayAfterEngine {

    static final String FLYWAY = "flywayInitializer";
    static final String ENGINE = "processEngineFactoryBean";

    @Bean
    static BeanFactoryPostProcessor flywayWaitsForEngine() {
        return factory -> {
            if (factory.containsBeanDefinition(FLYWAY) && factory.containsBeanDefinition(ENGINE)) {
                BeanDefinition flyway = factory.getBeanDefinition(FLYWAY);
                String[] before = flyway.getDependsOn() == null ? new String[0] : flyway.getDependsOn();
                flyway.setDependsOn(Stream.concat(Arrays.stream(before), Stream.of(ENGINE)).toArray(String[]::new));
            }
        };
    }
}
