-- The central tables beside the console schema, as version 1 of custodian-central made them (its data directories
-- have central_meta 'schema' = 1 and start at 0002). central_meta 'schema' counts these scripts, not user_version,
-- which belongs to the console schema in the same file.
CREATE TABLE IF NOT EXISTS central_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
-- Bearer tokens as SHA-256 of the token text: a stolen copy of this store does not hand out tokens.
CREATE TABLE IF NOT EXISTS central_token (
    token_hash     BLOB PRIMARY KEY,
    supervisor_id  INTEGER NOT NULL REFERENCES supervisor(id),
    created_at     INTEGER NOT NULL
) WITHOUT ROWID;
-- The change feed of every stream but the access log and the thresholds: the latest revision of each item.
CREATE TABLE IF NOT EXISTS central_revision (
    stream     TEXT NOT NULL,
    type       TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    rev        INTEGER NOT NULL,
    PRIMARY KEY (stream, type, entity_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS central_revision_feed ON central_revision(stream, rev);
-- Every pushed change by its idempotency key, with the response it got (replayed on a retry).
CREATE TABLE IF NOT EXISTS central_change (
    key            TEXT PRIMARY KEY,
    digest         BLOB NOT NULL,
    kind           TEXT NOT NULL,
    entity         TEXT NOT NULL,
    supervisor_id  INTEGER NOT NULL,
    console_id     TEXT NOT NULL,
    received_at    INTEGER NOT NULL,
    http_status    INTEGER NOT NULL,
    response       BLOB NOT NULL
) WITHOUT ROWID;
-- Supervisors' decisions on findings, by the finding's key (the same on every console).
CREATE TABLE IF NOT EXISTS central_finding (
    id          INTEGER PRIMARY KEY,
    dedupe_key  TEXT NOT NULL UNIQUE,
    status      INTEGER NOT NULL,
    reason      TEXT,
    decided_by  TEXT,
    decided_at  INTEGER NOT NULL,
    version     INTEGER NOT NULL
);
-- Each console's console-audit chain as received: a console whose store went back to an older copy shows up.
CREATE TABLE IF NOT EXISTS central_audit_head (
    console_id     TEXT PRIMARY KEY,
    supervisor_id  INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    mac            BLOB NOT NULL,
    updated_at     INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS central_audit_entry (
    console_id   TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    at           INTEGER NOT NULL,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    target       TEXT NOT NULL,
    detail       TEXT NOT NULL,
    mac          BLOB NOT NULL,
    received_at  INTEGER NOT NULL,
    PRIMARY KEY (console_id, seq)
) WITHOUT ROWID;
INSERT OR IGNORE INTO central_meta (key, value) VALUES ('schema', '1');
INSERT OR IGNORE INTO central_meta (key, value) VALUES ('next_rev', '1');
INSERT OR IGNORE INTO central_meta (key, value) VALUES ('detection_settings_version', '0');
