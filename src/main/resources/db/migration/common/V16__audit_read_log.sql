-- Who read the case action log, when, and with which search: reading the log is itself logged.
CREATE TABLE audit_read_log (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    read_at TIMESTAMP(6) NOT NULL,
    reader_id BIGINT NOT NULL,
    reader_name VARCHAR(100) NOT NULL,
    purpose VARCHAR(16) NOT NULL,
    criteria VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_audit_read_user FOREIGN KEY (reader_id) REFERENCES app_user (id)
);
CREATE INDEX ix_audit_read_at ON audit_read_log (read_at);
CREATE INDEX ix_history_actor ON case_history (actor_name, occurred_at);
CREATE INDEX ix_history_occurred ON case_history (occurred_at);
