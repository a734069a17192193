-- The service decides with its own clock; what a console said about the time of a change is kept beside the change
-- record (docs/sync-api.md, "Time"), and the last change of an entity is looked up by it. Consoles are known by their
-- key and bound to the supervisor who registered them; the audit chain is kept by key, and the chains version 1 kept
-- by store id wait for their console to register (legacy = 1). A rollback the service saw stays until an
-- administrator resolves it, and the chain a resolution set aside is kept.
ALTER TABLE central_change ADD COLUMN console_at INTEGER;
CREATE INDEX central_change_entity ON central_change(kind, entity, received_at);
CREATE TABLE central_console (
    console_key           TEXT PRIMARY KEY,
    supervisor_id         INTEGER NOT NULL REFERENCES supervisor(id),
    store_id              TEXT NOT NULL,
    registered_at         INTEGER NOT NULL,
    last_seen_at          INTEGER NOT NULL,
    rollback_at           INTEGER,
    rollback_held_seq     INTEGER,
    rollback_console_seq  INTEGER
) WITHOUT ROWID;
CREATE INDEX central_console_supervisor ON central_console(supervisor_id, registered_at);
CREATE TABLE central_console_resolution (
    id                  INTEGER PRIMARY KEY,
    console_key         TEXT NOT NULL REFERENCES central_console(console_key),
    resolved_at         INTEGER NOT NULL,
    reason              TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    detected_at         INTEGER NOT NULL,
    held_seq            INTEGER NOT NULL,
    console_seq         INTEGER NOT NULL,
    superseded_entries  INTEGER NOT NULL
);
CREATE INDEX central_console_resolution_key ON central_console_resolution(console_key, id);
CREATE TABLE central_audit_superseded (
    resolution_id  INTEGER NOT NULL REFERENCES central_console_resolution(id),
    seq            INTEGER NOT NULL,
    at             INTEGER NOT NULL,
    actor          TEXT NOT NULL,
    action         TEXT NOT NULL,
    target         TEXT NOT NULL,
    detail         TEXT NOT NULL,
    mac            BLOB NOT NULL,
    received_at    INTEGER NOT NULL,
    PRIMARY KEY (resolution_id, seq)
) WITHOUT ROWID;
ALTER TABLE central_audit_head ADD COLUMN legacy INTEGER NOT NULL DEFAULT 0;
UPDATE central_audit_head SET legacy = 1;
-- Tokens expire and can be revoked. Tokens of version 1 had no expiry: they get 90 days from the upgrade.
ALTER TABLE central_token ADD COLUMN expires_at INTEGER;
ALTER TABLE central_token ADD COLUMN revoked_at INTEGER;
UPDATE central_token SET expires_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + 90 * 86400000;
CREATE INDEX central_token_supervisor ON central_token(supervisor_id);
-- What a supervisor may change organisation-wide; no row: 'supervisor'.
CREATE TABLE central_supervisor_role (
    supervisor_id  INTEGER PRIMARY KEY REFERENCES supervisor(id),
    role           TEXT NOT NULL CHECK (role IN ('supervisor', 'security_officer')),
    changed_at     INTEGER NOT NULL
);
