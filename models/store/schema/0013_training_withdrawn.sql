-- Schema version 13: a training record withdrawn by its learning record store (issue 16, point 5; docs/xapi.md,
-- "Voiding"). A completion that arrived without an open assignment made a record of its own; when the LRS voids that
-- statement, the record was never an assignment either — yet the sync contract has no deletions, and a cleared row
-- would read as an assignment due when the voided completion happened: overdue, for training nobody assigned. The
-- central service marks such a record withdrawn instead; the `training` stream carries the mark, and every reader of
-- assignments and attempts leaves withdrawn records out. NULL: the record stands.
ALTER TABLE training_record ADD COLUMN withdrawn_at INTEGER;
