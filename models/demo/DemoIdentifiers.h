#pragma once

#include "domain/Enums.h"

#include <QByteArray>
#include <QString>

namespace custodian {

class DemoRandom;

// Invented customer identifiers for the demo's customer records: payment card numbers (PANs of 15 to 19
// digits with real-world issuer prefixes, 6- and 8-digit BINs, and a valid Luhn check digit), account numbers,
// national identifiers, phone numbers, and references of call recordings, chat transcripts and e-mail threads.
// Each is unique for its (class, index): the index is spread by a bijection, so no two records share an
// identifier and the token column's UNIQUE constraint holds. Only the masked form and keyed derivatives of an
// identifier ever reach the store.
class DemoIdentifiers
{
public:
    struct Identifier
    {
        QString kind; // 'card', 'account', 'national_id', 'phone', 'call_recording', ...
        QByteArray canonical; // the identifier in canonical form (no spaces or separators), ASCII
        QString masked; // card: first 6 + '*' + last 4; others: "****" + last 4
    };

    // `index` counts records of `dataClass` from 0; at most 10 000 000 per class.
    static Identifier make(DataClass dataClass, qint64 index, DemoRandom& random);

    static bool luhnValid(QByteArrayView digits);
    static char luhnCheckDigit(QByteArrayView digitsWithoutCheck);
    static QString maskCard(QByteArrayView pan);
    static QString maskLast4(QByteArrayView identifier);
};

} // namespace custodian
