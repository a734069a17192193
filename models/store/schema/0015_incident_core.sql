-- Schema version 15: the incident core (issue 17, points 1, 2 and 4; docs/incidents.md).
--
-- Phases of NIST SP 800-61 Rev. 3 (a CSF 2.0 profile) replace Rev. 2's withdrawn ones. The codes stay what they were
-- wherever the step is the same step under a new name (they are part of the store format and of the sync contract's
-- `phase` field): 1 detection → declared, 2 analysis → analysing, 3 containment → containing, 4 eradication →
-- eradicating, 5 recovery → recovering, 7 closed. Code 6, Rev. 2's post-incident activity, is withdrawn: Rev. 3 makes
-- lessons learned the CSF Improve function, which runs on a closed incident, not a step an open one sits in. An
-- incident (or a timeline entry) recorded in post_incident had already recovered and was not closed yet, so it becomes
-- recovering: closing it now asks for the outcome and summary that post-incident activity would have produced, rather
-- than pretending it was closed without them.
UPDATE incident SET phase = 5 WHERE phase = 6;
UPDATE incident_timeline SET phase = 5 WHERE phase = 6;
DELETE FROM incident_phase WHERE code = 6;
UPDATE incident_phase SET name = 'declared' WHERE code = 1;
UPDATE incident_phase SET name = 'analysing' WHERE code = 2;
UPDATE incident_phase SET name = 'containing' WHERE code = 3;
UPDATE incident_phase SET name = 'eradicating' WHERE code = 4;
UPDATE incident_phase SET name = 'recovering' WHERE code = 5;

-- Impact on the contact center, a small fixed scale (docs/incidents.md says what each means).
CREATE TABLE incident_impact (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
INSERT INTO incident_impact VALUES (1,'none'),(2,'minor'),(3,'moderate'),(4,'major');

-- How an incident ended; required to close it.
CREATE TABLE incident_outcome (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
INSERT INTO incident_outcome VALUES (1,'true_positive_with_impact'),(2,'true_positive_without_impact'),
    (3,'false_positive'),(4,'duplicate'),(5,'benign');

-- NULL impact: not assessed yet. The closure columns are filled by closing and cleared by reopening (the timeline
-- keeps what they were). closed_by names a supervisor when this console knows its own (after a sync); closed_actor is
-- always the console-audit actor, as finding.status_actor is.
ALTER TABLE incident ADD COLUMN impact INTEGER REFERENCES incident_impact(code);
ALTER TABLE incident ADD COLUMN closure_outcome INTEGER REFERENCES incident_outcome(code);
ALTER TABLE incident ADD COLUMN closure_summary TEXT;
ALTER TABLE incident ADD COLUMN duplicate_of INTEGER REFERENCES incident(id);
ALTER TABLE incident ADD COLUMN closed_by INTEGER REFERENCES supervisor(id);
ALTER TABLE incident ADD COLUMN closed_actor TEXT;
-- The head of the incident's timeline chain (docs/incidents.md, "Timeline"): its last position and hash, so that a
-- deleted last entry is noticed too. 0 / NULL: no chained entry yet.
ALTER TABLE incident ADD COLUMN timeline_head_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident ADD COLUMN timeline_head_hash BLOB;

-- A timeline entry written on this store is chained: chain_seq is its position in append order (1, 2, ...) within the
-- incident, chain_hash = SHA-256(previous hash ‖ canonical entry). An entry the sync pulled from the central service
-- has neither: it is the service's record, kept as the service sent it. author_actor is who wrote an entry here, by
-- console-audit actor, known even before this console knows its supervisor id.
ALTER TABLE incident_timeline ADD COLUMN chain_seq INTEGER;
ALTER TABLE incident_timeline ADD COLUMN chain_hash BLOB;
ALTER TABLE incident_timeline ADD COLUMN author_actor TEXT;
CREATE UNIQUE INDEX incident_timeline_chain ON incident_timeline(incident_id, chain_seq) WHERE chain_seq IS NOT NULL;

-- A task of the incident's category template (models/rules/IncidentTemplates), copied when the incident is opened so
-- that a later change of the template does not change what an incident was asked to do. state: 0 open, 1 done,
-- 2 not applicable (with a reason).
CREATE TABLE incident_task (
    id             INTEGER PRIMARY KEY,
    incident_id    INTEGER NOT NULL REFERENCES incident(id),
    position       INTEGER NOT NULL,
    task_key       TEXT NOT NULL,
    title          TEXT NOT NULL,
    guidance       TEXT NOT NULL DEFAULT '',
    mandatory      INTEGER NOT NULL CHECK (mandatory IN (0,1)),
    phase          INTEGER NOT NULL REFERENCES incident_phase(code),
    state          INTEGER NOT NULL DEFAULT 0 CHECK (state IN (0,1,2)),
    reason         TEXT,
    decided_by     INTEGER REFERENCES supervisor(id),
    decided_actor  TEXT,
    decided_at     INTEGER,
    UNIQUE (incident_id, position)
);
