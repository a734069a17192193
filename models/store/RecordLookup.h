#pragma once

#include "domain/Result.h"

#include <QString>

namespace custodian {

class Store;

// Finds a customer record by an identifier the supervisor types in clear (a card number read out on a call, an
// account number): the identifier is put in canonical form and turned into its keyed token, the same HMAC the
// store indexes, so the clear value is never stored, compared or logged — only the record id comes back.
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
};

} // namespace custodian
