-- Schema version 8: accountable decisions on findings (issue #15, point 3).
-- An escalation goes to a named supervisor (it becomes an incident once incidents exist, issue #17), and every
-- decision says who made it. status_by names a supervisor only when this console knows which one it is (after a
-- sync) or the central service said so; status_actor always holds the console-audit actor of a decision made here,
-- or the deciding supervisor's user name from the central service, so that "who" is never blank for a new decision.
ALTER TABLE finding ADD COLUMN escalated_to INTEGER REFERENCES supervisor(id);
ALTER TABLE finding ADD COLUMN status_actor TEXT;
-- Decisions made here before this version: their console-audit entry says who (same finding, same time). A decision
-- pulled from the central service has the service's time, matches none, and keeps status_by as it was.
UPDATE finding
   SET status_actor = (SELECT c.actor FROM console_audit c
                        WHERE c.action = 'finding.status' AND c.target = 'finding:' || finding.id
                          AND c.at = finding.status_at
                        ORDER BY c.seq DESC LIMIT 1)
 WHERE status_at IS NOT NULL AND status_by IS NULL;
-- A pulled escalation for a finding not detected here yet keeps its recipient (a user name) until it is adopted.
ALTER TABLE finding_remote_status ADD COLUMN escalated_to TEXT;
