-- 好差评 (国办发〔2019〕51号, GB/T 39734-2020): the applicant rates a closed case once, in five
-- levels. A poor rating (DISSATISFIED, VERY_DISSATISFIED) opens a follow-up that administrators
-- answer within 15 working days (follow_up_due); follow_up_state is empty for the other levels.
CREATE TABLE case_rating (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    case_number VARCHAR(32) NOT NULL,
    item_name VARCHAR(128) NOT NULL,
    applicant_id BIGINT NOT NULL,
    applicant_name VARCHAR(100) NOT NULL,
    satisfaction VARCHAR(24) NOT NULL,
    rating_comment VARCHAR(500),
    rated_at TIMESTAMP(6) NOT NULL,
    follow_up_state VARCHAR(8),
    follow_up_due DATE,
    follow_up_result VARCHAR(2000),
    followed_up_by VARCHAR(100),
    followed_up_at TIMESTAMP(6),
    version INT NOT NULL,
    CONSTRAINT uq_rating_case UNIQUE (case_id),
    CONSTRAINT fk_rating_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_rating_applicant FOREIGN KEY (applicant_id) REFERENCES app_user (id)
);
CREATE INDEX ix_rating_rated_at ON case_rating (rated_at);
CREATE INDEX ix_rating_follow_up ON case_rating (follow_up_state, rated_at);
