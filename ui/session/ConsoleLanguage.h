#pragma once

#include <QLocale>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace custodian {

// Which language the console speaks. The supervisor's choice is stored in QSettings (empty: the system's language);
// main() loads it before the first widget exists, because Qt widgets take their texts when they are built — a
// change therefore applies at the next start. The languages offered are the ones there is a compiled translation
// for in :/i18n (plus English, the language of the sources), so adding custodian_<lang>.ts adds a choice.
class ConsoleLanguage
{
public:
    static constexpr const char* SettingsKey = "ui/language";
    static constexpr const char* SourceLanguage = "en";

    // "en" and every <lang> of a :/i18n/custodian_<lang>.qm, sorted.
    [[nodiscard]] static QStringList available();
    // The stored choice: a code from available(), or empty for the system's language (also when the stored code
    // has no translation any more).
    [[nodiscard]] static QString stored(const QSettings& settings);
    static void store(QSettings& settings, const QString& language);
    // The locale whose translations apply: the chosen language, or the default locale (the system's) when empty.
    [[nodiscard]] static QLocale locale(const QString& language);

    ConsoleLanguage() = default;
    Q_DISABLE_COPY_MOVE(ConsoleLanguage)

    // Loads the console's translation and Qt's own (qtbase, when installed) for the locale and installs them in
    // the application. English, or a language without a translation, installs nothing: the sources are English.
    void install(const QLocale& locale);
    // The console's translation file in use, empty when none.
    [[nodiscard]] QString loadedFile() const;

private:
    QTranslator m_console;
    QTranslator m_qt;
};

} // namespace custodian
