#include "store/ConsoleAudit.h"

#include "crypto/Digest.h"
#include "domain/Clock.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QtEndian>

namespace custodian {

namespace {
void appendU64(QByteArray& out, qint64 value)
{
    char bytes[8];
    qToBigEndian(quint64(value), bytes);
    out.append(bytes, 8);
}

void appendField(QByteArray& out, const QString& field)
{
    const QByteArray utf8 = field.toUtf8();
    appendU64(out, utf8.size());
    out.append(utf8);
}
} // namespace

QByteArray ConsoleAudit::macFor(QByteArrayView key, qint64 seq, qint64 at, QByteArrayView previousMac,
                                const Entry& entry)
{
    QByteArray message;
    appendU64(message, seq);
    appendU64(message, at);
    message.append(previousMac);
    appendField(message, entry.actor);
    appendField(message, entry.action);
    appendField(message, entry.target);
    appendField(message, entry.detail);
    return Digest::hmacSha256(SecureBuffer::copyOf(key), message);
}

Status ConsoleAudit::initialise(Database& database, QByteArrayView firstKey)
{
    auto statement = database.prepare(
        QStringLiteral("INSERT INTO console_audit_state (id, next_seq, next_key, head_mac) VALUES (1, 1, ?, ?)"));
    if (!statement)
        return statement.error();
    statement->bindBlob(1, firstKey).bindBlob(2, QByteArray(32, '\0'));
    return statement->run();
}

Result<qint64> ConsoleAudit::append(Database& database, const QString& actor, const QString& action,
                                    const QString& target, const QJsonObject& detail, qint64 atMs)
{
    return append(database,
                  { actor, action, target, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)) },
                  atMs);
}

Result<qint64> ConsoleAudit::append(Database& database, const Entry& entry, qint64 atMs)
{
    if (atMs < 0)
        atMs = Clock::nowMs();
    auto state
        = database.prepare(QStringLiteral("SELECT next_seq, next_key, head_mac FROM console_audit_state WHERE id = 1"));
    if (!state)
        return state.error();
    auto row = state->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::AuditChainBroken, tr("The console-audit chain has no state row."));
    const qint64 seq = state->int64(0);
    const SecureBuffer key = SecureBuffer::copyOf(state->blobView(1));
    const QByteArray previous = state->blob(2);
    state->reset();

    const QByteArray mac = macFor(key.view(), seq, atMs, previous, entry);
    auto insert = database.prepare(QStringLiteral(
        "INSERT INTO console_audit (seq, at, actor, action, target, detail, mac) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, seq).bind(2, atMs).bind(3, entry.actor).bind(4, entry.action).bind(5, entry.target);
    insert->bind(6, entry.detail).bindBlob(7, mac);
    if (auto status = insert->run(); !status)
        return status.error();

    const SecureBuffer nextKey = Digest::sha256Key(key);
    auto update = database.prepare(
        QStringLiteral("UPDATE console_audit_state SET next_seq = ?, next_key = ?, head_mac = ? WHERE id = 1"));
    if (!update)
        return update.error();
    update->bind(1, seq + 1).bindBlob(2, nextKey.view()).bindBlob(3, mac);
    if (auto status = update->run(); !status)
        return status.error();
    return seq;
}

Result<ConsoleAudit::Head> ConsoleAudit::head(Database& database)
{
    auto state = database.prepare(QStringLiteral("SELECT next_seq, head_mac FROM console_audit_state WHERE id = 1"));
    if (!state)
        return state.error();
    auto row = state->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::AuditChainBroken, tr("The console-audit chain has no state row."));
    return Head { state->int64(0) - 1, state->blob(1) };
}

Result<ConsoleAudit::Verification> ConsoleAudit::verify(Database& database)
{
    Verification result;
    auto firstKey = database.prepare(QStringLiteral("SELECT value FROM store_secret WHERE name = 'audit_k0'"));
    if (!firstKey)
        return firstKey.error();
    auto keyRow = firstKey->step();
    if (!keyRow)
        return keyRow.error();
    if (!*keyRow) {
        result.intact = false;
        result.reason = tr("the chain's first key is missing from the store");
        return result;
    }
    SecureBuffer key = SecureBuffer::copyOf(firstKey->blobView(0));
    firstKey->reset();

    auto entries = database.prepare(
        QStringLiteral("SELECT seq, at, actor, action, target, detail, mac FROM console_audit ORDER BY seq"));
    if (!entries)
        return entries.error();
    QByteArray previous(32, '\0');
    qint64 expected = 1;
    auto fail = [&result](qint64 seq, const QString& reason) {
        result.intact = false;
        result.firstBadSeq = seq;
        result.reason = reason;
    };
    for (;;) {
        auto row = entries->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 seq = entries->int64(0);
        if (seq != expected) {
            fail(expected,
                 seq > expected ? tr("entries %1 to %2 were deleted").arg(expected).arg(seq - 1)
                                : tr("entry %1 appears out of order").arg(seq));
            return result;
        }
        const Entry entry { entries->text(2), entries->text(3), entries->text(4), entries->text(5) };
        const QByteArray mac = macFor(key.view(), seq, entries->int64(1), previous, entry);
        if (mac != entries->blob(6)) {
            fail(seq, tr("entry %1 was changed, or entries were reordered before it").arg(seq));
            return result;
        }
        previous = mac;
        key = Digest::sha256Key(key);
        ++result.entries;
        ++expected;
    }
    auto head = ConsoleAudit::head(database);
    if (!head)
        return head.error();
    result.head = { expected - 1, previous };
    if (head->seq != expected - 1 || head->mac != previous) {
        fail(expected,
             head->seq > expected - 1
                 ? tr("the chain was truncated: entries %1 to %2 are missing").arg(expected).arg(head->seq)
                 : tr("the chain state does not match its last entry"));
    }
    return result;
}

} // namespace custodian
