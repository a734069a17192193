-- Schema version 16: the GDPR Art. 33/34 record of a personal-data breach (issue 17, point 5; docs/incidents-gdpr.md).
-- The incident keeps its current state in the columns version 1 gave it (personal_data_breach, breach_established_at —
-- the "aware at" instant —, notification_deadline_at, authority_notified_at); these tables keep what Art. 33(5) asks to
-- be documented: how the aware-at came about and changed, each notification as sent, and the Art. 34 decision.

-- Every recording, change and withdrawal of an incident's "aware at", append-only. An incident that has rows here has
-- been a personal-data breach at some point and stays in the breach register even after a withdrawal.
CREATE TABLE incident_breach_awareness (
    id                INTEGER PRIMARY KEY,
    incident_id       INTEGER NOT NULL REFERENCES incident(id),
    kind              TEXT NOT NULL CHECK (kind IN ('recorded', 'changed', 'withdrawn')),
    aware_at          INTEGER,                 -- the new instant; NULL for a withdrawal
    previous_aware_at INTEGER,                 -- the instant it replaced; NULL for the first recording
    reason            TEXT NOT NULL,
    changed_at        INTEGER NOT NULL,
    changed_by        INTEGER NOT NULL REFERENCES supervisor(id),
    CHECK ((kind = 'withdrawn') = (aware_at IS NULL))
);
CREATE INDEX incident_breach_awareness_incident ON incident_breach_awareness(incident_id, id);

-- Notifications to the supervisory authority, in phases (Art. 33(4)): phase 1 stops the clock, later phases add
-- information. Each keeps the Art. 33(3) form as it was sent.
CREATE TABLE incident_breach_notification (
    id                    INTEGER PRIMARY KEY,
    incident_id           INTEGER NOT NULL REFERENCES incident(id),
    phase                 INTEGER NOT NULL CHECK (phase >= 1),
    sent_at               INTEGER NOT NULL,
    recorded_at           INTEGER NOT NULL,
    recorded_by           INTEGER NOT NULL REFERENCES supervisor(id),
    authority_reference   TEXT,
    delay_reasons         TEXT,               -- required when the first phase came after the deadline
    nature                TEXT NOT NULL,
    subject_categories    TEXT NOT NULL,
    subjects_approx       INTEGER,
    record_categories     TEXT NOT NULL,
    records_approx        INTEGER,
    contact_point         TEXT NOT NULL,
    likely_consequences   TEXT NOT NULL,
    measures              TEXT NOT NULL,
    UNIQUE (incident_id, phase)
);

-- The Art. 34 decision: communicate the breach to the data subjects, or not and on which ground. Append-only; the
-- newest row of an incident is its decision in force, the older ones what it replaced.
CREATE TABLE incident_subject_decision (
    id              INTEGER PRIMARY KEY,
    incident_id     INTEGER NOT NULL REFERENCES incident(id),
    notify          INTEGER NOT NULL CHECK (notify IN (0, 1)),
    -- Without notifying: unintelligible (34(3)(a)), measures_taken (34(3)(b)), disproportionate_effort (34(3)(c),
    -- replaced by a public communication), no_high_risk (34(1) does not apply).
    exemption       TEXT CHECK (exemption IN ('unintelligible', 'measures_taken', 'disproportionate_effort',
                                              'no_high_risk')),
    communicated_at INTEGER,                 -- when the subjects are (or the public is) told
    means           TEXT,                    -- how: letter, e-mail, notice on the website, press
    reason          TEXT NOT NULL,
    decided_at      INTEGER NOT NULL,
    decided_by      INTEGER NOT NULL REFERENCES supervisor(id),
    CHECK ((notify = 1) = (exemption IS NULL))
);
CREATE INDEX incident_subject_decision_incident ON incident_subject_decision(incident_id, id);
