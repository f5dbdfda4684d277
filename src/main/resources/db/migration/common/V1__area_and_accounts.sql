-- Area of the 福州都市圈: regions (GB/T 2260), department types, 通办 windows, competent authorities.
CREATE TABLE department (
    code VARCHAR(8) NOT NULL PRIMARY KEY,
    name VARCHAR(64) NOT NULL
);

CREATE TABLE region (
    code VARCHAR(6) NOT NULL PRIMARY KEY,
    name VARCHAR(64) NOT NULL,
    region_level VARCHAR(10) NOT NULL,
    parent_code VARCHAR(6),
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code)
);

CREATE TABLE service_window (
    code VARCHAR(16) NOT NULL PRIMARY KEY,
    region_code VARCHAR(6) NOT NULL,
    name VARCHAR(128) NOT NULL,
    address VARCHAR(255) NOT NULL,
    hours VARCHAR(255) NOT NULL,
    phone VARCHAR(32) NOT NULL,
    open_for_cases BOOLEAN NOT NULL,
    version INT NOT NULL,
    CONSTRAINT fk_window_region FOREIGN KEY (region_code) REFERENCES region (code)
);

CREATE TABLE authority (
    code VARCHAR(24) NOT NULL PRIMARY KEY,
    region_code VARCHAR(6) NOT NULL,
    department_code VARCHAR(8) NOT NULL,
    name VARCHAR(128) NOT NULL,
    phone VARCHAR(32) NOT NULL,
    address VARCHAR(255) NOT NULL,
    open_for_cases BOOLEAN NOT NULL,
    version INT NOT NULL,
    CONSTRAINT fk_authority_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_authority_department FOREIGN KEY (department_code) REFERENCES department (code),
    CONSTRAINT uq_authority_region_department UNIQUE (region_code, department_code)
);

-- Users: applicants (natural persons, enterprises) and staff of a window or an authority.
CREATE TABLE app_user (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(64) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    id_number VARCHAR(18),
    mobile VARCHAR(20),
    email VARCHAR(128),
    legal_representative VARCHAR(100),
    window_code VARCHAR(16),
    authority_code VARCHAR(24),
    enabled BOOLEAN NOT NULL,
    must_change_password BOOLEAN NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    version INT NOT NULL,
    CONSTRAINT uq_user_username UNIQUE (username),
    CONSTRAINT fk_user_window FOREIGN KEY (window_code) REFERENCES service_window (code),
    CONSTRAINT fk_user_authority FOREIGN KEY (authority_code) REFERENCES authority (code)
);
CREATE INDEX ix_user_id_number ON app_user (id_number);

CREATE TABLE user_role (
    user_id BIGINT NOT NULL,
    role VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
