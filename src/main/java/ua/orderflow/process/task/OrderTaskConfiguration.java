package ua.orderflow.process.task;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.orderflow.rozetka.StatusNames;

/** The task plugin with ROZETKA's own status names (fetched once a day per shop). */
@Configuration
class OrderTaskConfiguration {

    @Bean
    OrderTaskPlugin orderTaskPlugin(StatusNames names) {
        return new OrderTaskPlugin(names::nameOf);
    }
}
