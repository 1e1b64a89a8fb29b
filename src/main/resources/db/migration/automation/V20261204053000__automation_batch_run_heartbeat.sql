-- The process that runs a run's job says so every few seconds; a run whose word stopped was left by a process that
-- stopped, and another process (or this one, started again) resumes it.
ALTER TABLE automation_batch_run ADD COLUMN heartbeat_at timestamptz;
