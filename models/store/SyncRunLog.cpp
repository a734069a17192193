#include "store/SyncRunLog.h"

#include "store/Database.h"
#include "store/Transaction.h"

namespace custodian {

SyncRunLog::SyncRunLog(Database& database)
    : m_database(database)
{
}

Result<qint64> SyncRunLog::start(qint64 at)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    auto statement = m_database.prepare(QStringLiteral("INSERT INTO sync_run (started_at) VALUES (?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, at);
    if (auto status = statement->run(); !status)
        return status.error();
    const qint64 id = m_database.lastInsertRowId();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return id;
}

Status SyncRunLog::finish(const Run& run)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    auto statement = m_database.prepare(QStringLiteral("UPDATE sync_run SET finished_at = ?, outcome = ?, pulled = ?, "
                                                       "pushed = ?, conflicts = ?, message = ? WHERE id = ?"));
    if (!statement)
        return statement.error();
    statement->bindOptional(1, run.finishedAt)
        .bind(2, run.outcome)
        .bind(3, run.pulled)
        .bind(4, run.pushed)
        .bind(5, run.conflicts)
        .bind(6, run.message.left(2000))
        .bind(7, run.id);
    if (auto status = statement->run(); !status)
        return status;
    return transaction->commit();
}

Result<std::vector<SyncRunLog::Run>> SyncRunLog::recent(int limit, std::optional<qint64> beforeId)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT id, started_at, finished_at, outcome, pulled, pushed, conflicts, message FROM sync_run "
                       "WHERE id < ? ORDER BY id DESC LIMIT ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, beforeId.value_or(std::numeric_limits<qint64>::max())).bind(2, limit);
    std::vector<Run> runs;
    auto status = statement->forEachRow([&](const Statement& row) {
        Run run;
        run.id = row.int64(0);
        run.startedAt = row.int64(1);
        if (!row.isNull(2))
            run.finishedAt = row.int64(2);
        run.outcome = row.text(3);
        run.pulled = row.int64(4);
        run.pushed = row.int64(5);
        run.conflicts = row.int64(6);
        run.message = row.text(7);
        runs.push_back(std::move(run));
    });
    if (!status)
        return status.error();
    return runs;
}

Result<std::optional<qint64>> SyncRunLog::lastSuccessAt()
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT finished_at FROM sync_run WHERE outcome = 'ok' ORDER BY id DESC LIMIT 1"));
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row || statement->isNull(0))
        return std::optional<qint64>();
    return std::optional<qint64>(statement->int64(0));
}

} // namespace custodian
