#include "store/RecordReveal.h"

#include "crypto/AesGcm.h"
#include "domain/IdentifierMasking.h"
#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace custodian {

namespace {
QString auditDetail(const QString& reason, std::optional<qint64> eventId, const QString& error = {},
                    std::optional<qint64> centralReveal = std::nullopt)
{
    QJsonObject detail;
    detail.insert(QStringLiteral("reason"), reason);
    if (eventId)
        detail.insert(QStringLiteral("event"), *eventId); // qint64 stays exact in Qt 6's JSON writer
    if (!error.isEmpty())
        detail.insert(QStringLiteral("error"), error);
    if (centralReveal) {
        detail.insert(QStringLiteral("via"), QStringLiteral("central"));
        detail.insert(QStringLiteral("central_reveal"), *centralReveal);
    }
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

Status checkRequest(const RecordReveal::Request& request)
{
    if (auto status = RecordReveal::checkReason(request.reason); !status)
        return status.error();
    if (request.recordId <= 0)
        return Error(Error::Code::InvalidArgument, RecordReveal::tr("No customer record was chosen."));
    if (request.actor.trimmed().isEmpty())
        return Error(Error::Code::InvalidArgument,
                     RecordReveal::tr("A reveal needs the name of the supervisor who asks for it."));
    return {};
}

// Characters a person may put between the digits of a number they type.
bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('/');
}
} // namespace

Status RecordReveal::checkReason(const QString& reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     tr("A reason is required to reveal a customer identifier: say why you need it (for example the "
                        "ticket or investigation)."));
    if (trimmed.size() > MaxReasonLength)
        return Error(
            Error::Code::InvalidArgument,
            tr("The reason is too long (%1 characters; at most %2).").arg(trimmed.size()).arg(MaxReasonLength));
    return {};
}

QString RecordReveal::redacted(const QString& reason, QByteArrayView identifier)
{
    if (identifier.isEmpty())
        return reason;
    // The reason without separators, upper case, and where each of its characters came from.
    QString folded;
    std::vector<qsizetype> origin;
    folded.reserve(reason.size());
    origin.reserve(std::size_t(reason.size()));
    for (qsizetype i = 0; i < reason.size(); ++i) {
        if (isSeparator(reason[i]))
            continue;
        folded += reason[i].toUpper();
        origin.push_back(i);
    }
    QString needle = QString::fromLatin1(identifier).toUpper();
    QString out;
    qsizetype copiedUpTo = 0; // in `reason`
    qsizetype from = 0; // in `folded`
    for (;;) {
        const qsizetype at = folded.indexOf(needle, from);
        if (at < 0)
            break;
        const qsizetype begin = origin[std::size_t(at)];
        const qsizetype end = origin[std::size_t(at + needle.size() - 1)] + 1;
        out += QStringView(reason).mid(copiedUpTo, begin - copiedUpTo);
        out += QStringLiteral("[identifier]");
        copiedUpTo = end;
        from = at + needle.size();
    }
    out += QStringView(reason).mid(copiedUpTo);
    needle.fill(QLatin1Char('\0')); // the one clear copy made here
    return out;
}

Result<RecordReveal::Holding> RecordReveal::holding(Database& database, qint64 recordId)
{
    auto record = database.prepare(QStringLiteral(
        "SELECT kind, masked, data_class, sealed_value IS NOT NULL AND length(sealed_value) > 0 FROM customer_record "
        "WHERE id = ?"));
    if (!record)
        return record.error();
    record->bind(1, recordId);
    auto row = record->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::NotFound, tr("Customer record %1 does not exist in this store.").arg(recordId));
    Holding holding { record->text(0), record->text(1), record->int64(2), record->int64(3) != 0, false };
    holding.cardData = IdentifierMasking::isCardData(holding.kind, holding.dataClass);
    return holding;
}

Result<RecordReveal::Revealed> RecordReveal::auditCentralReveal(Database& database, const Request& request,
                                                                SecureBuffer identifier, qint64 centralRevealId)
{
    // `identifier` is wiped when this returns unless it is handed back.
    if (auto status = checkRequest(request); !status)
        return status.error();
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error().prefixed(tr("Cannot record the reveal in the console audit, so nothing is shown"));
    auto held = holding(database, request.recordId);
    if (!held)
        return held.error();
    // A service that answers with another record's number (or a confused one) must not get it shown under this
    // record: the number has to mask to exactly what this store shows for the record.
    if (identifier.isEmpty() || IdentifierMasking::mask(held->kind, identifier.view()) != held->masked)
        return Error(Error::Code::Protocol,
                     tr("The central service answered with a number that does not belong to record %1 (%2). Nothing "
                        "is shown.")
                         .arg(request.recordId)
                         .arg(held->masked));
    const QString target = QStringLiteral("record:%1").arg(request.recordId);
    const ConsoleAudit::Entry entry { request.actor, QStringLiteral("record.reveal"), target,
                                      auditDetail(redacted(request.reason.trimmed(), identifier.view()),
                                                  request.eventId, QString(), centralRevealId) };
    auto seq = ConsoleAudit::append(database, entry);
    if (!seq)
        return seq.error().prefixed(tr("Cannot record the reveal in the console audit, so nothing is shown"));
    if (auto status = transaction->commit(); !status)
        return status.error().prefixed(tr("Cannot record the reveal in the console audit, so nothing is shown"));
    Revealed revealed;
    revealed.identifier = std::move(identifier);
    revealed.kind = held->kind;
    revealed.masked = held->masked;
    revealed.auditSeq = *seq;
    return revealed;
}

