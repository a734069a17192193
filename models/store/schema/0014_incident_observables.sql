-- Schema version 14: an incident's observables (issue 17, point 3; docs/incidents.md, "From evidence to incident") —
-- the agents, customer records, workstations and application sessions its linked access events involve, each with
-- how many of the incident's events involve it. The events themselves are `incident_event`; this table is what they
-- add up to, rebuilt from them by every writer of links (IncidentObservableIndex: the console linking a selection,
-- the demo, the `incidents` sync stream, which replaces an incident's links as a whole). Two uses:
--   * the incident shows its observables without reading its (up to 10 000) events;
--   * "related by agent, record or workstation": other incidents sharing one, found through (kind, ref_id) instead of
--     joining every incident's events with the access log.
-- When each was first and last seen is read from the events on demand (a span cannot be kept exact when a link is
-- removed without reading all the others again).
-- kind: 1 agent (ref_id = agent.id), 2 customer record (ref_id = customer_record.id), 3 workstation (ref_id =
-- workstation.id), 4 application session (ref_id = access_event.session_id, which is the agent's own: agent_id
-- names the agent; 0 for the other kinds).
CREATE TABLE incident_observable (
    incident_id  INTEGER NOT NULL REFERENCES incident(id),
    kind         INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 4),
    ref_id       INTEGER NOT NULL,
    agent_id     INTEGER NOT NULL DEFAULT 0,
    events       INTEGER NOT NULL CHECK (events > 0),
    PRIMARY KEY (incident_id, kind, ref_id, agent_id)
) WITHOUT ROWID;
CREATE INDEX incident_observable_ref ON incident_observable(kind, ref_id, agent_id);
-- Which incidents an access event is in (the access page and the findings page ask before linking again).
CREATE INDEX incident_event_event ON incident_event(event_id);

-- Not triggers on incident_event: eight statements per linked event made linking 10 000 events take 0.85 s where a
-- rebuild of the incident's rows from its links takes a few tens of milliseconds.
INSERT INTO incident_observable (incident_id, kind, ref_id, agent_id, events)
    SELECT ie.incident_id, 1, e.agent_id, 0, count(*) FROM incident_event ie JOIN access_event e ON e.id = ie.event_id
    GROUP BY ie.incident_id, e.agent_id;
INSERT INTO incident_observable (incident_id, kind, ref_id, agent_id, events)
    SELECT ie.incident_id, 2, e.record_id, 0, count(*) FROM incident_event ie JOIN access_event e ON e.id = ie.event_id
    WHERE e.record_id IS NOT NULL GROUP BY ie.incident_id, e.record_id;
INSERT INTO incident_observable (incident_id, kind, ref_id, agent_id, events)
    SELECT ie.incident_id, 3, e.workstation_id, 0, count(*) FROM incident_event ie
    JOIN access_event e ON e.id = ie.event_id WHERE e.workstation_id IS NOT NULL
    GROUP BY ie.incident_id, e.workstation_id;
INSERT INTO incident_observable (incident_id, kind, ref_id, agent_id, events)
    SELECT ie.incident_id, 4, e.session_id, e.agent_id, count(*) FROM incident_event ie
    JOIN access_event e ON e.id = ie.event_id GROUP BY ie.incident_id, e.session_id, e.agent_id;
