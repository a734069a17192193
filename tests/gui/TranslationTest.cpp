// The German translation as the console loads it (:/i18n/custodian_de.qm through ConsoleLanguage, as main() does),
// read back through the code that produces each string: a message of crypto, store, rules and sync, the unlock page
// and the main window's navigation built for real. A string filed by lupdate under another context than the one the
// code looks it up with comes out in English here. Also the language setting's round trip and which file the loader
// picks for a language.
#include "rules/FindingCatalogue.h"
#include "store/Store.h"
#include "store/StoreFile.h"
#include "support/TestStore.h"
#include "sync/TlsPolicy.h"
#include "ui/session/ConsoleLanguage.h"
#include "ui/session/StoreSession.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/ConsolePages.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/MessageBanner.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace custodian;

class TranslationTest : public QObject
{
    Q_OBJECT

private:
    static QStringList menuTitles(const MainWindow& window)
    {
        QStringList titles;
        for (const QAction* action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    }

    static QStringList navigationTexts(const MainWindow& window)
    {
        QStringList texts;
        const auto* list = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
        for (int row = 0; list && row < list->count(); ++row)
            texts << list->item(row)->text();
        return texts;
    }

    std::unique_ptr<ConsoleLanguage> m_german;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CustodianTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TranslationTest"));
        QSettings().clear();
        m_german = std::make_unique<ConsoleLanguage>();
        m_german->install(ConsoleLanguage::locale(QStringLiteral("de")));
        QCOMPARE(m_german->loadedFile(), QStringLiteral(":/i18n/custodian_de.qm"));
    }

    void cleanupTestCase()
    {
        m_german.reset();
        QSettings().clear();
    }

    void crypto()
    {
        test::TestStore fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
        fixture.close();
        const auto store = Store::unlock(fixture.path(), "not the passphrase");
        QVERIFY(!store);
        QCOMPARE(store.error().code(), Error::Code::WrongPassphrase);
        QVERIFY2(store.error().message().contains(QStringLiteral("Die Passphrase ist falsch.")),
                 qPrintable(store.error().message()));
    }

