-- Issue 16, point 5: completions pulled from the organisation's xAPI learning record store (docs/xapi.md).
-- Each statement the service has applied, by its xAPI id: a pull that sees a statement again (the LRS's
-- consistent-through is a lower bound) applies it once, and a voiding statement finds the record its target made.
-- training_record_id is NULL for a statement that changed no record (an unmatched actor, an unmapped activity, a
-- verb the service ignores); `outcome` says which.
CREATE TABLE IF NOT EXISTS central_xapi_statement (
    statement_id        TEXT PRIMARY KEY,
    verb                TEXT NOT NULL,
    outcome             TEXT NOT NULL,          -- applied, voided, unmatched_actor, unmapped_activity, ignored_verb
    training_record_id  INTEGER,
    created_record      INTEGER NOT NULL DEFAULT 0 CHECK (created_record IN (0,1)),
    stored_at           INTEGER NOT NULL,       -- the LRS's `stored`
    pulled_at           INTEGER NOT NULL
) WITHOUT ROWID;
-- Statements whose actor matched no agent, for the operator to read (`custodian-central xapi-pull --unmatched`):
-- the actor as the LRS sent it (mbox or account), never dropped silently.
CREATE TABLE IF NOT EXISTS central_xapi_unmatched (
    statement_id  TEXT PRIMARY KEY,
    actor         TEXT NOT NULL,
    activity_id   TEXT NOT NULL,
    verb          TEXT NOT NULL,
    happened_at   INTEGER NOT NULL,
    pulled_at     INTEGER NOT NULL
) WITHOUT ROWID;
-- The cursor: the LRS's X-Experience-API-Consistent-Through of the last complete pull (text as the LRS sent it),
-- written in the transaction that writes the pull's rows.
INSERT OR IGNORE INTO central_meta (key, value) VALUES ('xapi_consistent_through', '');
