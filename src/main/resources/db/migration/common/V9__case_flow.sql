-- The case flow: routing, idempotent submission, corrections, art. 32, outcomes; history; numbers.
ALTER TABLE case_file ADD COLUMN applicant_id_number VARCHAR(18);
ALTER TABLE case_file ADD COLUMN submission_key VARCHAR(64);
ALTER TABLE case_file ADD COLUMN assigned_clerk_id BIGINT;
ALTER TABLE case_file ADD COLUMN correction_round INT DEFAULT 0 NOT NULL;
ALTER TABLE case_file ADD COLUMN deemed_accepted_on DATE;
ALTER TABLE case_file ADD COLUMN accepted_at TIMESTAMP(6);
ALTER TABLE case_file ADD COLUMN decided_at TIMESTAMP(6);
ALTER TABLE case_file ADD COLUMN closed_at TIMESTAMP(6);
ALTER TABLE case_file ADD COLUMN outcome_reason VARCHAR(2000);
CREATE UNIQUE INDEX uq_case_submission_key ON case_file (submission_key);
CREATE INDEX ix_case_applicant_id_number ON case_file (applicant_id_number);

CREATE TABLE case_history (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    occurred_at TIMESTAMP(6) NOT NULL,
    actor_id BIGINT,
    actor_name VARCHAR(100) NOT NULL,
    actor_role VARCHAR(20) NOT NULL,
    place VARCHAR(128),
    action VARCHAR(32) NOT NULL,
    from_status VARCHAR(24),
    to_status VARCHAR(24) NOT NULL,
    detail VARCHAR(2000),
    CONSTRAINT fk_history_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_history_case ON case_history (case_id, occurred_at);

CREATE TABLE case_number_sequence (
    region_code VARCHAR(6) NOT NULL,
    seq_day DATE NOT NULL,
    last_value INT NOT NULL,
    PRIMARY KEY (region_code, seq_day)
);
