package ua.orderflow.process.jobs;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import ua.orderflow.support.SharedPostgres;

/** {@link LingeringJobAcquisitionTest} on PostgreSQL: a fresh database of the embedded server per engine. */
class LingeringJobAcquisitionIT extends LingeringJobAcquisitionTest {

    @Override
    void useDatabase(ProcessEngineConfigurationImpl configuration, String name) {
        configuration.setJdbcUrl(SharedPostgres.freshDatabase(SharedPostgres.jdbcUrl(), name));
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("postgres");
    }
}
