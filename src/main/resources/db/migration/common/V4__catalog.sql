-- The service catalog: items and the versions of their guides (JSON documents).
CREATE TABLE service_item (
    code VARCHAR(16) NOT NULL PRIMARY KEY,
    name VARCHAR(128) NOT NULL,
    department_code VARCHAR(8) NOT NULL,
    category VARCHAR(32) NOT NULL,
    item_type VARCHAR(16) NOT NULL,
    pinyin_initials VARCHAR(128) NOT NULL,
    status VARCHAR(16) NOT NULL,
    status_reason VARCHAR(500),
    updated_at TIMESTAMP(6) NOT NULL,
    version INT NOT NULL,
    CONSTRAINT fk_item_department FOREIGN KEY (department_code) REFERENCES department (code)
);
CREATE INDEX ix_item_department ON service_item (department_code, code);

CREATE TABLE item_version (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_code VARCHAR(16) NOT NULL,
    version_no INT NOT NULL,
    state VARCHAR(16) NOT NULL,
    document LONGTEXT NOT NULL,
    effective_from DATE,
    created_by VARCHAR(64) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    published_by VARCHAR(64),
    published_at TIMESTAMP(6),
    version INT NOT NULL,
    CONSTRAINT uq_item_version UNIQUE (item_code, version_no),
    CONSTRAINT fk_version_item FOREIGN KEY (item_code) REFERENCES service_item (code)
);
CREATE INDEX ix_version_current ON item_version (item_code, state, effective_from);
