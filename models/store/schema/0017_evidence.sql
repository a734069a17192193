-- Schema version 17: the evidence register (issue 17, point 6; docs/incidents-evidence.md). Files attached to an
-- incident live inside the store — encrypted at rest with the store's key like every other page — never as a file in
-- clear beside it. The content is kept in chunks of at most `chunk_size` bytes (256 KiB), so that a 50 MB recording
-- is never one buffer in memory nor one giant row, and each item records its size, chunk count and SHA-256 at the
-- moment it was added: what every later read, export and verification compares against.

CREATE TABLE evidence_item (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incident(id),
    file_name    TEXT NOT NULL,                 -- as the supervisor's file was called: may hold a customer's data
    media_type   TEXT NOT NULL,                 -- audio/wav, image/png, message/rfc822, application/octet-stream
    size         INTEGER NOT NULL CHECK (size >= 0),
    sha256       BLOB NOT NULL CHECK (length(sha256) = 32),
    chunk_size   INTEGER NOT NULL CHECK (chunk_size > 0),
    chunk_count  INTEGER NOT NULL CHECK (chunk_count >= 0),
    description  TEXT NOT NULL DEFAULT '',
    added_by     TEXT NOT NULL,                 -- the supervisor's username, as in console_audit.actor
    added_at     INTEGER NOT NULL
);
CREATE INDEX evidence_item_incident ON evidence_item(incident_id, added_at);

-- A rowid table on purpose: WITHOUT ROWID suits small rows, and these are up to 256 KiB each.
CREATE TABLE evidence_chunk (
    id       INTEGER PRIMARY KEY,
    item_id  INTEGER NOT NULL REFERENCES evidence_item(id),
    seq      INTEGER NOT NULL,                  -- 0, 1, 2, ... in file order
    data     BLOB NOT NULL
);
CREATE UNIQUE INDEX evidence_chunk_item ON evidence_chunk(item_id, seq);

CREATE TABLE evidence_custody_action (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
INSERT INTO evidence_custody_action (code, name) VALUES
    (1, 'added'), (2, 'viewed'), (3, 'exported'), (4, 'verified'), (5, 'tamper_detected');

-- The chain of custody: who did what with an item and when. Append-only; each row is written in the transaction of
-- the decision it records, with its console-audit entry.
CREATE TABLE evidence_custody (
    id       INTEGER PRIMARY KEY,
    item_id  INTEGER NOT NULL REFERENCES evidence_item(id),
    at       INTEGER NOT NULL,
    actor    TEXT NOT NULL,
    action   INTEGER NOT NULL REFERENCES evidence_custody_action(code),
    detail   TEXT NOT NULL DEFAULT ''          -- JSON: what was found, where it was exported
);
CREATE INDEX evidence_custody_item ON evidence_custody(item_id, id);
