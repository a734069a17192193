#include "store/SyncConflicts.h"

#include "domain/Clock.h"
#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/FindingRepository.h"
#include "store/SyncCatalogue.h"
#include "store/SyncItemWriter.h"
#include "store/Transaction.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace custodian {

namespace {
// The server's finding decision as the 409 body's "current" holds it.
Status takeFinding(Database& database, qint64 findingId, const QJsonObject& theirs)
{
    auto key = database.prepare(QStringLiteral("SELECT dedupe_key FROM finding WHERE id = ?"));
    if (!key)
        return key.error();
    key->bind(1, findingId);
    auto row = key->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::NotFound, SyncConflicts::tr("The finding of this conflict no longer exists."));
    FindingRepository::ServerStatus status;
    status.dedupeKey = key->text(0);
    status.status = FindingStatus(std::clamp(theirs.value(QStringLiteral("status")).toInt(1), 1, 4));
    status.reason = theirs.value(QStringLiteral("reason")).toString();
    status.by = theirs.value(QStringLiteral("by")).toString();
    status.at = theirs.value(QStringLiteral("at")).toInteger();
    status.version = theirs.value(QStringLiteral("version")).toInteger();
    status.escalatedTo = theirs.value(QStringLiteral("to")).toString();
    FindingRepository findings(database);
    auto applied = findings.applyServerStatus(status, true);
    if (!applied)
        return applied.error();
    return {};
}

Status takeSettings(Database& database, const QJsonObject& theirs)
{
    const QJsonObject values = theirs.value(QStringLiteral("values")).toObject();
    auto statement
        = database.prepare(QStringLiteral("INSERT OR REPLACE INTO detection_setting (key, value) VALUES (?, ?)"));
    if (!statement)
        return statement.error();
    for (auto it = values.begin(); it != values.end(); ++it) {
        statement->bind(1, it.key()).bind(2, QString::number(it.value().toInteger()));
        if (auto status = statement->run(); !status)
            return status;
    }
    return database.exec(QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES "
                                        "('sync.detection_settings_version', '%1')")
                             .arg(theirs.value(QStringLiteral("version")).toInteger()));
}
// The service's item as the 409 body's "current" holds it (an assignment, a review campaign or item): written as a
// pull of its stream would write it (checked field by field; an assignment's history replaces the local lines).
Status takeItem(Database& database, const char* streamName, const char* type, const QJsonObject& theirs)
{
    const SyncCatalogue::Stream* stream = SyncCatalogue::stream(QString::fromLatin1(streamName));
    if (!stream)
        return Error(Error::Code::NotFound,
                     SyncConflicts::tr("This console has no %1 stream.").arg(QLatin1String(streamName)));
    QCborMap item = QCborValue::fromJsonValue(theirs).toMap();
    item.insert(QLatin1String("type"), QLatin1String(type));
    SyncItemWriter writer(database);
    auto applied = writer.apply(*stream, QCborArray { item });
    if (!applied)
        return applied.error().prefixed(SyncConflicts::tr("The central service's version cannot be taken"));
    return {};
}
} // namespace

SyncConflicts::SyncConflicts(Database& database)
    : m_database(database)
{
}

