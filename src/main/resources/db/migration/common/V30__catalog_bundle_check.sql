-- The SHA-256 of the bundled catalog files as a start last checked and imported them. A later
-- start with the same files has nothing to add (items are never deleted) and skips parsing and
-- validating them again.
CREATE TABLE catalog_bundle_check (
    bundle VARCHAR(32) NOT NULL PRIMARY KEY,
    sha256 CHAR(64) NOT NULL,
    checked_at TIMESTAMP(6) NOT NULL
);
