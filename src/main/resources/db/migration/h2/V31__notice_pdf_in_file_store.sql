-- Notice PDFs go to the file store under their SHA-256 (issued_notice.sha256) instead of this
-- column: a receipt of about 47 KB no longer travels through the database at every submission.
-- Notices issued before keep their bytes here.
ALTER TABLE issued_notice ALTER COLUMN pdf SET NULL;
