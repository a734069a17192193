-- Schema version 20: the Incidents page's list filtered by owner (issue 17, point 1; docs/incidents.md, "The
-- Incidents page").
--
-- incident_opened (schema 18) lets the list stop after a page of rows, but a filter on one owner walks it past every
-- incident of everyone else: a supervisor who holds few incidents of 100 000 read nearly all of them (200 ms). This
-- index holds each owner's incidents (and the unassigned ones, under NULL) newest last, so "Owner: me" and
-- "Unassigned" walk only their own incidents, in the list's order, and sort nothing.
CREATE INDEX incident_assignee_opened ON incident(assignee_id, opened_at, id);
