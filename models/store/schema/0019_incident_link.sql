-- Schema version 19: related incidents (issue 17, point 3; docs/incidents-observables.md, "From evidence to incident").
--
-- A link says two incidents are related (the same agent, the same campaign of calls) without merging them; it is
-- symmetric, so it is kept once, the smaller id first, and read from either side. Who linked them, when and why stay on
-- the row; unlinking deletes it, and both incidents' timelines and the console audit keep that it was there.
CREATE TABLE incident_link (
    incident_a    INTEGER NOT NULL REFERENCES incident(id),
    incident_b    INTEGER NOT NULL REFERENCES incident(id),
    linked_at     INTEGER NOT NULL,
    linked_by     INTEGER REFERENCES supervisor(id),
    linked_actor  TEXT NOT NULL,
    reason        TEXT NOT NULL,
    PRIMARY KEY (incident_a, incident_b),
    CHECK (incident_a < incident_b)
) WITHOUT ROWID;
CREATE INDEX incident_link_b ON incident_link(incident_b);
