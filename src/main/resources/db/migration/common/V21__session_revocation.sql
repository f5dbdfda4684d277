-- When an administrator disabled a user, reset their password or changed their roles or place:
-- every session of that user signed in before revoked_at ends, on every portal node. Each node
-- reads the recent rows every few seconds (UserSessions); one row per user, moved forward.
CREATE TABLE session_revocation (
    username VARCHAR(64) NOT NULL PRIMARY KEY,
    revoked_at TIMESTAMP(6) NOT NULL
);
CREATE INDEX ix_session_revocation_at ON session_revocation (revoked_at);
