#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace custodian {

// The display form of a customer identifier: the one implementation of the masking rules (security.md, PCI DSS
// v4.0 3.4.1) that the demo writes into customer_record.masked and the console shows.
//  * Payment card PANs (15–19 digits): the first 6 and the last 4 digits, the digits between as '*'. That is
//    at most BIN + last 4 for every scheme: six digits even where the BIN has eight (41799200…, 22230012…,
//    62212645…), as docs/demo-data.md says.
//  * Everything else, and anything that is not a well-formed PAN: "****" + the last 4 characters — and only
//    when the identifier is at least 8 characters long, so that at least half of it stays hidden; shorter
//    ones are masked entirely. Characters other than printable ASCII are never shown.
// And what counts as payment card data, which only the central service holds in full (docs/security-notes.md "Where
// full card numbers exist"): a record of kind "card" or of the payment-card data class, or any identifier that is a
// payment card number by its shape (13–19 digits with a valid Luhn check digit), whatever it is labelled.
// Pure functions: no state, no allocation beyond the returned string, usable from any thread.
class IdentifierMasking
{
public:
    static constexpr int CardMinDigits = 15;
    static constexpr int CardMaxDigits = 19;
    static constexpr int CardLeadingDigits = 6;
    static constexpr int TrailingCharacters = 4;
    // Below this length the trailing characters would be too much of the identifier: mask everything.
    static constexpr int MinLengthForTrailing = 8;

    // `kind` as in customer_record.kind: "card" is masked as a PAN, every other kind as "****" + last 4.
    [[nodiscard]] static QString mask(QStringView kind, QByteArrayView canonical);
    // A PAN of 15–19 ASCII digits → first 6 + '*'… + last 4; anything else falls back to maskTrailing().
    [[nodiscard]] static QString maskCard(QByteArrayView pan);
    // "****" + the last 4 characters (see above for short identifiers).
    [[nodiscard]] static QString maskTrailing(QByteArrayView identifier);

    [[nodiscard]] static bool isCardNumber(QByteArrayView digits);

    // What a payment card number can look like anywhere: 13–19 ASCII digits whose last is a valid Luhn check digit.
    static constexpr int PanMinDigits = 13;
    [[nodiscard]] static bool looksLikePan(QByteArrayView digits);
    [[nodiscard]] static bool luhnValid(QByteArrayView digits);
    // Whether a record is payment card data: kind "card", data class 2 (payment card), or an identifier that looks
    // like a PAN (`canonical` may be empty when the identifier is not at hand).
    [[nodiscard]] static bool isCardData(QStringView kind, qint64 dataClass, QByteArrayView canonical = {});
    // Whether `masked` is a display form that shows no more than the masking rules allow for a card: BIN + '*' + last
    // 4 with 15–19 characters and only '*' between, or "****" with at most the last 4 digits. What a console accepts
    // as the masked form of a card record it receives.
    [[nodiscard]] static bool isSafeCardMask(QStringView masked);
};

} // namespace custodian
