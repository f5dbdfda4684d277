-- A poor rating's follow-up belongs to the 通办 window that received the case: the applicant's
-- point of contact, whose supervisor answers it (administrators see every follow-up).
ALTER TABLE case_rating ADD COLUMN assigned_window_code VARCHAR(16);
UPDATE case_rating SET assigned_window_code =
    (SELECT c.receiving_window_code FROM case_file c WHERE c.id = case_rating.case_id);
CREATE INDEX ix_rating_window_follow_up ON case_rating (assigned_window_code, follow_up_state);
