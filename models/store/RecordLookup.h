#pragma once

#include "domain/Result.h"

#include <QString>

namespace custodian {

class Database;
class Store;

// Finds a customer record by an identifier the supervisor types in clear (an account number, a phone number): the
// identifier is put in canonical form and turned into its keyed token, the same HMAC the store indexes, so the clear
// value is never stored, compared or logged — only the record id comes back. A card number cannot be found this way:
// card records carry the central service's token, under a key this console does not hold (or it could recover a
// number from its BIN + last 4), so a typed card number is looked up by the service (CentralRecords::lookUp, online)
// and the answer's token found here with findByToken().
class RecordLookup
{
public:
    struct Match
    {
        qint64 recordId = 0;
        QString masked;
    };
    // Upper case without spaces, dashes, dots or slashes; card numbers as digits only.
    [[nodiscard]] static QByteArray canonical(const QString& typed);
    // Whether the text is plausibly a whole identifier (worth a token look-up) rather than part of one.
    [[nodiscard]] static bool looksComplete(const QString& typed);
    // NotFound when no record has this identifier.
    [[nodiscard]] static Result<Match> find(Store& store, const QString& typed);
    // Whether a typed text is a card number (13–19 digits, valid Luhn check digit), which find() cannot find: only the
    // central service can.
    [[nodiscard]] static bool needsCentral(const QString& typed);
    // The record with this token (the central service's, for card data); NotFound when there is none.
    [[nodiscard]] static Result<Match> findByToken(Database& database, QByteArrayView token);
};

} // namespace custodian
