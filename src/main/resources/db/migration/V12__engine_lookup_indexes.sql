-- Three indexes on the engine's own runtime tables for lookups the engine makes all the time and
-- that its schema leaves to a full scan (issue 18; the benchmark's plans, README "Performance").
-- Named of_* so that an index the engine may add in a later version under its own name does not clash.
--
-- Job acquisition: every acquisition read the whole job table, twice (the due jobs, and the exclusive
-- jobs in progress), and every open order keeps timers there (contact deadline, 45-day delivery
-- deadline): 3.5 ms per acquisition at 4000 timers, several acquisitions a second. With every job
-- given a due date (ensureJobDueDateNotNull) and acquisition by due date (application.yml), both
-- reads walk an index over the few due or locked jobs.
create index if not exists of_idx_job_duedate on ACT_RU_JOB (DUEDATE_);
create index if not exists of_idx_job_lock_exp on ACT_RU_JOB (LOCK_EXP_TIME_);
-- Completing a task looks up its subtasks by parent: a full scan of every open task (2 ms at 10,000),
-- twice per order (camunda/camunda-bpm-platform#4030 added this index for SQL Server only).
create index if not exists of_idx_task_parent on ACT_RU_TASK (PARENT_TASK_ID_);
-- jobs created before every job had a due date would never be acquired again: due at their creation
update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp) where DUEDATE_ is null;
