-- Schema version 5: the events a reviewer looks for first — exports, prints and bulk searches, and accesses that
-- were denied or failed — each get a partial index. They are rare (a few percent of the log), so the indexes are
-- small and cheap to keep at ingest, and a filter on them reads only matching rows, in time order (the rowid is
-- the index's last column), instead of scanning the log until enough rows pass (docs/performance.md).
-- Queries must repeat the WHERE clause word for word: SQLite 3.15 uses a partial index only when the query's
-- terms contain it.
CREATE INDEX access_event_notable_action ON access_event(action) WHERE action IN (4, 5, 8);
CREATE INDEX access_event_unsuccessful ON access_event(outcome) WHERE outcome <> 1;
