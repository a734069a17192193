-- Schema version 14: an incident's observables (issue 17, point 3; docs/incidents.md, "From evidence to incident") —
-- the agents, customer records, workstations and application sessions its linked access events involve, each with
-- how many of the incident's events involve it. The events themselves are `incident_event`; this table is what they
-- add up to, kept exact by the triggers below whoever writes the links (the console linking a selection, the demo,
-- the `incidents` sync stream, which replaces an incident's links as a whole). Two uses:
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
    events       INTEGER NOT NULL CHECK (events >= 0),  -- 0 only inside the triggers below
    PRIMARY KEY (incident_id, kind, ref_id, agent_id)
) WITHOUT ROWID;
CREATE INDEX incident_observable_ref ON incident_observable(kind, ref_id, agent_id);
-- Which incidents an access event is in (the access page and the findings page ask before linking again).
CREATE INDEX incident_event_event ON incident_event(event_id);

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

-- A link counts once per observable it involves. SQLite 3.15 (SQLCipher 3.4) has no upsert: insert the row at zero
-- if it is missing, then count. An event missing from the access log (the sync contract allows a link to an event
-- this console has not pulled yet) involves nothing known, so it adds nothing. Every writer of links uses a plain
-- INSERT: an INSERT OR REPLACE would carry its REPLACE into the trigger's INSERT OR IGNORE and reset a count.
CREATE TRIGGER incident_event_observed AFTER INSERT ON incident_event
BEGIN
    INSERT OR IGNORE INTO incident_observable (incident_id, kind, ref_id, agent_id, events)
        SELECT NEW.incident_id, 1, e.agent_id, 0, 0 FROM access_event e WHERE e.id = NEW.event_id
        UNION ALL SELECT NEW.incident_id, 2, e.record_id, 0, 0 FROM access_event e
            WHERE e.id = NEW.event_id AND e.record_id IS NOT NULL
        UNION ALL SELECT NEW.incident_id, 3, e.workstation_id, 0, 0 FROM access_event e
            WHERE e.id = NEW.event_id AND e.workstation_id IS NOT NULL
        UNION ALL SELECT NEW.incident_id, 4, e.session_id, e.agent_id, 0 FROM access_event e WHERE e.id = NEW.event_id;
    UPDATE incident_observable SET events = events + 1 WHERE incident_id = NEW.incident_id AND kind = 1
        AND agent_id = 0 AND ref_id = (SELECT agent_id FROM access_event WHERE id = NEW.event_id);
    UPDATE incident_observable SET events = events + 1 WHERE incident_id = NEW.incident_id AND kind = 2
        AND agent_id = 0 AND ref_id = (SELECT record_id FROM access_event WHERE id = NEW.event_id);
    UPDATE incident_observable SET events = events + 1 WHERE incident_id = NEW.incident_id AND kind = 3
        AND agent_id = 0 AND ref_id = (SELECT workstation_id FROM access_event WHERE id = NEW.event_id);
    UPDATE incident_observable SET events = events + 1 WHERE incident_id = NEW.incident_id AND kind = 4
        AND (ref_id, agent_id) = (SELECT session_id, agent_id FROM access_event WHERE id = NEW.event_id);
END;

-- An unlinked event counts off again; an observable no event involves any more goes. (The sync stream replaces an
-- incident's links by deleting them all and inserting the new list.)
CREATE TRIGGER incident_event_unobserved AFTER DELETE ON incident_event
BEGIN
    UPDATE incident_observable SET events = events - 1 WHERE incident_id = OLD.incident_id AND kind = 1
        AND agent_id = 0 AND ref_id = (SELECT agent_id FROM access_event WHERE id = OLD.event_id);
    UPDATE incident_observable SET events = events - 1 WHERE incident_id = OLD.incident_id AND kind = 2
        AND agent_id = 0 AND ref_id = (SELECT record_id FROM access_event WHERE id = OLD.event_id);
    UPDATE incident_observable SET events = events - 1 WHERE incident_id = OLD.incident_id AND kind = 3
        AND agent_id = 0 AND ref_id = (SELECT workstation_id FROM access_event WHERE id = OLD.event_id);
    UPDATE incident_observable SET events = events - 1 WHERE incident_id = OLD.incident_id AND kind = 4
        AND (ref_id, agent_id) = (SELECT session_id, agent_id FROM access_event WHERE id = OLD.event_id);
    DELETE FROM incident_observable WHERE incident_id = OLD.incident_id AND events = 0;
END;
