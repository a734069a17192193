#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace custodian {

// How hard a new passphrase is to guess, estimated by zxcvbn (Debian's libzxcvbn, the estimator KeePassXC
// uses): common passwords, words, names, keyboard patterns, dates, repeats and sequences count for little, so
// "Passw0rd!" rates near zero while four unrelated words rate well. The estimate is in bits (log2 of the
// guesses an informed attacker needs).
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    enum class Rating { Empty, VeryWeak, Weak, Fair, Strong, VeryStrong };

    // The least accepted for a store's passphrase. The key-encryption key is scrypt at N = 2^18 (about a
    // second per guess here, 256 MiB each): at 50 bits even an attacker with 10 000 guesses per second on a
    // stolen store needs thousands of years on average. Three common words (~44 bits) are refused; four
    // unrelated words ("correct horse battery staple", ~70 bits) pass.
    static constexpr double MinimumBits = 50.0;

    struct Estimate
    {
        double bits = 0;
        Rating rating = Rating::Empty;
        QStringList weaknesses; // what made it guessable, user-presentable ("a common word", ...)

        [[nodiscard]] bool acceptable() const { return bits >= MinimumBits; }
    };

    // `utf8` is the passphrase; `avoidWords` are words that make it easy to guess here (user name, store
    // name, product name) and count as dictionary words.
    [[nodiscard]] static Estimate estimate(QByteArrayView utf8, const QStringList& avoidWords = {});
    [[nodiscard]] static QString ratingName(Rating rating);
};

} // namespace custodian
