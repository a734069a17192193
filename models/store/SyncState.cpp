#include "store/SyncState.h"

#include "crypto/Digest.h"
#include "crypto/Keyring.h"
#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
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

Result<QString> SyncState::consoleKey()
{
    auto keyring = Keyring::load(Keyring::pathFor(m_database.path()));
    if (!keyring)
        return keyring.error();
    for (const KeySlot& slot : keyring->current().slots) {
        if (slot.kind() == KeySlot::Kind::Recovery && !slot.recipientPublicKey().isEmpty()) {
            const QByteArray labelled = QByteArray("custodian console key v1", 25) + slot.recipientPublicKey();
            return QString::fromLatin1(Digest::sha256(labelled).toHex());
        }
    }
    return Error(Error::Code::KeyringDamaged,
                 QCoreApplication::translate("SyncState",
                                             "The store's keyring has no recovery slot, so the console "
                                             "cannot name itself to the central service."));
}

namespace {
QString consolesJson(const std::vector<SyncState::OtherConsole>& consoles)
{
    QJsonArray list;
    for (const SyncState::OtherConsole& console : consoles)
        list.append(QJsonObject { { QStringLiteral("key"), console.key },
                                  { QStringLiteral("store_id"), console.storeId },
                                  { QStringLiteral("registered_at"), console.registeredAt } });
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

std::vector<SyncState::OtherConsole> consolesFrom(const QString& text)
{
    std::vector<SyncState::OtherConsole> consoles;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        consoles.push_back({ object.value(QStringLiteral("key")).toString(),
                             object.value(QStringLiteral("store_id")).toString(),
                             object.value(QStringLiteral("registered_at")).toInteger() });
    }
    return consoles;
}
} // namespace

Result<std::optional<std::vector<SyncState::OtherConsole>>> SyncState::knownConsoles()
{
    auto text = meta("sync_known_consoles");
    if (!text)
        return text.error();
    if (text->isEmpty())
        return std::optional<std::vector<OtherConsole>>();
    return std::optional<std::vector<OtherConsole>>(consolesFrom(*text));
}

Status SyncState::setKnownConsoles(const std::vector<OtherConsole>& consoles)
{
    return setMeta("sync_known_consoles", consolesJson(consoles));
}

Result<std::vector<SyncState::OtherConsole>> SyncState::consoleNotice()
{
    auto text = meta("sync_console_notice");
    if (!text)
        return text.error();
    return consolesFrom(*text);
}

Status SyncState::setConsoleNotice(const std::vector<OtherConsole>& consoles)
{
    return setMeta("sync_console_notice", consoles.empty() ? QString() : consolesJson(consoles));
}

Status SyncState::dismissConsoleNotice(const QString& actor)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    auto notice = consoleNotice();
    if (!notice)
        return notice.error();
    if (notice->empty())
        return {};
    QJsonArray keys;
    for (const OtherConsole& console : *notice)
        keys.append(console.key.left(12));
    if (auto status = setConsoleNotice({}); !status)
        return status;
    if (auto seq
        = ConsoleAudit::append(m_database,
                               { actor, QStringLiteral("sync.console_notice.dismissed"), QString(),
                                 QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("consoles"), keys } })
                                                       .toJson(QJsonDocument::Compact)) });
        !seq)
        return seq.error();
    return transaction->commit();
}

Result<qint64> SyncState::rollbackResolution()
{
    auto text = meta("sync_rollback_resolution");
    if (!text)
        return text.error();
    return text->toLongLong();
}

Status SyncState::setRollbackResolution(qint64 id)
{
    return setMeta("sync_rollback_resolution", QString::number(id));
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

Result<std::optional<SupervisorRole>> SyncState::supervisorRole()
{
    auto text = meta("sync_supervisor_role");
    if (!text)
        return text.error();
    return supervisorRoleFromString(*text);
}

Status SyncState::setSupervisorRole(SupervisorRole role)
{
    return setMeta("sync_supervisor_role", toString(role));
}

Result<std::optional<qint64>> SyncState::tokenExpiresAt()
{
    auto text = meta("sync_token_expires_at");
    if (!text)
        return text.error();
    bool ok = false;
    const qint64 at = text->toLongLong(&ok);
    return ok ? std::optional<qint64>(at) : std::nullopt;
}

Status SyncState::setTokenExpiresAt(std::optional<qint64> at)
{
    return setMeta("sync_token_expires_at", at ? QString::number(*at) : QString());
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
    notice.byService = object.value(QStringLiteral("by_service")).toBool();
    return std::optional<RollbackNotice>(notice);
}

Status SyncState::setRollback(const std::optional<RollbackNotice>& notice)
{
    if (!notice)
        return setMeta("sync_rollback", QString());
    const QJsonObject object { { QStringLiteral("detected_at"), notice->detectedAt },
                               { QStringLiteral("server_seq"), notice->serverSeq },
                               { QStringLiteral("local_seq"), notice->localSeq },
                               { QStringLiteral("diverged"), notice->diverged },
                               { QStringLiteral("by_service"), notice->byService } };
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
