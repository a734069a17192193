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
