-- Files accepted by the document module. The bytes live in the content-addressed store
-- (files/ab/cd/<sha256> under the portal data directory); one row per upload, so the same bytes uploaded
-- twice give two rows and one stored copy. The owner (owner_type, owner_id, e.g. CASE / case id)
-- is set by the calling module, which also decides who may read the file.
CREATE TABLE stored_file (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sha256 VARCHAR(64) NOT NULL,
    size_bytes BIGINT NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    page_count INT NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    owner_type VARCHAR(32) NOT NULL,
    owner_id BIGINT NOT NULL,
    uploaded_by BIGINT NOT NULL,
    uploaded_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_stored_file_uploader FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
);
CREATE INDEX ix_stored_file_owner ON stored_file (owner_type, owner_id);
CREATE INDEX ix_stored_file_sha256 ON stored_file (sha256);
