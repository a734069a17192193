#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// Changes the central service refused with 409 because someone changed the same thing first (sync_conflict), and
// their resolution by a supervisor, each in one transaction with its console-audit entry ("sync.conflict.resolved"):
//  * keep mine — the change is queued again in its place, now based on the server's version (with a new
//    idempotency key: the old one has its answer), and later changes of the entity follow it;
//  * take theirs — the server's value replaces this console's (the finding's decision, the thresholds, an incident
//    with its tasks and timeline), and later local changes of the entity, made on top of the value just given up, are
//    withdrawn.
class SyncConflicts
{
    Q_DECLARE_TR_FUNCTIONS(SyncConflicts)

public:
    enum class Resolution { KeepMine, TakeTheirs };

    struct Conflict
    {
        qint64 id = 0;
        qint64 outboxId = 0;
        QString kind;
        qint64 entityId = 0;
        QString entityLabel; // what a supervisor recognises: "Off-hours access — Ana Lima (E104123)"
        QString mine; // JSON payload of this console's change
        QString theirs; // JSON of the server's current value
        std::optional<qint64> serverVersion;
        qint64 detectedAt = 0;
    };

    explicit SyncConflicts(Database& database);

    [[nodiscard]] Result<std::vector<Conflict>> open();
    [[nodiscard]] Result<qint64> openCount();
    // NotFound for an unknown or already resolved conflict.
    [[nodiscard]] Status resolve(qint64 conflictId, Resolution resolution, const QString& actor, qint64 atMs = -1);

private:
    Database& m_database;
};

} // namespace custodian
