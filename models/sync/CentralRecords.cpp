#include "sync/CentralRecords.h"

#include "crypto/SecureBuffer.h"
#include "store/Database.h"
#include "store/SyncCatalogue.h"
#include "store/SyncSettingsRepository.h"
#include "store/SyncState.h"
#include "sync/SyncHttpClient.h"
#include "sync/SyncWire.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace custodian {

namespace {
// A server's text shown to the supervisor: printable, on one line, bounded.
QString sanitised(const QString& text, int maximum = 300)
{
    QString out;
    for (QChar c : text) {
        if (out.size() >= maximum)
            break;
        out += c.isPrint() ? c : QLatin1Char(' ');
    }
    return out.simplified();
}

// The error body's code and message, if the answer has one.
std::pair<QString, QString> errorOf(const SyncHttpClient::Response& response)
{
    if (!response.format)
        return {};
    auto body = SyncWire::decode(response.body, *response.format);
    if (!body)
        return {};
    const QCborMap detail = body->value(QLatin1String("error")).toMap();
    return { sanitised(detail.value(QLatin1String("code")).toString(), 40),
             sanitised(detail.value(QLatin1String("message")).toString()) };
}
} // namespace

CentralRecords::CentralRecords() = default;

CentralRecords::~CentralRecords() = default;

void CentralRecords::cancel()
{
    const std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_client)
        m_client->cancel();
}

Result<QCborMap> CentralRecords::ask(Database& database, const QString& path, const QCborMap& body,
                                     const QString& context)
{
    auto settings = SyncSettingsRepository(database).load();
    if (!settings)
        return settings.error().prefixed(context);
    if (!settings->isConfigured())
        return Error(Error::Code::NotConfigured,
                     tr("%1: this console has no central service to ask (Settings → Central service).").arg(context));
    auto consoleId = SyncState(database).consoleId();
    if (!consoleId)
        return consoleId.error().prefixed(context);
    auto consoleKey = SyncState(database).consoleKey();
    if (!consoleKey)
        return consoleKey.error().prefixed(context);

    SyncHttpClient client;
    {
        const std::lock_guard lock(m_mutex);
        if (m_cancelled)
            return Error(Error::Code::Cancelled, tr("%1: stopped.").arg(context));
        m_client = &client;
    }
    struct Detach
    {
        CentralRecords* self;
        ~Detach()
        {
            const std::lock_guard lock(self->m_mutex);
            self->m_client = nullptr;
        }
    } detach { this };

    if (auto configured = client.configure(*settings, *consoleId, *consoleKey); !configured)
        return configured.error().prefixed(context);
    auto response = client.wait(client.post(QStringLiteral("records/") + path,
                                            SyncWire::encode(body, SyncWire::Format::Cbor), SyncWire::Format::Cbor));
    if (!response) {
        const Error& error = response.error();
        switch (error.code()) {
        case Error::Code::Offline:
            return Error(error.code(), tr("%1, and it cannot be reached: %2").arg(context, error.message()));
        case Error::Code::Tls:
            return Error(error.code(),
                         tr("%1, and the connection to it is not trusted: %2").arg(context, error.message()));
        case Error::Code::Cancelled:
            return Error(error.code(), tr("%1: stopped.").arg(context));
        default:
            return Error(error.code(), tr("%1, and asking it failed: %2").arg(context, error.message()));
        }
    }
    const auto [code, message] = errorOf(*response);
    const QString said = message.isEmpty() ? QString() : tr(" The service says: %1").arg(message);
    const int status = response->status;
    if (status != 200) {
        SecureBuffer::wipe(response->body);
        if (status == 401)
            return Error(Error::Code::Unauthorized,
                         tr("%1, and it refused this console's token (HTTP 401). Check the token in Settings → "
                            "Central service.%2")
                             .arg(context, said));
        if (status == 403)
            return Error(Error::Code::Rejected, tr("%1, and it refused.%2").arg(context, said));
        if (status == 429 || status == 503)
            return Error(Error::Code::ServerBusy,
                         tr("%1, and it asks to wait (HTTP %2).%3").arg(context).arg(status).arg(said));
        if (status >= 500)
            return Error(Error::Code::ServerFailed,
                         tr("%1, and it failed to answer (HTTP %2).%3").arg(context).arg(status).arg(said));
        if (status == 404 && code.isEmpty())
            return Error(Error::Code::Protocol,
                         tr("%1, and this one does not offer it (HTTP 404): it speaks an older version of the sync "
                            "API.")
                             .arg(context));
        return Error(Error::Code::Rejected,
                     tr("%1, and it refused the request (HTTP %2%3).%4")
                         .arg(context)
                         .arg(status)
                         .arg(code.isEmpty() ? QString() : QStringLiteral(", ") + code)
                         .arg(said));
    }
    if (!response->format) {
        SecureBuffer::wipe(response->body);
        return Error(Error::Code::Protocol, tr("%1, and its answer is neither JSON nor CBOR.").arg(context));
    }
    auto answer = SyncWire::decode(response->body, *response->format);
    SecureBuffer::wipe(response->body); // the answer may hold a card number
    if (!answer)
        return Error(Error::Code::Protocol,
                     tr("%1, and its answer is malformed: %2").arg(context, answer.error().message()));
    return answer;
}

