-- Quartz looks up triggers by next fire time and by state on every acquisition; on PostgreSQL
-- these two indexes keep that fast. Quartz's tables_postgres.sql creates them under the same
-- names; this file makes sure they exist on schemas created by older scripts too.
CREATE INDEX IF NOT EXISTS IDX_QRTZ_T_NEXT_FIRE_TIME ON QRTZ_TRIGGERS (SCHED_NAME, NEXT_FIRE_TIME);
CREATE INDEX IF NOT EXISTS IDX_QRTZ_T_STATE ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_STATE);
