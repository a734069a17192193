-- Issue 17, point 8: evidence uploaded by consoles in chunks (docs/sync-api.md section 12). The files themselves go
-- into the console schema's evidence_item and evidence_chunk rows (this store carries that schema), written by the
-- same EvidenceRegister code as on a console. Beside each item, its upload: the key the console chose, who sent it,
-- and whether the whole file's SHA-256 has been checked. An item whose upload is not verified is incomplete: nothing
-- but the upload itself reads it.
CREATE TABLE IF NOT EXISTS central_evidence_upload (
    key            TEXT PRIMARY KEY,
    item_id        INTEGER NOT NULL UNIQUE REFERENCES evidence_item(id),
    supervisor_id  INTEGER NOT NULL REFERENCES supervisor(id),
    console_key    TEXT NOT NULL,
    digest         BLOB NOT NULL,              -- SHA-256 of the declaration (a key reused for another file is refused)
    declared_at    INTEGER NOT NULL,
    verified_at    INTEGER                     -- NULL while chunks are missing
);
