#include "store/SyncState.h"

#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace custodian {

SyncState::SyncState(Database& database)
    : m_database(database)
{
}

Result<QString> SyncState::cursor(const QString& stream)
{
    auto statement = m_database.prepare(QStringLiteral("SELECT cursor FROM sync_cursor WHERE stream = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, stream);
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->text(0) : QString();
}

Status SyncState::setCursor(const QString& stream, const QString& cursor, qint64 at)
{
    auto statement = m_database.prepare(
        QStringLiteral("INSERT OR REPLACE INTO sync_cursor (stream, cursor, updated_at) VALUES (?, ?, ?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, stream).bind(2, cursor).bind(3, at);
    return statement->run();
}

Result<QString> SyncState::meta(const char* key)
{
    auto statement = m_database.prepare(QStringLiteral("SELECT value FROM store_meta WHERE key = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, QString::fromLatin1(key));
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->text(0) : QString();
}

Status SyncState::setMeta(const char* key, const QString& value)
{
    auto statement = m_database.prepare(
        value.isEmpty() ? QStringLiteral("DELETE FROM store_meta WHERE key = ?")
                        : QStringLiteral("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, QString::fromLatin1(key));
    if (!value.isEmpty())
        statement->bind(2, value);
    return statement->run();
}

Result<QString> SyncState::consoleId()
{
    return meta("store_id");
}

Result<QString> SyncState::supervisor()
{
    return meta("sync_supervisor");
}

Status SyncState::setSupervisor(const QString& text)
{
    return setMeta("sync_supervisor", text);
}

Result<std::optional<qint64>> SyncState::supervisorId()
{
    auto text = meta("sync_supervisor_id");
    if (!text)
        return text.error();
    bool ok = false;
    const qint64 id = text->toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

Status SyncState::setSupervisorId(qint64 id)
{
    return setMeta("sync_supervisor_id", QString::number(id));
}

Result<std::optional<SyncState::RollbackNotice>> SyncState::rollback()
{
    auto text = meta("sync_rollback");
    if (!text)
        return text.error();
    if (text->isEmpty())
        return std::optional<RollbackNotice>();
    const QJsonObject object = QJsonDocument::fromJson(text->toUtf8()).object();
    RollbackNotice notice;
    notice.detectedAt = object.value(QStringLiteral("detected_at")).toInteger();
    notice.serverSeq = object.value(QStringLiteral("server_seq")).toInteger();
    notice.localSeq = object.value(QStringLiteral("local_seq")).toInteger();
    notice.diverged = object.value(QStringLiteral("diverged")).toBool();
    return std::optional<RollbackNotice>(notice);
}

Status SyncState::setRollback(const std::optional<RollbackNotice>& notice)
{
    if (!notice)
        return setMeta("sync_rollback", QString());
    const QJsonObject object { { QStringLiteral("detected_at"), notice->detectedAt },
                               { QStringLiteral("server_seq"), notice->serverSeq },
                               { QStringLiteral("local_seq"), notice->localSeq },
                               { QStringLiteral("diverged"), notice->diverged } };
    return setMeta("sync_rollback", QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

Result<std::optional<QByteArray>> SyncState::auditMac(qint64 seq)
{
    auto statement = m_database.prepare(QStringLiteral("SELECT mac FROM console_audit WHERE seq = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, seq);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(statement->blob(0));
}

Result<qint64> SyncState::lastAuditSeq()
{
    return m_database.queryInt(QStringLiteral("SELECT coalesce(max(seq), 0) FROM console_audit"));
}

Result<std::vector<SyncState::AuditEntry>> SyncState::auditEntriesAfter(qint64 seq, int limit)
{
    auto statement = m_database.prepare(QStringLiteral(
        "SELECT seq, at, actor, action, target, detail, mac FROM console_audit WHERE seq > ? ORDER BY seq LIMIT ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, seq).bind(2, limit);
    std::vector<AuditEntry> entries;
    auto status = statement->forEachRow([&](const Statement& row) {
        entries.push_back(
            { row.int64(0), row.int64(1), row.text(2), row.text(3), row.text(4), row.text(5), row.blob(6) });
    });
    if (!status)
        return status.error();
    return entries;
}

} // namespace custodian
