-- Schema version 12: access while untrained (issue 16, point 4; docs/detections.md, docs/training.md). An agent holds
-- a role whose required training is overdue or expired. TrainingComplianceSweep raises it when the training lapses,
-- not when an event arrives, so it has no evidence events; what it is about lives beside the finding:
-- the role and the module, the instant the training lapsed, when a pass was later seen, and the one-click suspension
-- of the role (the assignment revoked, its end as it was before, so that "Restore role" can ask for it again).
INSERT INTO finding_kind VALUES (8, 'untrained_role_holder');
CREATE TABLE finding_role_training (
    finding_id            INTEGER PRIMARY KEY REFERENCES finding(id),
    agent_id              INTEGER NOT NULL REFERENCES agent(id),
    role_id               INTEGER NOT NULL REFERENCES role(id),
    module_id             INTEGER NOT NULL REFERENCES training_module(id),
    lapsed_at             INTEGER NOT NULL,  -- the due date or the expiry the training was missed at
    completed_at          INTEGER,           -- a pass valid at a later sweep: its completion
    suspended_at          INTEGER,           -- the role revoked from the finding
    suspended_assignment  INTEGER,           -- that assignment's id (as it was then)
    original_valid_until  INTEGER,           -- its end before the suspension (NULL: open-ended)
    restore_requested_at  INTEGER            -- "Restore role": the re-grant asked for
);
-- The sweep looks at the findings whose training is not complete yet.
CREATE INDEX finding_role_training_open ON finding_role_training(completed_at, agent_id);
