#pragma once

#include <QString>

namespace custodian {

class DemoRandom;

// Built-in name lists for the demo's people, one list per site locale (Portuguese, Filipino, Irish, Polish), so
// that a Kraków team reads like a Kraków team. Invented combinations of common given names and surnames; no
// real person is meant. Polish surnames take the feminine form where the language has one.
class DemoNames
{
public:
    enum class Locale { Portuguese, Filipino, Irish, Polish };

    struct Person
    {
        QString first;
        QString last;
        [[nodiscard]] QString displayName() const { return first + QLatin1Char(' ') + last; }
    };

    static Person person(Locale locale, DemoRandom& random);
    // Lower-case ASCII login name ("a.ferreira"): diacritics folded, ł/ß and friends transliterated.
    static QString username(const Person& person);
};

} // namespace custodian
