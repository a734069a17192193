-- Schema version 8: full card numbers leave the console (issue #13, defect 2; docs/security-notes.md "Where full card
-- numbers exist"). Number 7 is another change's; the migrator applies the scripts in name order.
-- A card record keeps its masked form (BIN + last 4). Its sealed number is dropped, and so is its token: an HMAC under
-- this console's own key, which beside BIN + last 4 gives the number back to anyone with the store by trying the
-- ~10^6 middle digits. A random value stands in for it (the column is unique and required) until the next pull brings
-- the central service's token, so the records cursor starts again. SECURE_DELETE is compiled in, so the cells
-- rewritten here are overwritten, and SchemaMigrator checkpoints the WAL after migrating.
-- The central service's store runs the same scripts and is where card numbers belong: it is told apart by its
-- central tables (SqlCentralRepository) and left as it is.
UPDATE customer_record SET sealed_value = NULL, token = randomblob(32)
 WHERE (kind = 'card' OR data_class = 2)
   AND NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'central_meta');
DELETE FROM sync_cursor
 WHERE stream = 'records'
   AND NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'central_meta');
