-- A case filed at the counter for someone without an account yet is linked by ID number.
ALTER TABLE case_file MODIFY applicant_id BIGINT NULL;
