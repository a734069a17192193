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

-- An agent's (or a team's) hours: the chart and the query planner's estimates for agent filters.
CREATE INDEX access_hourly_agent ON access_hourly(agent_id, hour);

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
