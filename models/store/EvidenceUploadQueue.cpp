#include "store/EvidenceUploadQueue.h"

#include "domain/Clock.h"
#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/EvidenceRegister.h"
#include "store/Transaction.h"

#include <QJsonObject>
#include <QUuid>

#include <functional>

namespace custodian {

namespace {
const QString Columns = QStringLiteral(
    "u.item_id, i.incident_id, u.key, u.state, u.chunks_held, i.chunk_count, u.attempts, u.next_attempt_at, "
    "coalesce(u.message, ''), u.queued_at, u.verified_at, u.central_id");

EvidenceUploadQueue::Upload readUpload(const Statement& row)
{
    EvidenceUploadQueue::Upload upload;
    upload.itemId = row.int64(0);
    upload.incidentId = row.int64(1);
    upload.key = row.text(2);
    upload.state = EvidenceUploadQueue::stateFromName(row.text(3)).value_or(EvidenceUploadQueue::State::Queued);
    upload.chunksHeld = row.int64(4);
    upload.chunkCount = row.int64(5);
    upload.attempts = int(row.int64(6));
    upload.nextAttemptAt = row.int64(7);
    upload.message = row.text(8);
    upload.queuedAt = row.int64(9);
    if (!row.isNull(10))
        upload.verifiedAt = row.int64(10);
    if (!row.isNull(11))
        upload.centralId = row.int64(11);
    return upload;
}

Status inTransaction(Database& database, const std::function<Status()>& write)
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    if (auto status = write(); !status)
        return status;
    return transaction->commit();
}
} // namespace

