-- Deadline warnings (casefile DeadlineWarnings): a case whose intake or decision clock enters its
-- warning period tells its handlers once. One row per case, clock and due date: a clock that
-- restarts (resubmission, resumed review) has a new due date and warns again; a rerun, or a second
-- node, finds the row and warns nobody twice.
CREATE TABLE case_deadline_warning (
    case_id BIGINT NOT NULL,
    clock VARCHAR(8) NOT NULL,
    due_date DATE NOT NULL,
    warned_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_case_deadline_warning PRIMARY KEY (case_id, clock, due_date),
    CONSTRAINT fk_deadline_warning_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
-- the daily search for clocks entering their warning period: a range of due dates per status
CREATE INDEX ix_case_status_due ON case_file (status, due_date);

-- Notifications now also reach staff (deadline warnings, overdue rating follow-ups): the screen a
-- notification opens; empty for the applicant's own case page.
ALTER TABLE user_notification ADD COLUMN target VARCHAR(100);

-- Overdue rating follow-ups remind the window's supervisors once (rating FollowUpReminders).
ALTER TABLE case_rating ADD COLUMN overdue_notified_at TIMESTAMP(6);
CREATE INDEX ix_rating_follow_up_due ON case_rating (follow_up_state, follow_up_due);