Result<RecordReveal::Revealed> CentralRecords::reveal(Database& database, const RecordReveal::Request& request)
{
    const QString context = tr("Revealing a card number needs the central service (card numbers are kept there only)");
    if (auto status = RecordReveal::checkReason(request.reason); !status)
        return status.error();
    auto held = RecordReveal::holding(database, request.recordId);
    if (!held)
        return held.error();
    QCborMap body;
    body.insert(QLatin1String("reason"), request.reason.trimmed());
    if (request.eventId)
        body.insert(QLatin1String("event"), *request.eventId);
    auto answer = ask(database, QStringLiteral("%1/reveal").arg(request.recordId), body, context);
    if (!answer) {
        // The service decided against it: the attempt belongs in this console's audit as well as in the service's.
        if (answer.error().code() == Error::Code::Rejected) {
            if (auto audited = RecordReveal::auditCentralRefusal(database, request, answer.error().message()); !audited)
                return audited.error().prefixed(answer.error().message());
        }
        return answer.error();
    }
    const QCborValue identifier = answer->value(QLatin1String("identifier"));
    const QCborValue record = answer->value(QLatin1String("record"));
    const QCborValue revealId = answer->value(QLatin1String("reveal"));
    if (!identifier.isString() || identifier.toString().isEmpty()
        || identifier.toString().size() > SyncCatalogue::MaxIdentifierLength || !record.isInteger()
        || record.toInteger() != request.recordId || !revealId.isInteger() || revealId.toInteger() < 1)
        return Error(Error::Code::Protocol,
                     tr("The central service's answer to the reveal of record %1 is not what the sync API says "
                        "(identifier, record and reveal). Nothing is shown.")
                         .arg(request.recordId));
    QByteArray latin1 = RecordLookup::canonical(identifier.toString());
    SecureBuffer number = SecureBuffer::copyOf(latin1);
    SecureBuffer::wipe(latin1);
    return RecordReveal::auditCentralReveal(database, request, std::move(number), revealId.toInteger());
}

Result<RecordLookup::Match> CentralRecords::lookUp(Database& database, const QString& typed)
{
    QByteArray canonical = RecordLookup::canonical(typed);
    if (canonical.isEmpty() || canonical.contains('*'))
        return Error(Error::Code::InvalidArgument, tr("Type the whole card number, without '*'."));
    QCborMap body;
    body.insert(QLatin1String("identifier"), QString::fromLatin1(canonical));
    SecureBuffer::wipe(canonical);
    auto answer = ask(database, QStringLiteral("lookup"), body,
                      tr("Searching by a card number needs the central service (only it can tell which record a card "
                         "number belongs to)"));
    if (!answer)
        return answer.error();
    const QCborValue record = answer->value(QLatin1String("record"));
    if (record.isNull())
        return Error(Error::Code::NotFound,
                     tr("No customer record has this card number (the central service looked "
                        "it up)."));
    const QCborMap found = record.toMap();
    const QCborValue id = found.value(QLatin1String("id"));
    const QString masked = sanitised(found.value(QLatin1String("masked")).toString(), 64);
    const QString tokenHex = found.value(QLatin1String("token")).toString();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!record.isMap() || !id.isInteger() || id.toInteger() < 1)
        return Error(Error::Code::Protocol, tr("The central service's answer to the look-up names no record."));
    auto local = hex.match(tokenHex).hasMatch()
        ? RecordLookup::findByToken(database, QByteArray::fromHex(tokenHex.toLatin1()))
        : Result<RecordLookup::Match>(Error(Error::Code::NotFound, QString()));
    if (!local) {
        if (local.error().code() != Error::Code::NotFound)
            return local.error();
        return Error(Error::Code::NotFound,
                     tr("The central service knows this card number as record %1 (%2), but this console has not "
                        "pulled that record yet: sync, then search again.")
                         .arg(id.toInteger())
                         .arg(masked));
    }
    if (local->recordId != id.toInteger())
        return Error(Error::Code::Protocol,
                     tr("The central service's answer to the look-up (record %1) does not match this console's record "
                        "with that token (%2).")
                         .arg(id.toInteger())
                         .arg(local->recordId));
    return local;
}

} // namespace custodian
