-- Custodian store, schema version 1: the whole product's data.
-- Conventions: times are INTEGER milliseconds since the Unix epoch, UTC (suffix _at); closed vocabularies are
-- small integers with a lookup table (see models/domain/Enums.h); every row a supervisor may change carries
-- `version` (local optimistic concurrency) and `server_version` (the central service's version, NULL until
-- synced). Customer identifiers are never stored in clear: a keyed token (HMAC-SHA256 under a store secret)
-- finds a record by its identifier, a masked form is displayed, and the sealed value (AES-256-GCM under
-- another store secret) is opened only for an audited reveal.

CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Secrets that live inside the encrypted store (token key, sealing key, first audit-chain key).
CREATE TABLE store_secret (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;

-- Lookup tables for the closed vocabularies.
CREATE TABLE data_class     (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE access_action  (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE access_outcome (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE channel        (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE agent_status   (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE assignment_status (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE severity       (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE incident_phase (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE finding_status (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE finding_kind   (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE training_status(code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);

INSERT INTO data_class VALUES (0,'none'),(1,'pii'),(2,'payment_card'),(3,'communications');
INSERT INTO access_action VALUES (1,'view'),(2,'search'),(3,'update'),(4,'export'),(5,'print'),(6,'login'),
    (7,'logout'),(8,'bulk_search');
INSERT INTO access_outcome VALUES (1,'success'),(2,'denied'),(3,'failed');
INSERT INTO channel VALUES (1,'voice'),(2,'chat'),(3,'email'),(4,'back_office');
INSERT INTO agent_status VALUES (1,'active'),(2,'suspended'),(3,'departed');
INSERT INTO assignment_status VALUES (1,'pending'),(2,'active'),(3,'rejected'),(4,'revoked'),(5,'expired');
INSERT INTO severity VALUES (1,'low'),(2,'medium'),(3,'high'),(4,'critical');
INSERT INTO incident_phase VALUES (1,'detection'),(2,'analysis'),(3,'containment'),(4,'eradication'),
    (5,'recovery'),(6,'post_incident'),(7,'closed');
INSERT INTO finding_status VALUES (1,'open'),(2,'acknowledged'),(3,'dismissed'),(4,'escalated');
INSERT INTO finding_kind VALUES (1,'off_hours'),(2,'bulk_access'),(3,'failed_login_burst'),
    (4,'payment_data_without_training'),(5,'inactive_agent_access'),(6,'new_workstation');
INSERT INTO training_status VALUES (1,'assigned'),(2,'completed'),(3,'failed'),(4,'overdue'),(5,'expired');

-- Organisation --------------------------------------------------------------------------------------------

CREATE TABLE site (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    timezone  TEXT NOT NULL,           -- IANA zone; shifts are in site-local time
    country   TEXT NOT NULL
);

CREATE TABLE team (
    id        INTEGER PRIMARY KEY,
    site_id   INTEGER NOT NULL REFERENCES site(id),
    name      TEXT NOT NULL,
    UNIQUE (site_id, name)
);

CREATE TABLE shift (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    start_minute  INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),  -- site-local minute of day
    end_minute    INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1439),    -- may be < start (overnight)
    weekdays      INTEGER NOT NULL CHECK (weekdays BETWEEN 1 AND 127)         -- bit 0 = Monday
);

-- Supervisors: the people who use consoles (actors of the console audit, grantors and approvers).
CREATE TABLE supervisor (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    site_id       INTEGER REFERENCES site(id)
);

CREATE TABLE agent (
    id              INTEGER PRIMARY KEY,
    employee_no     TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    team_id         INTEGER NOT NULL REFERENCES team(id),
    shift_id        INTEGER REFERENCES shift(id),
    manager_id      INTEGER REFERENCES supervisor(id),
    status          INTEGER NOT NULL DEFAULT 1 REFERENCES agent_status(code),
    hired_at        INTEGER NOT NULL,
    status_changed_at INTEGER,
    departed_at     INTEGER,
    version         INTEGER NOT NULL DEFAULT 1,
    server_version  INTEGER
);
CREATE INDEX agent_team ON agent(team_id);
CREATE INDEX agent_status_idx ON agent(status);

CREATE TABLE workstation (
    id          INTEGER PRIMARY KEY,
    hostname    TEXT NOT NULL UNIQUE,
    site_id     INTEGER REFERENCES site(id)
);

-- Customer record references: what an access event points at. Never the identifier in clear.
CREATE TABLE customer_record (
    id            INTEGER PRIMARY KEY,
    token         BLOB NOT NULL UNIQUE,   -- HMAC-SHA256(store token key, canonical identifier)
    data_class    INTEGER NOT NULL REFERENCES data_class(code),
    kind          TEXT NOT NULL,          -- 'card', 'account', 'national_id', 'call_recording', ...
    masked        TEXT NOT NULL,          -- display form: card BIN + last 4, others last 4
    sealed_value  BLOB                    -- nonce || AES-256-GCM(store sealing key, identifier); NULL if not held
);

-- Access log ------------------------------------------------------------------------------------------------

-- The big table (10 M rows and more). Compact on purpose: integer codes, no free text. `id` is the central
-- service's event id, so a re-pulled page is ignored rather than duplicated, and it is time-ordered by
-- construction: id = occurred_at × 65 536 + n (models/domain/AccessEventId.h). The rowid order is time order.
-- No foreign keys here, deliberately: enforcing them costs seven B-tree look-ups per row, over a third of the
-- ingest time (docs/performance.md). The ingest path (AccessEventWriter) checks the codes, and the referenced
-- agents, records and workstations are written before their events; `custodian-cli verify` reports orphans.
CREATE TABLE access_event (
    id              INTEGER PRIMARY KEY,
    occurred_at     INTEGER NOT NULL,
    agent_id        INTEGER NOT NULL,   -- agent(id)
    record_id       INTEGER,            -- customer_record(id); NULL for login/logout
    data_class      INTEGER NOT NULL,   -- data_class(code)
    action          INTEGER NOT NULL,   -- access_action(code)
    outcome         INTEGER NOT NULL,   -- access_outcome(code)
    channel         INTEGER NOT NULL,   -- channel(code)
    workstation_id  INTEGER,            -- workstation(id)
    source_address  TEXT,               -- IPv4/IPv6 text, as reported
    session_id      INTEGER NOT NULL    -- the agent's application session
);
-- The access page pages through time on the primary key itself (keyset on id; a time range is an id range),
-- so there is no separate time index. An agent's events through time use (agent_id, occurred_at). A record
-- has a handful of events (10 M events over 1.25 M records), so (record_id) alone finds them and they are
-- ordered by time after the look-up — half the index of (record_id, occurred_at) and markedly cheaper to
-- maintain under random inserts. A session belongs to one agent within a shift: "other events of this
-- session" is agent_id = ? AND occurred_at within the shift AND session_id = ?, on the agent index.
CREATE INDEX access_event_agent_time ON access_event(agent_id, occurred_at);
CREATE INDEX access_event_record ON access_event(record_id) WHERE record_id IS NOT NULL;

-- RBAC ------------------------------------------------------------------------------------------------------

CREATE TABLE permission (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,     -- e.g. 'customer.read', 'payment.reveal', 'export.bulk'
    description  TEXT NOT NULL
);

CREATE TABLE training_module (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL,
    framework      TEXT NOT NULL,          -- 'PCI DSS', 'GDPR', 'phishing', 'social engineering'
    control_ref    TEXT,                   -- e.g. 'PCI DSS 12.6'
    validity_days  INTEGER NOT NULL CHECK (validity_days > 0),
    pass_score     INTEGER NOT NULL CHECK (pass_score BETWEEN 0 AND 100)
);

CREATE TABLE role (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL,
    description        TEXT NOT NULL DEFAULT '',
    sensitive          INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0,1)),   -- grants need a 2nd supervisor
    max_duration_days  INTEGER CHECK (max_duration_days IS NULL OR max_duration_days > 0),
    training_gate      TEXT NOT NULL DEFAULT 'block' CHECK (training_gate IN ('block','warn')),
    version            INTEGER NOT NULL DEFAULT 1,
    server_version     INTEGER
);

CREATE TABLE role_permission (
    role_id        INTEGER NOT NULL REFERENCES role(id) ON DELETE CASCADE,
    permission_id  INTEGER NOT NULL REFERENCES permission(id),
    PRIMARY KEY (role_id, permission_id)
) WITHOUT ROWID;

CREATE TABLE role_data_class (
    role_id     INTEGER NOT NULL REFERENCES role(id) ON DELETE CASCADE,
    data_class  INTEGER NOT NULL REFERENCES data_class(code),
    PRIMARY KEY (role_id, data_class)
) WITHOUT ROWID;

CREATE TABLE role_training_requirement (
    role_id    INTEGER NOT NULL REFERENCES role(id) ON DELETE CASCADE,
    module_id  INTEGER NOT NULL REFERENCES training_module(id),
    PRIMARY KEY (role_id, module_id)
) WITHOUT ROWID;

CREATE TABLE role_assignment (
    id                   INTEGER PRIMARY KEY,
    agent_id             INTEGER NOT NULL REFERENCES agent(id),
    role_id              INTEGER NOT NULL REFERENCES role(id),
    status               INTEGER NOT NULL REFERENCES assignment_status(code),
    valid_from           INTEGER NOT NULL,
    valid_until          INTEGER,                       -- NULL: open-ended
    justification        TEXT NOT NULL CHECK (length(trim(justification)) > 0),
    requested_by         INTEGER NOT NULL REFERENCES supervisor(id),
    requested_at         INTEGER NOT NULL,
    approved_by          INTEGER REFERENCES supervisor(id),
    approved_at          INTEGER,
    sod_exception_reason TEXT,
    ended_at             INTEGER,                       -- revoked, rejected or expired
    ended_by             INTEGER REFERENCES supervisor(id),
    end_reason           TEXT,
    version              INTEGER NOT NULL DEFAULT 1,
    server_version       INTEGER,
    CHECK (valid_until IS NULL OR valid_until > valid_from),
    CHECK (approved_by IS NULL OR approved_by <> requested_by)
);
-- Point-in-time questions ("which roles did this agent hold at t?") and holders of a role.
CREATE INDEX role_assignment_agent ON role_assignment(agent_id, valid_from);
CREATE INDEX role_assignment_role ON role_assignment(role_id, status);
CREATE INDEX role_assignment_expiry ON role_assignment(valid_until) WHERE valid_until IS NOT NULL;

-- Every change of an assignment, for the per-agent history.
CREATE TABLE role_assignment_change (
    id             INTEGER PRIMARY KEY,
    assignment_id  INTEGER NOT NULL REFERENCES role_assignment(id),
    changed_at     INTEGER NOT NULL,
    changed_by     INTEGER REFERENCES supervisor(id),     -- NULL: the system (expiry)
    change         TEXT NOT NULL,                         -- requested, approved, rejected, granted, revoked, expired, shortened
    reason         TEXT,
    old_status     INTEGER REFERENCES assignment_status(code),
    new_status     INTEGER REFERENCES assignment_status(code),
    old_valid_until INTEGER,
    new_valid_until INTEGER
);
CREATE INDEX role_assignment_change_assignment ON role_assignment_change(assignment_id, changed_at);

CREATE TABLE sod_rule (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    role_a_id        INTEGER NOT NULL REFERENCES role(id),
    role_b_id        INTEGER NOT NULL REFERENCES role(id),
    allow_exception  INTEGER NOT NULL DEFAULT 0 CHECK (allow_exception IN (0,1)),
    control_ref      TEXT,
    rationale        TEXT NOT NULL DEFAULT '',
    version          INTEGER NOT NULL DEFAULT 1,
    server_version   INTEGER,
    CHECK (role_a_id < role_b_id)
);

-- Access reviews --------------------------------------------------------------------------------------------

CREATE TABLE review_campaign (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    scope_kind        TEXT NOT NULL CHECK (scope_kind IN ('team','site','role','sensitive_roles')),
    scope_id          INTEGER,
    reviewer_id       INTEGER NOT NULL REFERENCES supervisor(id),
    created_by        INTEGER NOT NULL REFERENCES supervisor(id),
    created_at        INTEGER NOT NULL,
    due_at            INTEGER NOT NULL,
    evidence_days     INTEGER NOT NULL DEFAULT 90 CHECK (evidence_days > 0),
    default_decision  TEXT NOT NULL DEFAULT 'keep' CHECK (default_decision IN ('keep','revoke')),
    closed_at         INTEGER,
    version           INTEGER NOT NULL DEFAULT 1,
    server_version    INTEGER
);

CREATE TABLE review_item (
    id               INTEGER PRIMARY KEY,
    campaign_id      INTEGER NOT NULL REFERENCES review_campaign(id),
    assignment_id    INTEGER NOT NULL REFERENCES role_assignment(id),
    decision         TEXT CHECK (decision IS NULL OR decision IN ('keep','revoke','shorten')),
    new_valid_until  INTEGER,
    justification    TEXT,
    decided_by       INTEGER REFERENCES supervisor(id),
    decided_at       INTEGER,
    by_default       INTEGER NOT NULL DEFAULT 0 CHECK (by_default IN (0,1)),
    version          INTEGER NOT NULL DEFAULT 1,
    server_version   INTEGER,
    UNIQUE (campaign_id, assignment_id),
    CHECK (decision IS NULL OR decided_at IS NOT NULL),
    CHECK (decision IS NOT 'shorten' OR new_valid_until IS NOT NULL)
);

-- Training --------------------------------------------------------------------------------------------------

CREATE TABLE training_campaign (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    module_id   INTEGER NOT NULL REFERENCES training_module(id),
    starts_at   INTEGER NOT NULL,
    due_at      INTEGER NOT NULL,
    CHECK (due_at > starts_at)
);

CREATE TABLE training_record (
    id            INTEGER PRIMARY KEY,
    agent_id      INTEGER NOT NULL REFERENCES agent(id),
    module_id     INTEGER NOT NULL REFERENCES training_module(id),
    campaign_id   INTEGER REFERENCES training_campaign(id),
    assigned_at   INTEGER NOT NULL,
    due_at        INTEGER NOT NULL,
    completed_at  INTEGER,
    score         INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    passed        INTEGER CHECK (passed IS NULL OR passed IN (0,1)),
    expires_at    INTEGER,                 -- completed_at + module validity when passed
    server_version INTEGER
);
CREATE INDEX training_record_agent ON training_record(agent_id, module_id, completed_at);
CREATE INDEX training_record_due ON training_record(due_at) WHERE completed_at IS NULL;

-- Incidents -------------------------------------------------------------------------------------------------

CREATE TABLE incident (
    id                        INTEGER PRIMARY KEY,
    reference                 TEXT NOT NULL UNIQUE,          -- INC-2026-0042
    title                     TEXT NOT NULL,
    description               TEXT NOT NULL DEFAULT '',
    severity                  INTEGER NOT NULL REFERENCES severity(code),
    category                  TEXT NOT NULL,                 -- phishing, social_engineering, insider_misuse, ...
    phase                     INTEGER NOT NULL REFERENCES incident_phase(code),
    assignee_id               INTEGER REFERENCES supervisor(id),
    reported_by               INTEGER REFERENCES supervisor(id),
    opened_at                 INTEGER NOT NULL,
    detected_at               INTEGER NOT NULL,
    personal_data_breach      INTEGER NOT NULL DEFAULT 0 CHECK (personal_data_breach IN (0,1)),
    breach_established_at     INTEGER,                       -- GDPR Art. 33 clock starts here
    notification_deadline_at  INTEGER,                       -- breach_established_at + 72 h
    authority_notified_at     INTEGER,
    closed_at                 INTEGER,
    version                   INTEGER NOT NULL DEFAULT 1,
    server_version            INTEGER,
    CHECK (personal_data_breach = 0 OR breach_established_at IS NOT NULL)
);
CREATE INDEX incident_phase_idx ON incident(phase, severity);

CREATE TABLE incident_timeline (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incident(id),
    at           INTEGER NOT NULL,
    author_id    INTEGER REFERENCES supervisor(id),
    kind         TEXT NOT NULL,               -- note, phase_change, assignment, evidence, notification
    phase        INTEGER REFERENCES incident_phase(code),
    text         TEXT NOT NULL
);
CREATE INDEX incident_timeline_incident ON incident_timeline(incident_id, at);

CREATE TABLE incident_event (
    incident_id  INTEGER NOT NULL REFERENCES incident(id),
    event_id     INTEGER NOT NULL REFERENCES access_event(id),
    PRIMARY KEY (incident_id, event_id)
) WITHOUT ROWID;

CREATE TABLE incident_agent (
    incident_id  INTEGER NOT NULL REFERENCES incident(id),
    agent_id     INTEGER NOT NULL REFERENCES agent(id),
    involvement  TEXT NOT NULL DEFAULT 'subject',   -- subject, witness, victim
    PRIMARY KEY (incident_id, agent_id)
) WITHOUT ROWID;
CREATE INDEX incident_agent_agent ON incident_agent(agent_id);

-- Detections ------------------------------------------------------------------------------------------------

CREATE TABLE detection_setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE finding (
    id            INTEGER PRIMARY KEY,
    kind          INTEGER NOT NULL REFERENCES finding_kind(code),
    severity      INTEGER NOT NULL REFERENCES severity(code),
    control_ref   TEXT NOT NULL,                 -- 'PCI DSS 10.2.1', 'GDPR Art. 32', ...
    agent_id      INTEGER REFERENCES agent(id),
    detected_at   INTEGER NOT NULL,
    window_start  INTEGER NOT NULL,
    window_end    INTEGER NOT NULL,
    summary       TEXT NOT NULL,
    dedupe_key    TEXT NOT NULL UNIQUE,          -- kind + agent + window: detection is idempotent
    status        INTEGER NOT NULL DEFAULT 1 REFERENCES finding_status(code),
    status_reason TEXT,
    status_by     INTEGER REFERENCES supervisor(id),
    status_at     INTEGER,
    incident_id   INTEGER REFERENCES incident(id),
    version       INTEGER NOT NULL DEFAULT 1,
    server_version INTEGER
);
CREATE INDEX finding_status_time ON finding(status, detected_at);
CREATE INDEX finding_agent ON finding(agent_id, detected_at);

CREATE TABLE finding_evidence (
    finding_id  INTEGER NOT NULL REFERENCES finding(id),
    event_id    INTEGER NOT NULL REFERENCES access_event(id),
    PRIMARY KEY (finding_id, event_id)
) WITHOUT ROWID;

-- Console audit (tamper-evident chain, see docs/security-notes.md) -----------------------------------------

CREATE TABLE console_audit (
    seq          INTEGER PRIMARY KEY,           -- 1, 2, 3, ... without gaps
    at           INTEGER NOT NULL,
    actor        TEXT NOT NULL,                 -- supervisor username or 'system'
    action       TEXT NOT NULL,                 -- store.created, unlock, unlock.failed, reveal, export, ...
    target       TEXT NOT NULL DEFAULT '',      -- what it acted on (ids, never identifiers in clear)
    detail       TEXT NOT NULL DEFAULT '',      -- JSON, never secrets
    mac          BLOB NOT NULL
);

-- Current chain state: the next key K_i (the previous one is forgotten) and the head.
CREATE TABLE console_audit_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    next_seq  INTEGER NOT NULL,
    next_key  BLOB NOT NULL,
    head_mac  BLOB NOT NULL
);

-- Sync bookkeeping ------------------------------------------------------------------------------------------

CREATE TABLE sync_cursor (
    stream           TEXT PRIMARY KEY,       -- access_events, agents, roles, assignments, sod_rules, ...
    cursor           TEXT NOT NULL,          -- opaque, from the server
    updated_at       INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE sync_outbox (
    id               INTEGER PRIMARY KEY,    -- push order
    idempotency_key  TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL,          -- assignment.change, review.decision, finding.status, incident.change, audit.entries
    entity_id        INTEGER,
    base_version     INTEGER,                -- server version the change was made against
    payload          TEXT NOT NULL,          -- JSON body of the change
    created_at       INTEGER NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    state            TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued','sent','conflict','rejected'))
);
CREATE INDEX sync_outbox_queue ON sync_outbox(state, id);

CREATE TABLE sync_conflict (
    id               INTEGER PRIMARY KEY,
    outbox_id        INTEGER NOT NULL REFERENCES sync_outbox(id),
    detected_at      INTEGER NOT NULL,
    server_version   INTEGER,
    server_payload   TEXT NOT NULL,
    resolved_at      INTEGER,
    resolution       TEXT CHECK (resolution IS NULL OR resolution IN ('keep_mine','take_theirs')),
    resolved_by      INTEGER REFERENCES supervisor(id)
);

CREATE TABLE sync_run (
    id           INTEGER PRIMARY KEY,
    started_at   INTEGER NOT NULL,
    finished_at  INTEGER,
    outcome      TEXT,                       -- ok, offline, error
    pulled       INTEGER NOT NULL DEFAULT 0,
    pushed       INTEGER NOT NULL DEFAULT 0,
    conflicts    INTEGER NOT NULL DEFAULT 0,
    message      TEXT
);

-- Console settings that belong with the data (server URL, trust settings, the sync token).
CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
