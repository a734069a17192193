-- Schema version 22: evidence uploaded to the central service in chunks (issue 17, point 8; docs/sync-api.md section
-- 12, docs/incidents-evidence.md "Upload"). Each item added on this console gets one row here, written in the add's
-- own transaction, and the sync worker works through them after it has pushed the outbox. A queue of its own rather
-- than sync_outbox rows: an upload is many requests over many runs (a declaration, then one request per 256 KiB
-- chunk), its progress is shown per item on the Evidence tab, and it must neither hold the outbox's changes behind a
-- 50 MB recording nor be held itself by an incident the service does not know yet.
CREATE TABLE evidence_upload (
    item_id          INTEGER PRIMARY KEY REFERENCES evidence_item(id),
    key              TEXT NOT NULL UNIQUE,     -- the upload's id on the wire (a UUID chosen here: item ids are local)
    state            TEXT NOT NULL CHECK (state IN ('queued', 'uploading', 'waiting', 'verified', 'refused')),
    chunks_held      INTEGER NOT NULL DEFAULT 0 CHECK (chunks_held >= 0), -- what the service said it holds, last
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL DEFAULT 0,
    message          TEXT,                     -- why it waits, the last failure, or the service's refusal
    queued_at        INTEGER NOT NULL,
    verified_at      INTEGER,                  -- when the service said the whole file's SHA-256 matched
    central_id       INTEGER                   -- the item's id in the service's register
);
CREATE INDEX evidence_upload_due ON evidence_upload(state, next_attempt_at);

-- The custody trail learns two actions: on a console, `uploaded` (the service verified the whole file); on the
-- service, whose store carries this schema too, `received` (from which console and supervisor).
INSERT INTO evidence_custody_action (code, name) VALUES (6, 'uploaded'), (7, 'received');
