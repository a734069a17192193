-- Issue 16, point 3: training reminders pushed by consoles (kind "training.reminder", docs/sync-api.md). The
-- reminders themselves are the console schema's training_reminder rows (this store carries that schema too), dated by
-- the service's clock and carried to every console by the training_reminders stream. Beside each, its receipt: which
-- console (by key) and supervisor sent it, and the time the console said it was sent, kept as information.
CREATE TABLE IF NOT EXISTS central_training_reminder (
    reminder_id      INTEGER PRIMARY KEY REFERENCES training_reminder(id),
    supervisor_id    INTEGER NOT NULL REFERENCES supervisor(id),
    console_key      TEXT NOT NULL,
    console_sent_at  INTEGER NOT NULL,
    received_at      INTEGER NOT NULL
);
