-- Issue 15, point 3: an escalation names the supervisor it goes to (by user name, as `decided_by` names who decided),
-- so that every console shows whom the finding was handed to. NULL for any other decision.
ALTER TABLE central_finding ADD COLUMN escalated_to TEXT;
