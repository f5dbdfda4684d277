-- One row per firing of a scheduled job that some node ran (ClusterJobLock): which node, when it
-- started and ended, and whether it succeeded. Operators see where each job ran; the two-node
-- test checks that every firing ran on exactly one node.
CREATE TABLE cluster_job_run (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_name VARCHAR(64) NOT NULL,
    node VARCHAR(128) NOT NULL,
    started_at TIMESTAMP(6) NOT NULL,
    finished_at TIMESTAMP(6),
    succeeded BOOLEAN
);
CREATE INDEX ix_cluster_job_run ON cluster_job_run (job_name, started_at);
