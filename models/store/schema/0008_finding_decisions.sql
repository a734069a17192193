-- Schema version 8: accountable decisions on findings (issue #15, point 3).
-- An escalation goes to a named supervisor (it becomes an incident once incidents exist, issue #17), and every
-- decision says who made it. status_by names a supervisor only when this console knows which one it is (after a
-- sync) or the central service said so; status_actor always holds the console-audit actor of a decision made here,
-- or the deciding supervisor's user name from the central service, so that "who" is never blank for a new decision.
ALTER TABLE finding ADD COLUMN escalated_to INTEGER REFERENCES supervisor(id);
ALTER TABLE finding ADD COLUMN status_actor TEXT;
