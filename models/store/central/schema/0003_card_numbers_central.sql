-- Card numbers stay on the service (docs/security-notes.md, "Where full card numbers exist"); a console asks for one
-- online, and every reveal and look-up is kept here.
-- Every reveal of a customer identifier asked of the service (POST /api/v1/records/<id>/reveal), granted or refused,
-- with the supervisor's reason (the identifier redacted out of it): what `custodian-central reveals` lists.
CREATE TABLE central_reveal (
    id             INTEGER PRIMARY KEY,
    at             INTEGER NOT NULL,
    supervisor_id  INTEGER NOT NULL,
    console_id     TEXT NOT NULL,
    record_id      INTEGER NOT NULL,
    event_id       INTEGER,
    reason         TEXT NOT NULL,
    outcome        TEXT NOT NULL CHECK (outcome IN ('revealed', 'refused')),
    detail         TEXT NOT NULL DEFAULT ''
);
-- Every look-up of a record by a typed identifier (POST /api/v1/records/lookup): never the identifier, only who asked
-- and what was found. Look-ups are an oracle for "which record has this number", so they are kept and rate-limited.
CREATE TABLE central_lookup (
    id             INTEGER PRIMARY KEY,
    at             INTEGER NOT NULL,
    supervisor_id  INTEGER NOT NULL,
    console_id     TEXT NOT NULL,
    record_id      INTEGER
);
