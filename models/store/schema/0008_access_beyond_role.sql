-- Schema version 8: the seventh detection, access beyond role (docs/detections.md): an agent successfully opened a
-- data class that no role they held at that instant grants. Findings of it sync like the others: their decisions
-- travel by dedupe key, which the central service keeps as text whatever the kind.
INSERT INTO finding_kind VALUES (7, 'access_beyond_role');