Result<std::vector<SyncConflicts::Conflict>> SyncConflicts::open()
{
    auto statement = m_database.prepare(QStringLiteral(
        "SELECT c.id, c.outbox_id, o.kind, coalesce(o.entity_id, 0), o.payload, c.server_payload, c.server_version, "
        "c.detected_at, f.summary, a.display_name, a.employee_no, ra_agent.display_name, ra_agent.employee_no, "
        "ra_role.name, rc.name, inc.reference, inc.title FROM sync_conflict c JOIN sync_outbox o ON o.id = c.outbox_id "
        "LEFT JOIN finding f ON o.kind = 'finding.status' AND f.id = o.entity_id LEFT JOIN agent a ON a.id = "
        "f.agent_id "
        "LEFT JOIN review_item ri ON o.kind = 'review.decision' AND ri.id = o.entity_id "
        "LEFT JOIN role_assignment ra ON ra.id = CASE WHEN o.kind = 'assignment.change' THEN o.entity_id "
        "ELSE ri.assignment_id END "
        "LEFT JOIN agent ra_agent ON ra_agent.id = ra.agent_id LEFT JOIN role ra_role ON ra_role.id = ra.role_id "
        "LEFT JOIN review_campaign rc ON o.kind = 'review.campaign' AND rc.id = o.entity_id "
        "LEFT JOIN incident inc ON o.kind = 'incident.change' AND inc.id = o.entity_id "
        "WHERE c.resolved_at IS NULL ORDER BY c.id"));
    if (!statement)
        return statement.error();
    std::vector<Conflict> conflicts;
    auto status = statement->forEachRow([&](const Statement& row) {
        Conflict conflict;
        conflict.id = row.int64(0);
        conflict.outboxId = row.int64(1);
        conflict.kind = row.text(2);
        conflict.entityId = row.int64(3);
        conflict.mine = row.text(4);
        conflict.theirs = row.text(5);
        if (!row.isNull(6))
            conflict.serverVersion = row.int64(6);
        conflict.detectedAt = row.int64(7);
        // An assignment (or a review item on one) by its role and agent, a campaign by its name: the ids are the
        // fallback for a row the store no longer has.
        const QString assignment = row.isNull(11) || row.isNull(13)
            ? QString()
            : tr("%1 for %2 (%3)").arg(row.text(13), row.text(11), row.text(12));
        if (conflict.kind == QLatin1String("finding.status"))
            conflict.entityLabel
                = row.isNull(9) ? row.text(8) : tr("%1 — %2 (%3)").arg(row.text(8), row.text(9), row.text(10));
        else if (conflict.kind == QLatin1String("detection.settings"))
            conflict.entityLabel = tr("Detection thresholds");
        else if (conflict.kind == QLatin1String("assignment.change"))
            conflict.entityLabel = assignment.isEmpty() ? tr("Role assignment %1").arg(conflict.entityId)
                                                        : tr("Role assignment: %1").arg(assignment);
        else if (conflict.kind == QLatin1String("review.decision"))
            conflict.entityLabel = assignment.isEmpty() ? tr("Review item %1").arg(conflict.entityId)
                                                        : tr("Review item: %1").arg(assignment);
        else if (conflict.kind == QLatin1String("review.campaign"))
            conflict.entityLabel = row.isNull(14) ? tr("Review campaign %1").arg(conflict.entityId)
                                                  : tr("Review campaign \"%1\"").arg(row.text(14));
        else if (conflict.kind == QLatin1String("incident.change"))
            conflict.entityLabel = row.isNull(15) ? tr("Incident %1").arg(conflict.entityId)
                                                  : tr("Incident %1 “%2”").arg(row.text(15), row.text(16));
        else
            conflict.entityLabel = conflict.kind;
        conflicts.push_back(std::move(conflict));
    });
    if (!status)
        return status.error();
    return conflicts;
}

