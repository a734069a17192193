-- Issue 16, point 6: the certificate reference an auditor looks up for a completion (docs/training.md, "Evidence").
-- The central service fills it from the xAPI pull with the id of the statement that passed the module (docs/xapi.md,
-- "Certificate reference"): the LRS finds that statement by id. NULL for a failed or unfinished attempt, for a
-- completion made before this version, and for one whose statement was voided. The `training` sync stream carries it
-- (docs/sync-api.md), a nullable field an older service leaves out.
ALTER TABLE training_record ADD COLUMN certificate_ref TEXT;
