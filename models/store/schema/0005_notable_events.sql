-- Schema version 5: the events a reviewer looks for first — exports, prints and bulk searches, and accesses that
-- were denied or failed — listed in a table of their own, in time order (the id is the event's). They are a few
-- percent of the log, so a filter on them reads only these rows instead of scanning the log until enough rows
-- pass. AccessEventWriter adds them at ingest. Partial indexes on access_event would do the same, but SQLite opens a
-- cursor on every index of the table for every insert, rare or not: two partial indexes cost a quarter of the
-- ingest rate, these rows about nothing (docs/performance.md).
CREATE TABLE access_notable (
    id       INTEGER PRIMARY KEY,   -- access_event(id)
    action   INTEGER NOT NULL,
    outcome  INTEGER NOT NULL
);

INSERT INTO access_notable (id, action, outcome)
    SELECT id, action, outcome FROM access_event WHERE action IN (4, 5, 8) OR outcome <> 1;
