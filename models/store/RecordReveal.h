#pragma once

#include "crypto/SecureBuffer.h"
#include "domain/Result.h"

#include <QString>

#include <optional>

namespace custodian {

class Database;

// The audited reveal of a customer identifier (security.md "Session"): opens a record's sealed value
// (nonce ‖ AES-256-GCM under the store secret "seal_key", no associated data) and, in the same transaction,
// appends the console-audit entry `record.reveal` (target "record:<id>", detail {"reason": …, "event": …}).
// The identifier is handed back only once that entry is committed: no reveal without its audit entry, and
// never the identifier in the entry. A sealed value that does not authenticate reveals nothing and is audited as
// `record.reveal.failed`. Runs on any thread, on a read-write connection of that thread.
class RecordReveal
{
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

    [[nodiscard]] static Result<Revealed> reveal(Database& database, const Request& request);

    // `reason` with any occurrence of `identifier` (ignoring spaces, dashes, dots and case) replaced by
    // "[identifier]": a supervisor who pastes the number into the reason must not put it into the audit trail.
    [[nodiscard]] static QString redacted(const QString& reason, QByteArrayView identifier);
};

} // namespace custodian
