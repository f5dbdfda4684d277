-- In-app notifications to applicants about their cases. The text is stored as a translation key
-- of the notification bundle and its arguments (a JSON array of strings), so each user reads it in
-- their own language. Written in the same transaction as the case step it tells about.
CREATE TABLE user_notification (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    case_id BIGINT NOT NULL,
    case_number VARCHAR(32) NOT NULL,
    message_key VARCHAR(100) NOT NULL,
    message_args LONGTEXT NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    read_at TIMESTAMP(6),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_notification_user ON user_notification (user_id, created_at);
