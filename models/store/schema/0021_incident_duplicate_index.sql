-- Schema version 21: the incidents merged into (closed as duplicates of) an incident, read with its detail
-- (IncidentLinkRepository::connectionsOf; docs/incidents-observables.md, "Related incidents"). Without it the detail of
-- one incident would scan every incident for `duplicate_of`; partial, since almost no incident is a duplicate.
CREATE INDEX incident_duplicate_of ON incident(duplicate_of) WHERE duplicate_of IS NOT NULL;
