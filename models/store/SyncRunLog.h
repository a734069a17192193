#pragma once

#include "domain/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// The history of sync runs (sync_run) for the sync page and `custodian-cli sync`: when each started and ended,
// how it ended (ok, offline, error, cancelled; a run without an end was interrupted), what it moved and, when it
// did not end well, why. A run's row is written when it starts and completed when it ends, each in its own short
// transaction, so a killed run still shows.
class SyncRunLog
{
public:
    struct Run
    {
        qint64 id = 0;
        qint64 startedAt = 0;
        std::optional<qint64> finishedAt;
        QString outcome; // empty while running or when interrupted
        qint64 pulled = 0;
        qint64 pushed = 0;
        qint64 conflicts = 0;
        QString message;
    };

    explicit SyncRunLog(Database& database);

    [[nodiscard]] Result<qint64> start(qint64 at);
    [[nodiscard]] Status finish(const Run& run);
    // Newest first; the next page starts before the last id returned.
    [[nodiscard]] Result<std::vector<Run>> recent(int limit, std::optional<qint64> beforeId = std::nullopt);
    // The end of the last run that ended "ok".
    [[nodiscard]] Result<std::optional<qint64>> lastSuccessAt();

private:
    Database& m_database;
};

} // namespace custodian
