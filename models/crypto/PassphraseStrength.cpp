#include "crypto/PassphraseStrength.h"

#include "crypto/SecureBuffer.h"

#include <QCoreApplication>

#include <zxcvbn.h>

#include <vector>

namespace custodian {

namespace {
PassphraseStrength::Rating ratingFor(double bits)
{
    using Rating = PassphraseStrength::Rating;
    if (bits < 30)
        return Rating::VeryWeak;
    if (bits < PassphraseStrength::MinimumBits)
        return Rating::Weak;
    if (bits < 65)
        return Rating::Fair;
    if (bits < 90)
        return Rating::Strong;
    return Rating::VeryStrong;
}

QString weaknessFor(int type)
{
    switch (type & ~MULTIPLE_MATCH) {
    case DICTIONARY_MATCH:
        return PassphraseStrength::tr("a common word, name or password");
    case DICT_LEET_MATCH:
        return PassphraseStrength::tr("a common word with letters swapped for look-alike digits or symbols");
    case USER_MATCH:
    case USER_LEET_MATCH:
        return PassphraseStrength::tr("your user name, the store's name or the product's name");
    case REPEATS_MATCH:
        return PassphraseStrength::tr("repeated characters");
    case SEQUENCE_MATCH:
        return PassphraseStrength::tr("a sequence such as abc or 123");
    case SPATIAL_MATCH:
        return PassphraseStrength::tr("a keyboard pattern such as qwerty");
    case DATE_MATCH:
    case YEAR_MATCH:
        return PassphraseStrength::tr("a date or year");
    default:
        return {};
    }
}
} // namespace

PassphraseStrength::Estimate PassphraseStrength::estimate(QByteArrayView utf8, const QStringList& avoidWords)
{
    Estimate result;
    if (utf8.isEmpty())
        return result;
    // zxcvbn wants a NUL-terminated string: the copy lives in a SecureBuffer, wiped when it goes.
    SecureBuffer terminated(std::size_t(utf8.size()) + 1);
    std::copy(utf8.begin(), utf8.end(), terminated.data());
    terminated.data()[utf8.size()] = 0;

    std::vector<QByteArray> words;
    for (const QString& word : avoidWords) {
        if (!word.trimmed().isEmpty())
            words.push_back(word.trimmed().toUtf8());
    }
    std::vector<const char*> dictionary;
    for (const QByteArray& word : words)
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);

    ZxcMatch_t* info = nullptr;
    result.bits = ZxcvbnMatch(reinterpret_cast<const char*>(terminated.data()), dictionary.data(), &info);
    for (const ZxcMatch_t* match = info; match; match = match->Next) {
        const QString weakness = weaknessFor(int(match->Type));
        if (!weakness.isEmpty() && !result.weaknesses.contains(weakness))
            result.weaknesses << weakness;
    }
    ZxcvbnFreeInfo(info);
    result.rating = ratingFor(result.bits);
    return result;
}

QString PassphraseStrength::ratingName(Rating rating)
{
    switch (rating) {
    case Rating::Empty:
        return {};
    case Rating::VeryWeak:
        return tr("Very weak");
    case Rating::Weak:
        return tr("Weak");
    case Rating::Fair:
        return tr("Fair");
    case Rating::Strong:
        return tr("Strong");
    case Rating::VeryStrong:
        return tr("Very strong");
    }
    return {};
}

} // namespace custodian
