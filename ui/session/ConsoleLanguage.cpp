#include "ui/session/ConsoleLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

#include <algorithm>
#include <tuple>

namespace custodian {

namespace {
const QString ResourceDirectory = QStringLiteral(":/i18n");
const QString FilePrefix = QStringLiteral("custodian_");
} // namespace

QStringList ConsoleLanguage::available()
{
    QStringList languages { QLatin1String(SourceLanguage) };
    const QStringList files = QDir(ResourceDirectory).entryList({ FilePrefix + QStringLiteral("*.qm") }, QDir::Files);
    for (const QString& file : files) {
        const QString language = file.mid(FilePrefix.size()).chopped(3);
        if (!languages.contains(language))
            languages.append(language);
    }
    std::sort(languages.begin(), languages.end());
    return languages;
}

QString ConsoleLanguage::stored(const QSettings& settings)
{
    const QString language = settings.value(QLatin1String(SettingsKey)).toString();
    return available().contains(language) ? language : QString();
}

void ConsoleLanguage::store(QSettings& settings, const QString& language)
{
    if (language.isEmpty())
        settings.remove(QLatin1String(SettingsKey));
    else
        settings.setValue(QLatin1String(SettingsKey), language);
}

QLocale ConsoleLanguage::locale(const QString& language)
{
    return language.isEmpty() ? QLocale() : QLocale(language);
}

void ConsoleLanguage::install(const QLocale& locale)
{
    QCoreApplication::removeTranslator(&m_console);
    QCoreApplication::removeTranslator(&m_qt);
    // QTranslator::load(QLocale, ...) would also try the locale's fallbacks (an English system listing German second
    // would get German): the console speaks the one language chosen, or the system's first.
    const QString language = locale.uiLanguages().value(0).section(QLatin1Char('-'), 0, 0);
    if (language.isEmpty() || language == QLatin1String(SourceLanguage)
        || !m_console.load(FilePrefix + language, ResourceDirectory)) {
        std::ignore = m_console.load(QString()); // unload what a previous call loaded
        return;
    }
    QCoreApplication::installTranslator(&m_console);
    if (m_qt.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
}

QString ConsoleLanguage::loadedFile() const
{
    return m_console.isEmpty() ? QString() : m_console.filePath();
}

} // namespace custodian
