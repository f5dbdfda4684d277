-- The case (办件). Its number is minted on submission; drafts have none yet.
CREATE TABLE case_file (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_number VARCHAR(32),
    item_code VARCHAR(16) NOT NULL,
    item_name VARCHAR(128) NOT NULL,
    item_version_id BIGINT,
    applicant_id BIGINT NOT NULL,
    applicant_name VARCHAR(100) NOT NULL,
    receiving_window_code VARCHAR(16),
    competent_region_code VARCHAR(6),
    competent_authority_code VARCHAR(24),
    status VARCHAR(24) NOT NULL,
    received_at TIMESTAMP(6),
    due_date DATE,
    created_at TIMESTAMP(6) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    version INT NOT NULL,
    CONSTRAINT uq_case_number UNIQUE (case_number),
    CONSTRAINT fk_case_applicant FOREIGN KEY (applicant_id) REFERENCES app_user (id),
    CONSTRAINT fk_case_window FOREIGN KEY (receiving_window_code) REFERENCES service_window (code),
    CONSTRAINT fk_case_authority FOREIGN KEY (competent_authority_code) REFERENCES authority (code)
);
CREATE INDEX ix_case_applicant ON case_file (applicant_id, updated_at);
CREATE INDEX ix_case_window_queue ON case_file (receiving_window_code, status, due_date);
CREATE INDEX ix_case_authority_queue ON case_file (competent_authority_code, status, due_date);