Status RecordReveal::auditCentralRefusal(Database& database, const Request& request, const QString& message)
{
    if (auto status = checkRequest(request); !status)
        return status;
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    const ConsoleAudit::Entry entry { request.actor, QStringLiteral("record.reveal.refused"),
                                      QStringLiteral("record:%1").arg(request.recordId),
                                      auditDetail(request.reason.trimmed(), request.eventId, message.left(300)) };
    if (auto seq = ConsoleAudit::append(database, entry); !seq)
        return seq.error();
    return transaction->commit();
}

Result<RecordReveal::Revealed> RecordReveal::reveal(Database& database, const Request& request)
{
    if (auto status = checkRequest(request); !status)
        return status.error();
    const QString target = QStringLiteral("record:%1").arg(request.recordId);

    // The write lock first (BEGIN IMMEDIATE): the identifier is opened and audited under one lock, and nothing is
    // returned unless the audit entry commits.
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error().prefixed(tr("Cannot reveal record %1").arg(request.recordId));

    auto record = database.prepare(
        QStringLiteral("SELECT kind, masked, sealed_value, data_class FROM customer_record WHERE id = ?"));
    if (!record)
        return record.error();
    record->bind(1, request.recordId);
    auto row = record->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::NotFound,
                     tr("Customer record %1 does not exist in this store.").arg(request.recordId));
    Revealed revealed;
    revealed.kind = record->text(0);
    revealed.masked = record->text(1);
    const QByteArray sealed = record->isNull(2) ? QByteArray() : record->blob(2);
    const qint64 dataClass = record->int64(3);
    record->reset();
    if (IdentifierMasking::isCardData(revealed.kind, dataClass))
        return Error(Error::Code::NotFound,
                     tr("Record %1 (%2) is payment card data: its number is kept by the central service only, and "
                        "revealing it asks the service (online).")
                         .arg(request.recordId)
                         .arg(revealed.masked));
    if (sealed.isEmpty())
        return Error(Error::Code::NotFound,
                     tr("The store holds only the masked form of record %1 (%2): there is no identifier to reveal.")
                         .arg(request.recordId)
                         .arg(revealed.masked));

    auto keyStatement = database.prepare(QStringLiteral("SELECT value FROM store_secret WHERE name = 'seal_key'"));
    if (!keyStatement)
        return keyStatement.error();
    auto keyRow = keyStatement->step();
    if (!keyRow)
        return keyRow.error();
    if (!*keyRow)
        return Error(Error::Code::NotFound, tr("The store has no sealing key: no identifier can be revealed."));
    const SecureBuffer sealKey = SecureBuffer::copyOf(keyStatement->blobView(0));
    keyStatement->reset();

    const QString reason = request.reason.trimmed();
    Result<SecureBuffer> opened = sealed.size() < AesGcm::NonceSize + AesGcm::TagSize
        ? Result<SecureBuffer>(Error(Error::Code::InvalidArgument, QStringLiteral("sealed value too short")))
        : AesGcm::open(sealKey, QByteArrayView(sealed).first(AesGcm::NonceSize),
                       QByteArrayView(sealed).sliced(AesGcm::NonceSize), {});
    if (!opened) {
        // Altered or damaged: nothing is revealed. The attempt itself is worth a trace in the audit chain.
        const Error error(Error::Code::StoreDamaged,
                          tr("The sealed identifier of record %1 does not authenticate: it was altered or damaged. "
                             "Nothing was revealed.")
                              .arg(request.recordId));
        const ConsoleAudit::Entry failed { request.actor, QStringLiteral("record.reveal.failed"), target,
                                           auditDetail(reason, request.eventId,
                                                       QStringLiteral("sealed value does not authenticate")) };
        if (ConsoleAudit::append(database, failed))
            (void)transaction->commit();
        return error;
    }
    revealed.identifier = std::move(opened).value();

    const ConsoleAudit::Entry entry { request.actor, QStringLiteral("record.reveal"), target,
                                      auditDetail(redacted(reason, revealed.identifier.view()), request.eventId) };
    auto seq = ConsoleAudit::append(database, entry);
    if (!seq)
        return seq.error().prefixed(tr("Cannot record the reveal in the console audit, so nothing was revealed"));
    if (auto status = transaction->commit(); !status)
        return status.error().prefixed(tr("Cannot record the reveal in the console audit, so nothing was revealed"));
    revealed.auditSeq = *seq;
    return revealed;
}

} // namespace custodian
