-- A case filed at the counter for someone without an account yet is linked by ID number.
ALTER TABLE case_file ALTER COLUMN applicant_id SET NULL;
