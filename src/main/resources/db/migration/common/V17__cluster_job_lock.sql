-- Scheduled jobs run on every portal node; this row per job lets exactly one node run each
-- firing: a node takes the job by moving locked_until forward only if it has passed.
CREATE TABLE cluster_job_lock (
    job_name VARCHAR(64) NOT NULL PRIMARY KEY,
    locked_until TIMESTAMP(6) NOT NULL,
    locked_at TIMESTAMP(6) NOT NULL,
    locked_by VARCHAR(128) NOT NULL
);
