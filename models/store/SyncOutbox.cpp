#include "store/SyncOutbox.h"

#include "domain/Clock.h"
#include "store/Database.h"
#include "store/RoleAssignmentRepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace custodian {

SyncOutbox::SyncOutbox(Database& database)
    : m_database(database)
{
}

Status SyncOutbox::enqueue(Database& database, const QString& kind, std::optional<qint64> entityId,
                           std::optional<qint64> baseVersion, const QJsonObject& payload, qint64 at)
{
    auto statement = database.prepare(
        QStringLiteral("INSERT INTO sync_outbox (idempotency_key, kind, entity_id, base_version, payload, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(2, kind)
        .bindOptional(3, entityId)
        .bindOptional(4, baseVersion)
        .bind(5, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        .bind(6, at);
    return statement->run();
}

Result<std::vector<SyncOutbox::Entry>> SyncOutbox::due(qint64 now, int limit)
{
    auto statement = m_database.prepare(QStringLiteral(
        "SELECT o.id, o.idempotency_key, o.kind, coalesce(o.entity_id, 0), o.base_version, o.payload, o.created_at, "
        "o.attempts FROM sync_outbox o WHERE o.state = 'queued' AND o.next_attempt_at <= ? AND NOT EXISTS (SELECT 1 "
        "FROM sync_outbox p JOIN sync_conflict c ON c.outbox_id = p.id AND c.resolved_at IS NULL WHERE p.kind = o.kind "
        "AND p.entity_id IS o.entity_id AND p.state = 'conflict') AND NOT EXISTS (SELECT 1 FROM sync_outbox e WHERE "
        "e.state = 'queued' AND e.kind = o.kind AND e.entity_id IS o.entity_id AND e.id < o.id AND e.next_attempt_at "
        "> ?) AND NOT (o.kind = 'review.decision' AND EXISTS (SELECT 1 FROM sync_outbox c WHERE c.kind = "
        "'review.campaign' AND c.state IN ('queued', 'conflict') AND c.id < o.id)) AND NOT (o.kind = "
        "'incident.change' AND EXISTS (SELECT 1 FROM sync_outbox n WHERE n.kind = 'incident.change' AND n.entity_id "
        "<> o.entity_id AND n.id < o.id AND (n.state = 'queued' OR (n.state = 'conflict' AND EXISTS (SELECT 1 FROM "
        "sync_conflict c WHERE c.outbox_id = n.id AND c.resolved_at IS NULL))) AND (instr(o.payload, '\"from\":' || "
        "n.entity_id || ',') > 0 OR instr(o.payload, '\"duplicate_of\":' || n.entity_id || ',') > 0))) ORDER BY "
        "o.id LIMIT ?"));
    if (!statement)
        return statement.error();
    // A change waiting out its retry delay holds back the later changes of the same thing: they were made on top of
    // it and must reach the service after it. Changes of other things go on, except review decisions, which wait for
    // every earlier campaign entry: the service must hold a campaign before it takes decisions on its items; and an
    // incident change that names another incident (a merge's "from", a closure's "duplicate_of"; the payload is compact
    // JSON with sorted keys, so a comma follows either) waits for that incident's earlier changes, its opening first.
    statement->bind(1, now).bind(2, now).bind(3, limit);
    std::vector<Entry> entries;
    auto status = statement->forEachRow([&](const Statement& row) {
        Entry entry;
        entry.id = row.int64(0);
        entry.key = row.text(1);
        entry.kind = row.text(2);
        entry.entityId = row.int64(3);
        if (!row.isNull(4))
            entry.baseVersion = row.int64(4);
        entry.payload = row.text(5);
        entry.createdAt = row.int64(6);
        entry.attempts = int(row.int64(7));
        entries.push_back(std::move(entry));
    });
    if (!status)
        return status.error();
    return entries;
}

Result<qint64> SyncOutbox::waiting()
{
    return m_database.queryInt(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'queued'"));
}

Result<QString> SyncOutbox::wireEntity(const Entry& entry)
{
    if (entry.kind == QLatin1String("detection.settings"))
        return QStringLiteral("detection_settings");
    if (entry.kind == QLatin1String("finding.status")) {
        auto statement = m_database.prepare(QStringLiteral("SELECT dedupe_key FROM finding WHERE id = ?"));
        if (!statement)
            return statement.error();
        statement->bind(1, entry.entityId);
        auto row = statement->step();
        if (!row)
            return row.error();
        return *row ? statement->text(0) : QString();
    }
    if (entry.kind == QLatin1String("assignment.change")) {
        const QJsonObject payload = QJsonDocument::fromJson(entry.payload.toUtf8()).object();
        if (payload.value(QLatin1String("action")).toString() == QLatin1String("request"))
            return QStringLiteral("request:%1").arg(payload.value(QLatin1String("request_id")).toString());
        return entry.entityId > 0 ? QString::number(entry.entityId) : QString();
    }
    // Campaigns and their items, and training reminders, keep the ids their console chose (ReviewCampaign,
    // TrainingReminder).
    if (entry.kind == QLatin1String("review.campaign") || entry.kind == QLatin1String("review.decision")
        || entry.kind == QLatin1String("training.reminder"))
        return QString::number(entry.entityId);
    // Incidents too (IncidentRepository::newId); a change of an incident this store no longer holds is not sent.
    if (entry.kind == QLatin1String("incident.change")) {
        auto held = m_database.prepare(QStringLiteral("SELECT 1 FROM incident WHERE id = ?"));
        if (!held)
            return held.error();
        held->bind(1, entry.entityId);
        auto row = held->step();
        if (!row)
            return row.error();
        return *row ? QString::number(entry.entityId) : QString();
    }
    return QString();
}

Status SyncOutbox::markSent(const Entry& entry, qint64 version, std::optional<qint64> centralId)
{
    auto sent
        = m_database.prepare(QStringLiteral("UPDATE sync_outbox SET state = 'sent', last_error = NULL, attempts = "
                                            "attempts + 1 WHERE id = ?"));
    if (!sent)
        return sent.error();
    sent->bind(1, entry.id);
    if (auto status = sent->run(); !status)
        return status;
    // Later changes of the entity made on top of this one were based on the same version: they follow it now.
    auto rebase = m_database.prepare(
        QStringLiteral("UPDATE sync_outbox SET base_version = ? WHERE state = 'queued' AND kind = ? AND entity_id IS ? "
                       "AND id > ? AND base_version IS ?"));
    if (!rebase)
        return rebase.error();
    rebase->bind(1, version).bind(2, entry.kind);
    if (entry.entityId)
        rebase->bind(3, entry.entityId);
    else
        rebase->bindNull(3);
    rebase->bind(4, entry.id).bindOptional(5, entry.baseVersion);
    if (auto status = rebase->run(); !status)
        return status;
    // The entity learns the version its decision has on the central service.
    auto learn = [&](const char* table, qint64 id) -> Status {
        auto statement = m_database.prepare(
            QStringLiteral("UPDATE %1 SET server_version = ? WHERE id = ? AND (server_version IS NULL OR "
                           "server_version < ?)")
                .arg(QLatin1String(table)));
        if (!statement)
            return statement.error();
        statement->bind(1, version).bind(2, id).bind(3, version);
        return statement->run();
    };
    if (entry.kind == QLatin1String("finding.status"))
        return learn("finding", entry.entityId);
    if (entry.kind == QLatin1String("review.campaign"))
        return learn("review_campaign", entry.entityId);
    if (entry.kind == QLatin1String("review.decision"))
        return learn("review_item", entry.entityId);
    if (entry.kind == QLatin1String("incident.change"))
        return learn("incident", entry.entityId);
    if (entry.kind == QLatin1String("detection.settings"))
        return m_database.exec(QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES "
                                              "('sync.detection_settings_version', '%1')")
                                   .arg(version));
    if (entry.kind == QLatin1String("assignment.change")) {
        qint64 id = entry.entityId;
        if (id < 0 && centralId && *centralId > 0) {
            if (auto status
                = RoleAssignmentRepository(m_database, RoleAssignmentRepository::Ids::Local).renumber(id, *centralId);
                !status)
                return status;
            id = *centralId;
        }
        return learn("role_assignment", id);
    }
    return {};
}

Status SyncOutbox::markRejected(const Entry& entry, const QString& message)
{
    auto statement = m_database.prepare(QStringLiteral(
        "UPDATE sync_outbox SET state = 'rejected', last_error = ?, attempts = attempts + 1 WHERE id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, message.left(2000)).bind(2, entry.id);
    if (auto status = statement->run(); !status)
        return status;
    if (entry.kind == QLatin1String("assignment.change") && entry.entityId < 0) {
        // The service never accepted this assignment: it ends here too, and so do the changes queued on top of it.
        auto end = m_database.prepare(QStringLiteral("UPDATE role_assignment SET status = 3, ended_at = ?1, end_reason "
                                                     "= ?2, version = version + 1 WHERE id = ?3 "
                                                     "AND status IN (1, 2)"));
        if (!end)
            return end.error();
        const QString reason = QStringLiteral("Refused by the central service: %1").arg(message.left(1900));
        const qint64 now = Clock::nowMs();
        end->bind(1, now).bind(2, reason).bind(3, entry.entityId);
        if (auto status = end->run(); !status)
            return status;
        if (m_database.changes() == 1) {
            RoleAssignmentChange line;
            line.assignmentId = entry.entityId;
            line.changedAt = now;
            line.change = QStringLiteral("rejected");
            line.reason = reason;
            line.newStatus = AssignmentStatus::Rejected;
            if (auto status
                = RoleAssignmentRepository(m_database, RoleAssignmentRepository::Ids::Local).addChange(line);
                !status)
                return status;
        }
        auto later = m_database.prepare(QStringLiteral(
            "UPDATE sync_outbox SET state = 'rejected', last_error = ? WHERE state = 'queued' AND kind = "
            "'assignment.change' AND entity_id = ? AND id > ?"));
        if (!later)
            return later.error();
        later->bind(1, reason).bind(2, entry.entityId).bind(3, entry.id);
        return later->run();
    }
    return {};
}

Status SyncOutbox::markConflict(const Entry& entry, std::optional<qint64> serverVersion, const QString& serverPayload,
                                qint64 now)
{
    auto mark = m_database.prepare(QStringLiteral(
        "UPDATE sync_outbox SET state = 'conflict', last_error = NULL, attempts = attempts + 1 WHERE id = ?"));
    if (!mark)
        return mark.error();
    mark->bind(1, entry.id);
    if (auto status = mark->run(); !status)
        return status;
    auto conflict = m_database.prepare(QStringLiteral(
        "INSERT INTO sync_conflict (outbox_id, detected_at, server_version, server_payload) VALUES (?, ?, ?, ?)"));
    if (!conflict)
        return conflict.error();
    conflict->bind(1, entry.id).bind(2, now).bindOptional(3, serverVersion).bind(4, serverPayload);
    return conflict->run();
}

Status SyncOutbox::markRetry(const Entry& entry, qint64 nextAttemptAt, const QString& message)
{
    auto statement = m_database.prepare(QStringLiteral(
        "UPDATE sync_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, nextAttemptAt).bind(2, message.left(2000)).bind(3, entry.id);
    return statement->run();
}

} // namespace custodian
