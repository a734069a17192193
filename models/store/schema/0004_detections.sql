-- Schema version 4: what the detections (models/rules, docs/detections.md) and the findings page need.

-- How many events back a finding, kept by the ingest path as evidence is added: the findings page lists
-- findings with their counts without counting finding_evidence (a payment-card finding can hold thousands).
ALTER TABLE finding ADD COLUMN evidence_count INTEGER NOT NULL DEFAULT 0;
UPDATE finding SET evidence_count = (SELECT count(*) FROM finding_evidence e WHERE e.finding_id = finding.id);

-- "Findings behind this event" on the access page's detail pane.
CREATE INDEX finding_evidence_event ON finding_evidence(event_id);

-- The findings page filters by kind and time; the detections look up an agent's findings of one kind.
CREATE INDEX finding_kind_agent ON finding(kind, agent_id, window_start);
