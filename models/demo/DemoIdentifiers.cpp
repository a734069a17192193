#include "demo/DemoIdentifiers.h"

#include "demo/DemoRandom.h"
#include "domain/IdentifierMasking.h"

#include <array>

namespace custodian {

namespace {
__extension__ using Wide = unsigned __int128;

struct CardScheme
{
    const char* bin; // 6 or 8 digits
    int length; // PAN length including the check digit
    int weight;
};

// Issuer prefixes of the major schemes (Visa 4, Mastercard 51-55 and 2221-2720, Amex 34/37, Discover 6011,
// UnionPay 62, Maestro 67, JCB 35): realistic BINs, including 8-digit ones (ISO/IEC 7812-1:2017).
constexpr std::array<CardScheme, 16> schemes { {
    { "453201", 16, 14 },
    { "476173", 16, 10 },
    { "492181", 16, 8 },
    { "41799200", 16, 6 },
    { "40128888", 16, 4 },
    { "427533", 19, 2 }, // Visa, incl. a 19-digit range
    { "542418", 16, 10 },
    { "555555", 16, 4 },
    { "22230012", 16, 5 },
    { "51051051", 16, 4 }, // Mastercard
    { "378282", 15, 5 },
    { "371449", 15, 3 }, // American Express
    { "601100", 16, 3 }, // Discover
    { "62212645", 19, 3 }, // UnionPay
    { "676770", 19, 2 }, // Maestro
    { "353011", 16, 2 }, // JCB
} };

qint64 power10(int n)
{
    qint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

qint64 reverseDigits(qint64 value, int digits)
{
    qint64 out = 0;
    for (int i = 0; i < digits; ++i) {
        out = out * 10 + value % 10;
        value /= 10;
    }
    return out;
}

// A bijection of [0, 10^digits): multiply by a unit mod 10^digits, reverse the digits, multiply again. Spreads
// sequential indexes over the number space (no visible stride in the last four digits) and keeps them distinct.
qint64 spread(qint64 index, int digits, qint64 salt)
{
    const qint64 modulus = power10(digits);
    auto affine = [modulus](qint64 x, quint64 multiplier, qint64 add) {
        return qint64((Wide(quint64(x)) * multiplier + quint64(add % modulus)) % quint64(modulus));
    };
    // Both multipliers are odd and not multiples of 5, hence units modulo any power of ten.
    const qint64 first = affine(index % modulus, 2'862'933'555'777'941'757ULL, salt);
    return affine(reverseDigits(first, digits), 3'202'034'522'624'059'733ULL, salt / 7);
}

QByteArray digitsOf(qint64 value, int width)
{
    QByteArray out(width, '0');
    for (int i = width - 1; i >= 0 && value > 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out;
}
} // namespace

char DemoIdentifiers::luhnCheckDigit(QByteArrayView digits)
{
    int sum = 0;
    bool twice = true; // the digit left of the check digit is doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i] - '0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return char('0' + (10 - sum % 10) % 10);
}

bool DemoIdentifiers::luhnValid(QByteArrayView digits)
{
    if (digits.size() < 2)
        return false;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return false;
    }
    return luhnCheckDigit(digits.first(digits.size() - 1)) == digits.back();
}

QString DemoIdentifiers::maskCard(QByteArrayView pan)
{
    // One implementation of the masking rules for the demo and the console (PCI DSS v4.0 3.4.1).
    return IdentifierMasking::maskCard(pan);
}

QString DemoIdentifiers::maskLast4(QByteArrayView identifier)
{
    return IdentifierMasking::maskTrailing(identifier);
}

DemoIdentifiers::Identifier DemoIdentifiers::make(DataClass dataClass, qint64 index, DemoRandom& random)
{
    Identifier id;
    switch (dataClass) {
    case DataClass::PaymentCard: {
        std::array<int, schemes.size()> weights {};
        for (std::size_t i = 0; i < schemes.size(); ++i)
            weights[i] = schemes[i].weight;
        const CardScheme& scheme = schemes[random.weighted(weights)];
        const QByteArray bin(scheme.bin);
        const int accountDigits = scheme.length - int(bin.size()) - 1;
        QByteArray pan = bin + digitsOf(spread(index, accountDigits, 4'242'424'242 + bin.toLongLong()), accountDigits);
        pan += luhnCheckDigit(pan);
        id.kind = QStringLiteral("card");
        id.canonical = pan;
        id.masked = maskCard(pan);
        return id;
    }
    case DataClass::Communications: {
        static const char* const kinds[] = { "call_recording", "chat_transcript", "email_thread" };
        static const char* const prefixes[] = { "REC", "CHT", "EML" };
        const std::size_t k = std::size_t(random.weighted(std::array<int, 3> { 55, 30, 15 }));
        id.kind = QString::fromLatin1(kinds[k]);
        id.canonical = QByteArray(prefixes[k]) + digitsOf(spread(index, 10, 1'357'913'579), 10);
        id.masked = maskLast4(id.canonical);
        return id;
    }
    case DataClass::Pii:
    case DataClass::None:
        break;
    }
    const std::size_t k = std::size_t(random.weighted(std::array<int, 3> { 60, 20, 20 }));
    if (k == 0) {
        id.kind = QStringLiteral("account");
        id.canonical = QByteArray("CA") + digitsOf(spread(index, 10, 2'468'024'680), 10);
    } else if (k == 1) {
        id.kind = QStringLiteral("national_id");
        // The shapes of the customers' national numbers: Portuguese NIF (9 digits), Polish PESEL (11 digits),
        // Irish PPSN (7 digits and a check letter, plus a letter).
        const std::size_t shape = std::size_t(random.below(3));
        if (shape == 0) {
            id.canonical = QByteArray("PT") + digitsOf(spread(index, 9, 123'456'789), 9);
        } else if (shape == 1) {
            id.canonical = QByteArray("PL") + digitsOf(spread(index, 11, 90'010'112'345), 11);
        } else {
            const qint64 number = spread(index, 7, 7'654'321);
            id.canonical
                = QByteArray("IE") + digitsOf(number, 7) + char('A' + number % 23) + char('A' + random.below(8));
        }
    } else {
        id.kind = QStringLiteral("phone");
        id.canonical = QByteArray("+3519") + digitsOf(spread(index, 8, 24'681'357), 8);
    }
    id.masked = maskLast4(id.canonical);
    return id;
}

} // namespace custodian
