#include "domain/IdentifierMasking.h"

namespace custodian {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// What may appear of a character that is shown: printable ASCII only (a canonical identifier is ASCII; anything
// else is either damage or a misuse and is hidden rather than guessed at).
QChar shown(char c)
{
    return (c > ' ' && c < 0x7f) ? QChar::fromLatin1(c) : QLatin1Char('*');
}
} // namespace

bool IdentifierMasking::isCardNumber(QByteArrayView digits)
{
    if (digits.size() < CardMinDigits || digits.size() > CardMaxDigits)
        return false;
    for (char c : digits) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

bool IdentifierMasking::luhnValid(QByteArrayView digits)
{
    if (digits.size() < 2)
        return false;
    int sum = 0;
    bool twice = false; // the check digit itself is not doubled, the one left of it is
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!isDigit(digits[i]))
            return false;
        int d = digits[i] - '0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool IdentifierMasking::looksLikePan(QByteArrayView digits)
{
    return digits.size() >= PanMinDigits && digits.size() <= CardMaxDigits && luhnValid(digits);
}

bool IdentifierMasking::isCardData(QStringView kind, qint64 dataClass, QByteArrayView canonical)
{
    constexpr qint64 PaymentCardClass = 2; // data_class 'payment_card' (Enums.h DataClass::PaymentCard)
    return kind == QLatin1String("card") || dataClass == PaymentCardClass || looksLikePan(canonical);
}

bool IdentifierMasking::isSafeCardMask(QStringView masked)
{
    auto digitsIn = [masked](qsizetype from, qsizetype count) {
        for (qsizetype i = from; i < from + count; ++i) {
            if (!masked[i].isDigit() || masked[i].unicode() > 0x7f)
                return false;
        }
        return true;
    };
    auto starsIn = [masked](qsizetype from, qsizetype count) {
        for (qsizetype i = from; i < from + count; ++i) {
            if (masked[i] != QLatin1Char('*'))
                return false;
        }
        return true;
    };
    const qsizetype n = masked.size();
    if (n >= CardMinDigits && n <= CardMaxDigits) // maskCard: 6 digits, the rest hidden but the last 4
        return digitsIn(0, CardLeadingDigits) && starsIn(CardLeadingDigits, n - CardLeadingDigits - TrailingCharacters)
            && digitsIn(n - TrailingCharacters, TrailingCharacters);
    if (n == 4) // maskTrailing of something short
        return starsIn(0, 4);
    if (n == 8) // maskTrailing: "****" + the last 4
        return starsIn(0, 4) && digitsIn(4, 4);
    return false;
}

QString IdentifierMasking::maskCard(QByteArrayView pan)
{
    if (!isCardNumber(pan))
        return maskTrailing(pan);
    QString masked;
    masked.reserve(pan.size());
    for (qsizetype i = 0; i < pan.size(); ++i) {
        const bool visible = i < CardLeadingDigits || i >= pan.size() - TrailingCharacters;
        masked += visible ? QChar::fromLatin1(pan[i]) : QLatin1Char('*');
    }
    return masked;
}

QString IdentifierMasking::maskTrailing(QByteArrayView identifier)
{
    QString masked = QStringLiteral("****");
    if (identifier.size() < MinLengthForTrailing)
        return masked;
    for (char c : identifier.last(TrailingCharacters))
        masked += shown(c);
    return masked;
}

QString IdentifierMasking::mask(QStringView kind, QByteArrayView canonical)
{
    if (kind == QLatin1String("card"))
        return maskCard(canonical);
    return maskTrailing(canonical);
}

} // namespace custodian
