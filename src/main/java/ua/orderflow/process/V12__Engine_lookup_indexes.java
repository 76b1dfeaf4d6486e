package ua.orderflow.process;

import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V12 (its class name is its version, as Flyway reads it): three indexes on the
 * engine's own runtime tables for lookups the engine makes all the time and that its schema leaves
 * to a full scan (issue 18; the benchmark's plans, README "Running on PostgreSQL"). A bean rather
 * than a script beside the others: it runs in the service, after the engine has created its tables
 * (FlywayAfterEngine), and not where our scripts run on a database without the engine.
 * Named of_* so that an index a later engine version adds under its own name does not clash.
 */
@Component
class V12__Engine_lookup_indexes extends BaseJavaMigration {

    private static final List<String> STATEMENTS = List.of(
            // job acquisition read the whole job table twice (the due jobs, and the exclusive jobs in
            // progress), where every open order keeps its timers: 3.5 ms per acquisition at 4000 timers.
            // With every job given a due date and acquired by it (application.yml) both walk these
            "create index if not exists of_idx_job_duedate on ACT_RU_JOB (DUEDATE_)",
            "create index if not exists of_idx_job_lock_exp on ACT_RU_JOB (LOCK_EXP_TIME_)",
            // completing a task looks its subtasks up by parent: a full scan of the open tasks (2 ms at
            // 10,000), twice per order (camunda/camunda-bpm-platform#4030 added it for SQL Server only)
            "create index if not exists of_idx_task_parent on ACT_RU_TASK (PARENT_TASK_ID_)",
            // jobs made before every job had a due date would never be acquired again: due at creation
            "update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp) where DUEDATE_ is null");

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
        }
    }
}
