-- What an application carries besides its status: situation answers and form values (JSON),
-- the declaration and the 告知承诺 commitment, online or walk-in hand-in, identity check at the
-- counter, 容缺 (deferred material) tracking, result delivery, the statutory due date, and the
-- clerk who claimed the case.
ALTER TABLE case_file ADD COLUMN situation_answers VARCHAR(2000);
ALTER TABLE case_file ADD COLUMN form_values LONGTEXT;
ALTER TABLE case_file ADD COLUMN declared_at TIMESTAMP(6);
ALTER TABLE case_file ADD COLUMN commitment_given BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE case_file ADD COLUMN handed_in_online BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE case_file ADD COLUMN walk_in BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE case_file ADD COLUMN identity_verified_at TIMESTAMP(6);
ALTER TABLE case_file ADD COLUMN identity_verified_by VARCHAR(100);
ALTER TABLE case_file ADD COLUMN identity_method VARCHAR(200);
ALTER TABLE case_file ADD COLUMN assigned_clerk_name VARCHAR(100);
ALTER TABLE case_file ADD COLUMN deferred_materials VARCHAR(500);
ALTER TABLE case_file ADD COLUMN deferred_due DATE;
ALTER TABLE case_file ADD COLUMN statutory_due DATE;
ALTER TABLE case_file ADD COLUMN delivery_method VARCHAR(16);
ALTER TABLE case_file ADD COLUMN tracking_number VARCHAR(64);
CREATE INDEX ix_case_window_clerk ON case_file (receiving_window_code, assigned_clerk_id);

-- Files handed in for a material. Replaced files stay (replaced_at set) so every earlier
-- version remains visible; the bytes live in the document module (stored_file).
CREATE TABLE case_material_file (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    material_code VARCHAR(16) NOT NULL,
    file_id BIGINT NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    page_count INT NOT NULL,
    added_round INT NOT NULL,
    added_at TIMESTAMP(6) NOT NULL,
    replaced_at TIMESTAMP(6),
    CONSTRAINT fk_material_file_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_material_file_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_material_file_case ON case_material_file (case_id, material_code);

-- The intake checklist (every intake standard of every material, from the pinned version) and
-- the review checklist (every review point), one line each with its verdict.
CREATE TABLE case_checklist_line (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    stage VARCHAR(8) NOT NULL,
    material_code VARCHAR(16) NOT NULL,
    material_name VARCHAR(200) NOT NULL,
    point_no INT NOT NULL,
    point_text VARCHAR(1000) NOT NULL,
    verdict VARCHAR(20) NOT NULL,
    reason VARCHAR(1000),
    editable BOOLEAN DEFAULT TRUE NOT NULL,
    decided_by VARCHAR(100),
    decided_at TIMESTAMP(6),
    version INT NOT NULL,
    CONSTRAINT fk_checklist_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_checklist_case ON case_checklist_line (case_id, stage);

-- The one correction notice of each round: every flagged material with reason and rule.
CREATE TABLE case_correction_item (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    round_no INT NOT NULL,
    material_code VARCHAR(16) NOT NULL,
    material_name VARCHAR(200) NOT NULL,
    reason VARCHAR(2000) NOT NULL,
    rule_text VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_correction_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_correction_case ON case_correction_item (case_id, round_no);
