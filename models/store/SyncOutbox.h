#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// The console's changes waiting for the central service (sync_outbox), in the order they were made. Written by the
// change itself in its own transaction (FindingWorkflow, DetectionSettings), read and marked here by the sync engine:
// sent with the version the server gave (the entity learns it, and later changes of the same entity that were based
// on the same version are rebased onto it), refused, in conflict (with the server's current value, for the
// supervisor to resolve: SyncConflicts), or to retry later. Every mark runs inside the caller's transaction.
class SyncOutbox
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString key; // idempotency key
        QString kind; // finding.status, detection.settings, ...
        qint64 entityId = 0; // local id (0: none, e.g. the detection settings)
        std::optional<qint64> baseVersion;
        QString payload; // JSON object, the wire's payload
        qint64 createdAt = 0;
        int attempts = 0;
    };

    explicit SyncOutbox(Database& database);

    // Queues a change for the central service, inside the change's own transaction: a new idempotency key, the
    // entity's local id (none: a singleton such as the detection settings), the service's version the change was
    // made against (none: the service has not seen the entity), and the wire payload.
    [[nodiscard]] static Status enqueue(Database& database, const QString& kind, std::optional<qint64> entityId,
                                        std::optional<qint64> baseVersion, const QJsonObject& payload, qint64 at);

    // Entries to push now, oldest first: queued, due, and not of an entity whose earlier change is in an unresolved
    // conflict (the supervisor decides that first).
    [[nodiscard]] Result<std::vector<Entry>> due(qint64 now, int limit);
    [[nodiscard]] Result<qint64> waiting();
    // The entity as the wire names it: a finding's key, "detection_settings", an assignment's central id,
    // "request:<uuid>" for a new assignment, or the id of a campaign, review item, reminder or incident. Empty when the
    // entity is gone (or, for an assignment, when the service has never accepted it).
    [[nodiscard]] Result<QString> wireEntity(const Entry& entry);

    // `centralId`: the id the service gave a new entity (an assignment request), which the local row takes.
    [[nodiscard]] Status markSent(const Entry& entry, qint64 version, std::optional<qint64> centralId = std::nullopt);
    // A refused assignment request also ends the local assignment (rejected, with the service's message), so that
    // nothing on this console stays in force that the service does not hold.
    [[nodiscard]] Status markRejected(const Entry& entry, const QString& message);
    [[nodiscard]] Status markConflict(const Entry& entry, std::optional<qint64> serverVersion,
                                      const QString& serverPayload, qint64 now);
    [[nodiscard]] Status markRetry(const Entry& entry, qint64 nextAttemptAt, const QString& message);

private:
    Database& m_database;
};

} // namespace custodian
