-- Schema version 2: what the access page and the detections need to stay fast at 10 M events.

-- Events per hour, agent, data class and outcome: maintained at ingest so that charts and counts never scan
-- access_event (a COUNT(*) over 10 M encrypted rows takes ~0.4 s).
CREATE TABLE access_hourly (
    hour        INTEGER NOT NULL,       -- occurred_at / 3 600 000
    agent_id    INTEGER NOT NULL,
    data_class  INTEGER NOT NULL,
    outcome     INTEGER NOT NULL,
    events      INTEGER NOT NULL,
    PRIMARY KEY (hour, agent_id, data_class, outcome)
) WITHOUT ROWID;

-- First time each agent was seen at each workstation (the "new workstation" detection).
CREATE TABLE agent_workstation (
    agent_id        INTEGER NOT NULL REFERENCES agent(id),
    workstation_id  INTEGER NOT NULL REFERENCES workstation(id),
    first_seen_at   INTEGER NOT NULL,
    last_seen_at    INTEGER NOT NULL,
    PRIMARY KEY (agent_id, workstation_id)
) WITHOUT ROWID;

-- Full-text search over the searchable text of the product: agent names and numbers, teams, sites,
-- workstations, masked record references, incidents and roles. Access events carry no free text; a search
-- resolves to agents/records/workstations and the event query joins on their indexed ids.
CREATE VIRTUAL TABLE search_text USING fts4(body, kind, ref_id, notindexed=kind, notindexed=ref_id,
                                             tokenize=unicode61);

INSERT INTO access_hourly (hour, agent_id, data_class, outcome, events)
    SELECT occurred_at / 3600000, agent_id, data_class, outcome, count(*)
    FROM access_event GROUP BY 1, 2, 3, 4;

INSERT INTO agent_workstation (agent_id, workstation_id, first_seen_at, last_seen_at)
    SELECT agent_id, workstation_id, min(occurred_at), max(occurred_at)
    FROM access_event WHERE workstation_id IS NOT NULL GROUP BY agent_id, workstation_id;

INSERT INTO search_text (body, kind, ref_id)
    SELECT a.display_name || ' ' || a.employee_no || ' ' || t.name || ' ' || s.name, 'agent', a.id
    FROM agent a JOIN team t ON t.id = a.team_id JOIN site s ON s.id = t.site_id;
INSERT INTO search_text (body, kind, ref_id) SELECT hostname, 'workstation', id FROM workstation;
INSERT INTO search_text (body, kind, ref_id) SELECT masked || ' ' || kind, 'record', id FROM customer_record;
INSERT INTO search_text (body, kind, ref_id)
    SELECT reference || ' ' || title || ' ' || description || ' ' || category, 'incident', id FROM incident;
INSERT INTO search_text (body, kind, ref_id) SELECT code || ' ' || name || ' ' || description, 'role', id FROM role;