qint64 EvidenceUploadQueue::retryDelayMs(int attempts)
{
    return std::min<qint64>(15 * 60'000, 5000ll << std::min(attempts, 8));
}

QString EvidenceUploadQueue::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Uploading:
        return QStringLiteral("uploading");
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Verified:
        return QStringLiteral("verified");
    case State::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<EvidenceUploadQueue::State> EvidenceUploadQueue::stateFromName(const QString& name)
{
    for (State state : { State::Queued, State::Uploading, State::Waiting, State::Verified, State::Refused }) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

Status EvidenceUploadQueue::enqueue(Database& database, qint64 itemId, qint64 atMs)
{
    auto insert = database.prepare(
        QStringLiteral("INSERT INTO evidence_upload (item_id, key, state, queued_at) VALUES (?, ?, 'queued', ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, itemId).bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(3, atMs);
    return insert->run();
}

Result<std::vector<EvidenceUploadQueue::Upload>> EvidenceUploadQueue::due(Database& database, qint64 nowMs, int limit)
{
    auto select = database.prepare(
        QStringLiteral("SELECT %1 FROM evidence_upload u JOIN evidence_item i ON i.id = u.item_id "
                       "WHERE u.state IN ('queued', 'uploading', 'waiting') AND u.next_attempt_at <= ? "
                       "ORDER BY u.queued_at, u.item_id LIMIT ?")
            .arg(Columns));
    if (!select)
        return select.error();
    select->bind(1, nowMs).bind(2, limit);
    std::vector<Upload> uploads;
    if (auto status = select->forEachRow([&](const Statement& row) { uploads.push_back(readUpload(row)); }); !status)
        return status.error();
    return uploads;
}

Result<std::optional<EvidenceUploadQueue::Upload>> EvidenceUploadQueue::upload(Database& database, qint64 itemId)
{
    auto select = database.prepare(
        QStringLiteral("SELECT %1 FROM evidence_upload u JOIN evidence_item i ON i.id = u.item_id WHERE u.item_id = ?")
            .arg(Columns));
    if (!select)
        return select.error();
    select->bind(1, itemId);
    return select->firstRow(readUpload);
}

Result<std::vector<EvidenceUploadQueue::Upload>> EvidenceUploadQueue::forIncident(Database& database, qint64 incidentId)
{
    auto select
        = database.prepare(QStringLiteral("SELECT %1 FROM evidence_upload u JOIN evidence_item i ON i.id = u.item_id "
                                          "WHERE i.incident_id = ? ORDER BY u.item_id")
                               .arg(Columns));
    if (!select)
        return select.error();
    select->bind(1, incidentId);
    std::vector<Upload> uploads;
    if (auto status = select->forEachRow([&](const Statement& row) { uploads.push_back(readUpload(row)); }); !status)
        return status.error();
    return uploads;
}

Result<qint64> EvidenceUploadQueue::pending(Database& database)
{
    return database.queryInt(
        QStringLiteral("SELECT count(*) FROM evidence_upload WHERE state IN ('queued', 'uploading', 'waiting')"));
}

Status EvidenceUploadQueue::setHeld(Database& database, qint64 itemId, qint64 held)
{
    return inTransaction(database, [&]() -> Status {
        auto update = database.prepare(
            QStringLiteral("UPDATE evidence_upload SET state = 'uploading', chunks_held = ?, attempts = 0, "
                           "next_attempt_at = 0, message = NULL WHERE item_id = ? AND state IN ('queued', "
                           "'uploading', 'waiting')"));
        if (!update)
            return update.error();
        update->bind(1, held).bind(2, itemId);
        return update->run();
    });
}

Status EvidenceUploadQueue::markWaiting(Database& database, const Upload& upload, qint64 nextAttemptAt,
                                        const QString& message)
{
    return inTransaction(database, [&]() -> Status {
        auto update = database.prepare(QStringLiteral(
            "UPDATE evidence_upload SET state = 'waiting', attempts = attempts + 1, next_attempt_at = ?, "
            "message = ? WHERE item_id = ? AND state IN ('queued', 'uploading', 'waiting')"));
        if (!update)
            return update.error();
        update->bind(1, nextAttemptAt).bind(2, message.left(2000)).bind(3, upload.itemId);
        return update->run();
    });
}

Status EvidenceUploadQueue::markRefused(Database& database, const Upload& upload, const QString& message)
{
    return inTransaction(database, [&]() -> Status {
        auto update = database.prepare(QStringLiteral(
            "UPDATE evidence_upload SET state = 'refused', chunks_held = 0, message = ? WHERE item_id = ?"));
        if (!update)
            return update.error();
        update->bind(1, message.left(2000)).bind(2, upload.itemId);
        return update->run();
    });
}

Status EvidenceUploadQueue::markVerified(Database& database, const Upload& upload, qint64 centralId,
                                         const QString& sha256Hex, qint64 size, qint64 atMs)
{
    return inTransaction(database, [&]() -> Status {
        auto update = database.prepare(
            QStringLiteral("UPDATE evidence_upload SET state = 'verified', chunks_held = ?, message = NULL, "
                           "verified_at = ?, central_id = ? WHERE item_id = ?"));
        if (!update)
            return update.error();
        update->bind(1, upload.chunkCount).bind(2, atMs).bind(3, centralId).bind(4, upload.itemId);
        if (auto status = update->run(); !status)
            return status;
        // The custody trail says where the evidence went and that the service checked it; the audit entry keeps to
        // what identifies the content (no file name, as for evidence.add).
        const QJsonObject detail { { QStringLiteral("central_id"), centralId },
                                   { QStringLiteral("upload"), upload.key },
                                   { QStringLiteral("size"), size },
                                   { QStringLiteral("sha256"), sha256Hex } };
        const QString actor = QStringLiteral("system");
        if (auto status = EvidenceRegister::appendCustody(database, upload.itemId, EvidenceRegister::Action::Uploaded,
                                                          actor, detail, atMs);
            !status)
            return status;
        QJsonObject audit = detail;
        audit.insert(QStringLiteral("incident"), upload.incidentId);
        auto audited = ConsoleAudit::append(database, actor, QStringLiteral("evidence.uploaded"),
                                            EvidenceRegister::auditTarget(upload.itemId), audit, atMs);
        if (!audited)
            return audited.error();
        return {};
    });
}

} // namespace custodian