Result<qint64> SyncConflicts::openCount()
{
    return m_database.queryInt(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL"));
}

Status SyncConflicts::resolve(qint64 conflictId, Resolution resolution, const QString& actor, qint64 atMs)
{
    const qint64 at = atMs < 0 ? Clock::nowMs() : atMs;
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    auto found = m_database.prepare(
        QStringLiteral("SELECT c.outbox_id, o.kind, o.entity_id, o.base_version, c.server_version, c.server_payload "
                       "FROM sync_conflict "
                       "c JOIN sync_outbox o ON o.id = c.outbox_id WHERE c.id = ? AND c.resolved_at IS NULL"));
    if (!found)
        return found.error();
    found->bind(1, conflictId);
    auto row = found->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::NotFound, tr("Conflict %1 does not exist or is resolved already.").arg(conflictId));
    const qint64 outboxId = found->int64(0);
    const QString kind = found->text(1);
    const std::optional<qint64> entityId = found->isNull(2) ? std::nullopt : std::optional<qint64>(found->int64(2));
    const std::optional<qint64> oldBase = found->isNull(3) ? std::nullopt : std::optional<qint64>(found->int64(3));
    const std::optional<qint64> serverVersion
        = found->isNull(4) ? std::nullopt : std::optional<qint64>(found->int64(4));
    const QJsonObject theirs = QJsonDocument::fromJson(found->text(5).toUtf8()).object();
    found->reset();

    if (resolution == Resolution::KeepMine) {
        auto requeue = m_database.prepare(QStringLiteral(
            "UPDATE sync_outbox SET state = 'queued', idempotency_key = ?, base_version = ?, next_attempt_at = 0, "
            "last_error = NULL WHERE id = ?"));
        if (!requeue)
            return requeue.error();
        requeue->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bindOptional(2, serverVersion)
            .bind(3, outboxId);
        if (auto status = requeue->run(); !status)
            return status;
        auto rebase = m_database.prepare(QStringLiteral("UPDATE sync_outbox SET base_version = ? WHERE state = "
                                                        "'queued' AND kind = ? AND entity_id IS ? AND id > ? AND "
                                                        "base_version IS ?"));
        if (!rebase)
            return rebase.error();
        rebase->bindOptional(1, serverVersion)
            .bind(2, kind)
            .bindOptional(3, entityId)
            .bind(4, outboxId)
            .bindOptional(5, oldBase);
        if (auto status = rebase->run(); !status)
            return status;
    } else {
        auto withdraw = m_database.prepare(QStringLiteral("UPDATE sync_outbox SET state = 'rejected', last_error = ? "
                                                          "WHERE state = 'queued' AND kind = ? AND entity_id "
                                                          "IS ? AND id > ?"));
        if (!withdraw)
            return withdraw.error();
        withdraw->bind(1, tr("Withdrawn: the central service's version was taken when a conflict was resolved."))
            .bind(2, kind)
            .bindOptional(3, entityId)
            .bind(4, outboxId);
        if (auto status = withdraw->run(); !status)
            return status;
    }
    auto resolved
        = m_database.prepare(QStringLiteral("UPDATE sync_conflict SET resolved_at = ?, resolution = ? WHERE id = ?"));
    if (!resolved)
        return resolved.error();
    const QString name
        = resolution == Resolution::KeepMine ? QStringLiteral("keep_mine") : QStringLiteral("take_theirs");
    resolved->bind(1, at).bind(2, name).bind(3, conflictId);
    if (auto status = resolved->run(); !status)
        return status;
    // Taken after the conflict is marked resolved: until then a pulled copy of the entity is held back
    // (SyncCatalogue::ItemType::localChangeKind), and so would the service's value be.
    if (resolution == Resolution::TakeTheirs) {
        Status taken = kind == QLatin1String("finding.status") && entityId ? takeFinding(m_database, *entityId, theirs)
            : kind == QLatin1String("detection.settings")                  ? takeSettings(m_database, theirs)
            : kind == QLatin1String("assignment.change") ? takeItem(m_database, "assignments", "assignment", theirs)
            : kind == QLatin1String("review.decision")   ? takeItem(m_database, "reviews", "review_item", theirs)
            : kind == QLatin1String("review.campaign")   ? takeItem(m_database, "reviews", "review_campaign", theirs)
            : kind == QLatin1String("incident.change")   ? takeItem(m_database, "incidents", "incident", theirs)
                                                         : Status();
        if (!taken)
            return taken;
    }
    QJsonObject detail { { QStringLiteral("resolution"), name },
                         { QStringLiteral("kind"), kind },
                         { QStringLiteral("conflict"), conflictId } };
    if (serverVersion)
        detail.insert(QStringLiteral("server_version"), *serverVersion);
    const QString target = kind == QLatin1String("finding.status") && entityId
        ? QStringLiteral("finding:%1").arg(*entityId)
        : kind == QLatin1String("assignment.change") && entityId ? QStringLiteral("assignment:%1").arg(*entityId)
        : kind == QLatin1String("review.decision") && entityId   ? QStringLiteral("review_item:%1").arg(*entityId)
        : kind == QLatin1String("review.campaign") && entityId   ? QStringLiteral("review:%1").arg(*entityId)
        : kind == QLatin1String("incident.change") && entityId   ? QStringLiteral("incident:%1").arg(*entityId)
                                                                 : kind;
    if (auto seq = ConsoleAudit::append(m_database,
                                        { actor, QStringLiteral("sync.conflict.resolved"), target,
                                          QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)) },
                                        at);
        !seq)
        return seq.error();
    return transaction->commit();
}

} // namespace custodian
