-- Issued notices (文书): the exact PDF bytes as issued, their SHA-256 fingerprint and the random
-- token printed in the notice's QR code for public verification (/verify/{token}).
-- LONGBLOB is MySQL / MariaDB; H2 in MySQL mode accepts it as BLOB.
CREATE TABLE issued_notice (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token VARCHAR(64) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    case_number VARCHAR(32) NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    issued_on DATE NOT NULL,
    issued_by VARCHAR(128) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    pdf_size INT NOT NULL,
    pdf LONGBLOB NOT NULL,
    CONSTRAINT uq_issued_notice_token UNIQUE (token)
);
CREATE INDEX ix_issued_notice_case ON issued_notice (case_number, created_at);
