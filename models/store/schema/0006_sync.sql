-- Schema version 6: what sync with the central service needs beside the tables of version 1 (docs/sync-api.md).

-- Decisions on findings that the central service sent before this console detected the finding itself (its events
-- not pulled yet): FindingRepository applies one when it records the finding with that key, then drops it.
CREATE TABLE finding_remote_status (
    dedupe_key  TEXT PRIMARY KEY,
    status      INTEGER NOT NULL REFERENCES finding_status(code),
    reason      TEXT,
    decided_by  TEXT,
    decided_at  INTEGER NOT NULL,
    version     INTEGER NOT NULL
) WITHOUT ROWID;

-- The outbox by entity: a pulled decision skips a finding with a change of this console still waiting, and later
-- changes of an entity are rebased onto the version its earlier change got.
CREATE INDEX sync_outbox_entity ON sync_outbox(kind, entity_id, state);
CREATE INDEX sync_conflict_open ON sync_conflict(outbox_id) WHERE resolved_at IS NULL;
CREATE INDEX sync_run_started ON sync_run(started_at);
