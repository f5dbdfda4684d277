-- Queue pages at a million cases (docs/performance.md): a queue is read by deadline within one
-- window or authority, optionally narrowed to an item or a district, so each of these is an index
-- range already in page order (InnoDB appends the id, the tie-breaker). Status filters use the
-- (…, status, due_date) indexes of V3.
CREATE INDEX ix_case_window_due ON case_file (receiving_window_code, due_date);
CREATE INDEX ix_case_window_item_due ON case_file (receiving_window_code, item_code, due_date);
CREATE INDEX ix_case_window_region_due ON case_file (receiving_window_code, competent_region_code, due_date);
CREATE INDEX ix_case_authority_due ON case_file (competent_authority_code, due_date);
CREATE INDEX ix_case_authority_item_due ON case_file (competent_authority_code, item_code, due_date);
