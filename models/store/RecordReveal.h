#pragma once

#include "crypto/SecureBuffer.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace custodian {

class Database;

// The audited reveal of a customer identifier (security.md "Session"). Two ways, by where the identifier lives:
//  * held by this console (a customer number, a phone, …): reveal() opens the record's sealed value (nonce ‖
//    AES-256-GCM under the store secret "seal_key", no associated data) and, in the same transaction, appends the
//    console-audit entry `record.reveal` (target "record:<id>", detail {"reason": …, "event": …}). A sealed value that
//    does not authenticate reveals nothing and is audited as `record.reveal.failed`;
//  * payment card data, which only the central service holds: the service is asked first (CentralRecords, online),
//    then auditCentralReveal() writes the same `record.reveal` entry (detail adds "via": "central" and the service's
//    reveal id) after checking that the number belongs to this record. A refusal by the service is kept as
//    `record.reveal.refused`.
// Either way the identifier is handed back only once its audit entry is committed — no reveal without its entry, and
// never the identifier in the entry (a reason that quotes it is redacted). Runs on any thread, on a read-write
// connection of that thread.
class RecordReveal
{
    Q_DECLARE_TR_FUNCTIONS(RecordReveal)

public:
    static constexpr int MaxReasonLength = 500;

    struct Request
    {
        qint64 recordId = 0;
        QString reason; // why the supervisor needs the identifier; required
        QString actor; // who reveals (console audit actor)
        std::optional<qint64> eventId; // the access event the supervisor was looking at, if any
    };

    struct Revealed
    {
        SecureBuffer identifier; // the canonical identifier, ASCII
        QString kind; // customer_record.kind ('card', 'account', …)
        QString masked; // customer_record.masked
        qint64 auditSeq = 0; // the console-audit entry that records this reveal
    };

    // The rule for a reason, for callers that check before starting a reveal: not empty or blank, at most
    // MaxReasonLength characters. Error::Code::InvalidArgument with a message for the supervisor otherwise.
    [[nodiscard]] static Status checkReason(const QString& reason);

    // Refuses card data (NotFound, saying that the central service reveals it).
    [[nodiscard]] static Result<Revealed> reveal(Database& database, const Request& request);

    // Whether this store holds the record's identifier (sealed) or only its masked form, and whether it is card data
    // (revealed by the central service). NotFound when the store has no such record.
    struct Holding
    {
        QString kind;
        QString masked;
        qint64 dataClass = 0;
        bool sealed = false;
        bool cardData = false;
    };
    [[nodiscard]] static Result<Holding> holding(Database& database, qint64 recordId);

    // The central service granted a reveal of `identifier` (its reveal log entry `centralRevealId`): checks that the
    // number is this record's (it must mask to the record's masked form), then appends `record.reveal` in one
    // transaction. Returns the identifier only after that commit; on any failure it is wiped and nothing is shown.
    [[nodiscard]] static Result<Revealed> auditCentralReveal(Database& database, const Request& request,
                                                             SecureBuffer identifier, qint64 centralRevealId);
    // The central service refused the reveal: `record.reveal.refused` with the reason and the service's message.
    [[nodiscard]] static Status auditCentralRefusal(Database& database, const Request& request, const QString& message);

    // `reason` with any occurrence of `identifier` (ignoring spaces, dashes, dots and case) replaced by
    // "[identifier]": a supervisor who pastes the number into the reason must not put it into the audit trail.
    [[nodiscard]] static QString redacted(const QString& reason, QByteArrayView identifier);
};

} // namespace custodian
