-- Schema version 18: the Incidents page's list (issue 17, point 1; docs/incidents.md, "The Incidents page").
--
-- The list shows the newest incidents first and stops at a page of rows. With this index SQLite walks incident by
-- opened_at from the newest end and stops as soon as the page is full, testing each row against the filter on the
-- way; without it, every incident (100 000 in the largest demo) would be read and sorted before the first row came.
-- The open incidents, which the page shows by default, are the recent ones, so the walk ends after a few hundred rows.
CREATE INDEX incident_opened ON incident(opened_at, id);
