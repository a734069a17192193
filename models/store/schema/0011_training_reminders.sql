-- Schema version 11: training reminders and their escalation (issue #16, point 3; docs/training.md "Reminders").
-- One row per reminder a supervisor sent for one agent and one module. Ids are chosen at random below 2^53 by the
-- console that sends it (as review campaigns' are), so that the central service keeps the same id and no side
-- renumbers; pulled reminders of other consoles arrive with theirs. A reminder is never changed once sent.
--   level        whom it went to: the agent, also the team lead (overdue ≥ the first threshold), also the manager
--                (overdue ≥ the second) — training_escalate_lead_days / training_escalate_manager_days in
--                detection_setting
--   team_lead_id the agent's supervisor (agent.manager_id) when the reminder was copied to them
--   manager_id   the site's manager (site.manager_id below) when it was copied to them
--   record_id    the assignment it is about (the open training_record with the earliest due date), if any
--   campaign_id  that assignment's campaign, if any
CREATE TABLE training_reminder (
    id            INTEGER PRIMARY KEY CHECK (id BETWEEN 1 AND 9007199254740991),
    agent_id      INTEGER NOT NULL REFERENCES agent(id),
    module_id     INTEGER NOT NULL REFERENCES training_module(id),
    record_id     INTEGER,
    campaign_id   INTEGER,
    sent_by       INTEGER NOT NULL REFERENCES supervisor(id),
    sent_at       INTEGER NOT NULL,
    level         TEXT NOT NULL CHECK (level IN ('agent', 'team_lead', 'manager')),
    team_lead_id  INTEGER REFERENCES supervisor(id),
    manager_id    INTEGER REFERENCES supervisor(id),
    days_overdue  INTEGER NOT NULL CHECK (days_overdue >= 0),
    note          TEXT
);
CREATE INDEX training_reminder_agent ON training_reminder(agent_id, module_id, sent_at);
-- The schema had no "manager" above a team's supervisor: each site may name one (the demo's site manager). An
-- escalation to the manager goes to the manager of the agent's team's site. No foreign key: the organisation stream
-- brings sites before supervisors (supervisors refer to their site), so a site may name its manager first.
ALTER TABLE site ADD COLUMN manager_id INTEGER;
