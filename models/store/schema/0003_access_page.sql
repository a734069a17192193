-- Schema version 3: what the access page needs beside the raw log.

-- Events per hour, data class and outcome over all agents: the chart of an unfiltered (or class/outcome-filtered)
-- range reads a few thousand rows instead of summing access_hourly's per-agent rows (millions at 10 M events).
CREATE TABLE access_hourly_total (
    hour        INTEGER NOT NULL,       -- occurred_at / 3 600 000
    data_class  INTEGER NOT NULL,
    outcome     INTEGER NOT NULL,
    events      INTEGER NOT NULL,
    PRIMARY KEY (hour, data_class, outcome)
) WITHOUT ROWID;

-- Events per agent, UTC day, data class and outcome, agent first: where in time a few agents' matching events lie
-- (the access page skips agents without any and starts each agent's read at its first matching day). A second index
-- on access_hourly by agent would do the same but cost a quarter of the ingest rate (a random B-tree insert for
-- every new agent-hour); this table gets a few keys per agent and day, appended (docs/performance.md).
CREATE TABLE access_daily_agent (
    agent_id    INTEGER NOT NULL,
    day         INTEGER NOT NULL,       -- occurred_at / 86 400 000
    data_class  INTEGER NOT NULL,
    outcome     INTEGER NOT NULL,
    events      INTEGER NOT NULL,
    PRIMARY KEY (agent_id, day, data_class, outcome)
) WITHOUT ROWID;

INSERT INTO access_daily_agent (agent_id, day, data_class, outcome, events)
    SELECT agent_id, hour / 24, data_class, outcome, sum(events) FROM access_hourly GROUP BY 1, 2, 3, 4;

-- Saved searches of the access page: a name and the filter as JSON (ids only, never identifiers).
CREATE TABLE saved_search (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    filter      TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);

INSERT INTO access_hourly_total (hour, data_class, outcome, events)
    SELECT hour, data_class, outcome, sum(events) FROM access_hourly GROUP BY 1, 2, 3;

-- Events per team (the agent's current team), hour, data class and outcome: the chart of a team or a site reads a
-- few thousand rows here instead of one per agent and hour (half a million for a site at 10 M events: ~0.7 s by the
-- agent index, ~0.2 s in one scan; docs/performance.md). AccessEventWriter adds to it at ingest; an agent who moves
-- to another team, is added after their events or is removed takes their hours along (triggers below), so that a
-- team's rows are always the sum over its agents in `agent` — what a team filter means.
CREATE TABLE access_hourly_team (
    team_id     INTEGER NOT NULL,
    hour        INTEGER NOT NULL,       -- occurred_at / 3 600 000
    data_class  INTEGER NOT NULL,
    outcome     INTEGER NOT NULL,
    events      INTEGER NOT NULL,
    PRIMARY KEY (team_id, hour, data_class, outcome)
) WITHOUT ROWID;

INSERT INTO access_hourly_team (team_id, hour, data_class, outcome, events)
    SELECT a.team_id, h.hour, h.data_class, h.outcome, sum(h.events)
    FROM access_hourly h JOIN agent a ON a.id = h.agent_id GROUP BY 1, 2, 3, 4;

-- (No UPSERT in SQLite 3.15: missing keys are inserted with 0 events first, then every key is updated.)
CREATE TRIGGER access_hourly_team_agent_added AFTER INSERT ON agent
BEGIN
    INSERT OR IGNORE INTO access_hourly_team (team_id, hour, data_class, outcome, events)
        SELECT NEW.team_id, hour, data_class, outcome, 0 FROM access_hourly WHERE agent_id = NEW.id;
    UPDATE access_hourly_team SET events = events + (
            SELECT h.events FROM access_hourly h WHERE h.hour = access_hourly_team.hour AND h.agent_id = NEW.id
            AND h.data_class = access_hourly_team.data_class AND h.outcome = access_hourly_team.outcome)
        WHERE team_id = NEW.team_id
          AND (hour, data_class, outcome) IN (SELECT hour, data_class, outcome FROM access_hourly WHERE agent_id = NEW.id);
END;

CREATE TRIGGER access_hourly_team_agent_removed AFTER DELETE ON agent
BEGIN
    UPDATE access_hourly_team SET events = events - (
            SELECT h.events FROM access_hourly h WHERE h.hour = access_hourly_team.hour AND h.agent_id = OLD.id
            AND h.data_class = access_hourly_team.data_class AND h.outcome = access_hourly_team.outcome)
        WHERE team_id = OLD.team_id
          AND (hour, data_class, outcome) IN (SELECT hour, data_class, outcome FROM access_hourly WHERE agent_id = OLD.id);
END;

CREATE TRIGGER access_hourly_team_agent_moved AFTER UPDATE OF team_id ON agent
    WHEN OLD.team_id IS NOT NEW.team_id
BEGIN
    UPDATE access_hourly_team SET events = events - (
            SELECT h.events FROM access_hourly h WHERE h.hour = access_hourly_team.hour AND h.agent_id = OLD.id
            AND h.data_class = access_hourly_team.data_class AND h.outcome = access_hourly_team.outcome)
        WHERE team_id = OLD.team_id
          AND (hour, data_class, outcome) IN (SELECT hour, data_class, outcome FROM access_hourly WHERE agent_id = OLD.id);
    INSERT OR IGNORE INTO access_hourly_team (team_id, hour, data_class, outcome, events)
        SELECT NEW.team_id, hour, data_class, outcome, 0 FROM access_hourly WHERE agent_id = NEW.id;
    UPDATE access_hourly_team SET events = events + (
            SELECT h.events FROM access_hourly h WHERE h.hour = access_hourly_team.hour AND h.agent_id = NEW.id
            AND h.data_class = access_hourly_team.data_class AND h.outcome = access_hourly_team.outcome)
        WHERE team_id = NEW.team_id
          AND (hour, data_class, outcome) IN (SELECT hour, data_class, outcome FROM access_hourly WHERE agent_id = NEW.id);
END;
