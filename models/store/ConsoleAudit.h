#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace custodian {

class Database;

// The tamper-evident console audit: entry i stores mac_i = HMAC-SHA256(K_i, seq ‖ ts ‖ mac_{i-1} ‖
// canonical(entry)); K_{i+1} = SHA-256(K_i) replaces K_i in the store (forward security against someone who
// later reads the running chain key). K_0 is derived from the data key at creation and kept in the store's
// secret table so that `verify` can replay the chain. Appends run inside the caller's transaction.
class ConsoleAudit
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleAudit)

public:
    struct Entry
    {
        QString actor;
        QString action;
        QString target;
        QString detail; // JSON; never secrets or customer identifiers
    };

    struct Head
    {
        qint64 seq = 0; // last sequence number, 0 for an empty chain
        QByteArray mac; // mac of the last entry (32 zero bytes for an empty chain)
    };

    struct Verification
    {
        bool intact = true;
        qint64 entries = 0;
        qint64 firstBadSeq = 0;
        QString reason;
        Head head;
    };

    // Creates the chain state from K_0 (store creation).
    [[nodiscard]] static Status initialise(Database& database, QByteArrayView firstKey);
    [[nodiscard]] static Result<qint64> append(Database& database, const Entry& entry, qint64 atMs = -1);
    // The same with the detail as a JSON object (written compact).
    [[nodiscard]] static Result<qint64> append(Database& database, const QString& actor, const QString& action,
                                               const QString& target, const QJsonObject& detail, qint64 atMs = -1);
    [[nodiscard]] static Result<Head> head(Database& database);
    [[nodiscard]] static Result<Verification> verify(Database& database);

    static QByteArray macFor(QByteArrayView key, qint64 seq, qint64 at, QByteArrayView previousMac, const Entry& entry);
};

} // namespace custodian