    void store()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.custodian"));
        const auto header = StoreFile::inspect(path);
        QVERIFY(!header);
        QCOMPARE(header.error().message(), QStringLiteral("Unter %1 gibt es keinen Speicher.").arg(path));
    }

    void rules()
    {
        QCOMPARE(FindingCatalogue::title(FindingKind::OffHours), QStringLiteral("Zugriff außerhalb der Arbeitszeit"));
        QCOMPARE(FindingCatalogue::severityName(Severity::High), QStringLiteral("Hoch"));
        QCOMPARE(FindingCatalogue::statusName(FindingStatus::Acknowledged), QStringLiteral("Zur Kenntnis genommen"));
    }

    void sync()
    {
        const auto policy = TlsPolicy::fromSettings(SyncSettings {});
        QVERIFY(!policy);
        QCOMPARE(policy.error().message(), QStringLiteral("Es ist kein zentraler Dienst eingerichtet (Server-URL)."));
    }

    // ui: the unlock page and the window around it, built for real; a wrong passphrase typed into the page.
    void unlockPageAndNavigation()
    {
        test::TestStore fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
        fixture.close();
        StoreSession session(fixture.path());
        MainWindow window(&session);
        // The pages as the console adds them: their names in the navigation come from ConsolePages.
        [[maybe_unused]] const auto consolePages
            = ConsolePages::addTo(window, session, QStringLiteral("console:translation-test"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* title = window.findChild<QLabel*>(QStringLiteral("unlockTitle"));
        auto* button = window.findChild<QPushButton*>(QStringLiteral("unlockButton"));
        auto* openAnother = window.findChild<QPushButton*>(QStringLiteral("openAnotherStoreButton"));
        auto* edit = window.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        auto* status = window.findChild<MessageBanner*>(QStringLiteral("unlockStatus"));
        auto* lockState = window.findChild<QLabel*>(QStringLiteral("lockState"));
        QVERIFY(title && button && openAnother && edit && status && lockState);
        QCOMPARE(title->text(), QStringLiteral("Custodian ist gesperrt"));
        QCOMPARE(button->text(), QStringLiteral("&Entsperren"));
        QCOMPARE(openAnother->text(), QStringLiteral("Anderen Speicher öffnen …"));
        QCOMPARE(edit->accessibleName(), QStringLiteral("Passphrase"));
        QCOMPARE(lockState->text(), QStringLiteral("Gesperrt"));

        QCOMPARE(menuTitles(window),
                 (QStringList { QStringLiteral("&Speicher"), QStringLiteral("&Gehe zu"), QStringLiteral("&Hilfe") }));
        const QStringList pages = navigationTexts(window);
        QVERIFY2(pages.contains(QStringLiteral("Heute")), qPrintable(pages.join(QLatin1Char('|'))));
        QVERIFY2(pages.contains(QStringLiteral("Einstellungen")), qPrintable(pages.join(QLatin1Char('|'))));
        for (const char* name : { "Zugriffsprotokoll", "Befunde", "Rollen", "Zugriffsprüfungen", "Konsolenprotokoll" })
            QVERIFY2(pages.contains(QString::fromUtf8(name)), qPrintable(pages.join(QLatin1Char('|'))));
        auto* lock = window.findChild<QAction*>(QStringLiteral("lockAction"));
        QVERIFY(lock);
        QCOMPARE(lock->text(), QStringLiteral("&Sperren"));

        // The page shows crypto's message in German, as a supervisor would see it.
        QTest::keyClicks(edit, QStringLiteral("not the passphrase"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Die Passphrase ist falsch.")), 15000);

        // After the delay, unlocked: the status bar's plural form in German.
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 5000);
        edit->setText(QString::fromUtf8(test::TestStore::Passphrase));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(session.isUnlocked(), 15000);
        QCOMPARE(lockState->text(),
                 QStringLiteral("Entsperrt — sperrt nach %1 Minuten ohne Aktivität; Strg+L sperrt sofort")
                     .arg(SettingsPage::DefaultAutoLockMinutes));
    }

    void languagesOfferedAreTheCompiledOnes()
    {
        QCOMPARE(ConsoleLanguage::available(), (QStringList { QStringLiteral("de"), QStringLiteral("en") }));
    }

    void settingRoundTrip()
    {
        QSettings().clear();
        {
            SettingsPage page;
            auto* combo = page.findChild<QComboBox*>(QStringLiteral("languageCombo"));
            QVERIFY(combo);
            QCOMPARE(combo->count(), 3);
            QCOMPARE(combo->itemText(0), QStringLiteral("Systemvorgabe"));
            QCOMPARE(combo->currentIndex(), 0);
            QCOMPARE(combo->itemData(combo->findText(QStringLiteral("Deutsch"))).toString(), QStringLiteral("de"));
            QCOMPARE(combo->itemData(combo->findText(QStringLiteral("English"))).toString(), QStringLiteral("en"));

            combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
            QCOMPARE(QSettings().value(QLatin1String(ConsoleLanguage::SettingsKey)).toString(), QStringLiteral("de"));
            QCOMPARE(ConsoleLanguage::stored(QSettings()), QStringLiteral("de"));
        }
        {
            // A page built later (the next start) shows what is stored, and "System default" removes the choice.
            SettingsPage page;
            auto* combo = page.findChild<QComboBox*>(QStringLiteral("languageCombo"));
            QCOMPARE(combo->currentData().toString(), QStringLiteral("de"));
            combo->setCurrentIndex(0);
            QVERIFY(!QSettings().contains(QLatin1String(ConsoleLanguage::SettingsKey)));
            QCOMPARE(ConsoleLanguage::stored(QSettings()), QString());
        }
        // A stored language with no translation (any more) falls back to the system's.
        QSettings().setValue(QLatin1String(ConsoleLanguage::SettingsKey), QStringLiteral("xx"));
        QCOMPARE(ConsoleLanguage::stored(QSettings()), QString());
        QSettings().clear();
    }

    void loaderPicksTheFileOfTheLanguage()
    {
        {
            ConsoleLanguage language;
            language.install(ConsoleLanguage::locale(QStringLiteral("de")));
            QCOMPARE(language.loadedFile(), QStringLiteral(":/i18n/custodian_de.qm"));
        }
        {
            // English is the sources' language: nothing to load, even when German is installed already.
            ConsoleLanguage language;
            language.install(ConsoleLanguage::locale(QStringLiteral("en")));
            QCOMPARE(language.loadedFile(), QString());
        }
        {
            // A language without a translation loads nothing rather than some other language.
            ConsoleLanguage language;
            language.install(QLocale(QLocale::French, QLocale::France));
            QCOMPARE(language.loadedFile(), QString());
        }
        {
            // "System default" follows the default locale: Austrian German gets the German file.
            const QLocale before;
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Austria));
            ConsoleLanguage language;
            language.install(ConsoleLanguage::locale(QString()));
            QLocale::setDefault(before);
            QCOMPARE(language.loadedFile(), QStringLiteral(":/i18n/custodian_de.qm"));
        }
    }
};

QTEST_MAIN(TranslationTest)
#include "TranslationTest.moc"
