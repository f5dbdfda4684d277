-- Facts the dashboards aggregate in the database (no case is loaded into memory for them): the
-- intake clock of the last receipt and when the window decided on it, the decision due date and
-- when the authority signed for the case, with the seconds from receipt to sign-for.
ALTER TABLE case_file ADD COLUMN intake_due DATE;
ALTER TABLE case_file ADD COLUMN intake_decided_at TIMESTAMP(6);
ALTER TABLE case_file ADD COLUMN decision_due DATE;
ALTER TABLE case_file ADD COLUMN signed_for_at TIMESTAMP(6);
ALTER TABLE case_file ADD COLUMN receipt_to_sign_for_seconds BIGINT;
ALTER TABLE case_file ADD COLUMN intake_on_time BOOLEAN;
ALTER TABLE case_file ADD COLUMN decision_on_time BOOLEAN;
-- the district of the receiving window, for the cross-district flow (receiving × competent)
ALTER TABLE case_file ADD COLUMN receiving_region_code VARCHAR(6);
UPDATE case_file SET receiving_region_code =
    (SELECT w.region_code FROM service_window w WHERE w.code = case_file.receiving_window_code);
CREATE INDEX ix_case_received ON case_file (received_at);
CREATE INDEX ix_correction_item_material ON case_correction_item (material_code);
