// The console's shell offscreen: pages plugged in through MainWindow::addPage, hidden while locked, switched with
// Ctrl+1…9; locking hides them and tells them to clear; the settings page drives the idle lock; the shortcut
// overview lists what there is; "Open another store…" points the locked console at another store.
#include "support/TestStore.h"
#include "ui/session/StoreSession.h"
#include "ui/settings/SettingsPage.h"
#include "ui/setup/StoreSetupWizard.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace custodian;

class MainWindowNavigationTest : public QObject
{
    Q_OBJECT

private:
    static QStringList auditActions(const QString& path)
    {
        auto store = Store::unlock(path, test::TestStore::Passphrase);
        if (!store)
            return { store.error().message() };
        auto statement = store->database().prepare(QStringLiteral("SELECT action FROM console_audit ORDER BY seq"));
        QStringList actions;
        while (statement && *statement->step())
            actions << statement->text(0);
        return actions;
    }

    static bool unlock(MainWindow& window, StoreSession& session)
    {
        auto* edit = window.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        edit->setText(QString::fromUtf8(test::TestStore::Passphrase));
        QTest::keyClick(edit, Qt::Key_Return);
        return QTest::qWaitFor([&session]() { return session.isUnlocked(); }, 15000);
    }

    static void press(MainWindow& window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier)
    {
        QTest::keyClick(&window, key, modifiers);
    }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CustodianTests"));
        QCoreApplication::setApplicationName(QStringLiteral("MainWindowNavigationTest"));
        QSettings().clear();
    }

    void pagesAreHiddenWhileLockedAndSwitchWithCtrlDigits()
    {
        test::TestStore fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
        fixture.close();

        StoreSession session(fixture.path());
        MainWindow window(&session);
        // The console's first page (ConsolePages adds Today first); the window itself has none but Settings.
        auto* today = new QLabel(QStringLiteral("today page"));
        today->setObjectName(QStringLiteral("todayPage"));
        QCOMPARE(window.addPage(today, QStringLiteral("Today")), 0);
        auto* access = new QLabel(QStringLiteral("access page"));
        access->setObjectName(QStringLiteral("accessPage"));
        auto* findings = new QLabel(QStringLiteral("findings page"));
        findings->setObjectName(QStringLiteral("findingsPage"));
        QCOMPARE(window.addPage(access, QStringLiteral("Access")), 1);
        QCOMPARE(window.addPage(findings, QStringLiteral("Findings"), QIcon(), QKeySequence(Qt::Key_F7)), 2);
        // Settings stays last.
        QCOMPARE(window.pageCount(), 4);
        QCOMPARE(window.page(3), window.settingsPage());
        QCOMPARE(window.page(0)->objectName(), QStringLiteral("todayPage"));

        // A page clearing its data on lock, as the contract asks.
        bool accessCleared = false;
        connect(&window, &MainWindow::locked, access, [&accessCleared, access]() {
            access->clear();
            accessCleared = true;
        });

        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pageStack"));
        QVERIFY(navigation && stack);
        QCOMPARE(navigation->count(), 4);

        // Locked: the unlock page only — no navigation, no page, and the page shortcuts do nothing.
        auto verifyLocked = [&]() {
            QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("unlockPage"));
            QVERIFY(!navigation->isVisible());
            for (int i = 0; i < window.pageCount(); ++i)
                QVERIFY2(!window.page(i)->isVisible(), qPrintable(window.page(i)->objectName()));
            QCOMPARE(window.currentPage(), -1);
        };
        verifyLocked();
        press(window, Qt::Key_2);
        verifyLocked();

        QVERIFY(unlock(window, session));
        QVERIFY(navigation->isVisible());
        QCOMPARE(window.currentPage(), 0);
        QVERIFY(window.page(0)->isVisible());
        QCOMPARE(QSettings().value(QLatin1String(MainWindow::LastStorePathKey)).toString(),
                 QFileInfo(fixture.path()).absoluteFilePath());

        // Ctrl+2 and Ctrl+3 by position, the page's own F7, Ctrl+4 for Settings; the list follows.
        QSignalSpy changed(&window, &MainWindow::currentPageChanged);
        press(window, Qt::Key_2);
        QCOMPARE(window.currentPage(), 1);
        QVERIFY(access->isVisible());
        QVERIFY(!window.page(0)->isVisible());
        QCOMPARE(navigation->currentRow(), 1);
        press(window, Qt::Key_F7, Qt::NoModifier);
        QCOMPARE(window.currentPage(), 2);
        press(window, Qt::Key_4);
        QCOMPARE(window.currentPage(), 3);
        QVERIFY(window.settingsPage()->isVisible());
        navigation->setCurrentRow(1);
        QCOMPARE(window.currentPage(), 1);
        QCOMPARE(changed.size(), 4);

        // Ctrl+L: locked() goes out, every page and the navigation are hidden, the audit has the lock.
        QSignalSpy lockedSpy(&window, &MainWindow::locked);
        press(window, Qt::Key_L);
        QTRY_VERIFY(!session.isUnlocked());
        QCOMPARE(lockedSpy.size(), 1);
        QVERIFY(accessCleared);
        QVERIFY(access->text().isEmpty());
        verifyLocked();
        const QStringList actions = auditActions(fixture.path());
        QCOMPARE(actions,
                 (QStringList { QStringLiteral("store.created"), QStringLiteral("unlock"), QStringLiteral("lock") }));

        // Unlocking again returns to the page that was shown.
        QVERIFY(unlock(window, session));
        QCOMPARE(window.currentPage(), 1);
        QVERIFY(access->isVisible());
    }

    void settingsDriveTheIdleLockAndRefuseImpossibleValues()
    {
        test::TestStore fixture;
        QVERIFY(fixture.isValid());
        fixture.close();
        StoreSession session(fixture.path());
        MainWindow window(&session);
        QCOMPARE(window.autoLockInterval(), 5 * 60 * 1000);

        auto* settings = window.settingsPage();
        auto* autoLock = settings->findChild<QSpinBox*>(QStringLiteral("autoLockMinutesSpin"));
        auto* autoLockError = settings->findChild<QLabel*>(QStringLiteral("autoLockError"));
        auto* reveal = settings->findChild<QSpinBox*>(QStringLiteral("revealSecondsSpin"));
        auto* revealError = settings->findChild<QLabel*>(QStringLiteral("revealError"));
        auto* clipboard = settings->findChild<QLabel*>(QStringLiteral("clipboardClearInfo"));
        QVERIFY(autoLock && autoLockError && reveal && revealError && clipboard);
        QCOMPARE(autoLock->value(), 5);
        QCOMPARE(reveal->value(), 30);
        QVERIFY(clipboard->text().contains(QStringLiteral("30")));

        // Applied at once, and kept.
        autoLock->setValue(2);
        QCOMPARE(window.autoLockInterval(), 2 * 60 * 1000);
        QCOMPARE(QSettings().value(QStringLiteral("security/autoLockMinutes")).toInt(), 2);
        QVERIFY(autoLockError->isHidden());

        // Impossible values: a message, nothing changed.
        for (int impossible : { 0, 241, 5000 }) {
            autoLock->setValue(impossible);
            QVERIFY(!autoLockError->isHidden());
            QVERIFY2(autoLockError->text().contains(QStringLiteral("1 to 240")), qPrintable(autoLockError->text()));
            QCOMPARE(window.autoLockInterval(), 2 * 60 * 1000);
            QCOMPARE(SettingsPage::autoLockMinutes(), 2);
        }
        autoLock->setValue(240);
        QVERIFY(autoLockError->isHidden());
        QCOMPARE(window.autoLockInterval(), 240 * 60 * 1000);

        QSignalSpy revealChanged(settings, &SettingsPage::revealSecondsChanged);
        reveal->setValue(3);
        QVERIFY(!revealError->isHidden());
        QCOMPARE(SettingsPage::revealSeconds(), 30);
        reveal->setValue(45);
        QVERIFY(revealError->isHidden());
        QCOMPARE(QSettings().value(QStringLiteral("privacy/revealSeconds")).toInt(), 45);
        QCOMPARE(revealChanged.size(), 1);
        QCOMPARE(revealChanged.first().first().toInt(), 45);

        // A value edited by hand out of range is brought into range; a new window starts with the setting.
        QSettings().setValue(QStringLiteral("security/autoLockMinutes"), 100000);
        QCOMPARE(SettingsPage::autoLockMinutes(), 240);
        QSettings().setValue(QStringLiteral("security/autoLockMinutes"), 7);
        MainWindow second(&session);
        QCOMPARE(second.autoLockInterval(), 7 * 60 * 1000);
    }

    void shortcutOverviewListsWindowAndPageShortcuts()
    {
        test::TestStore fixture;
        QVERIFY(fixture.isValid());
        fixture.close();
        StoreSession session(fixture.path());
        MainWindow window(&session);
        window.addPage(new QLabel(QStringLiteral("today page")), QStringLiteral("Today"));
        auto* page = new QLabel(QStringLiteral("page"));
        auto* find = new QAction(QStringLiteral("&Find events"), page);
        find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
        page->addAction(find);
        window.addPage(page, QStringLiteral("Access"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        press(window, Qt::Key_F1, Qt::NoModifier);
        auto* dialog = window.findChild<QDialog*>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* table = dialog->findChild<QTableView*>(QStringLiteral("shortcutsTable"));
        QVERIFY(table);
        QVERIFY2(!table->isColumnHidden(2), "shortcuts work on more than one page: Where is shown");
        const QAbstractItemModel* model = table->model();
        QStringList rows;
        for (int row = 0; row < model->rowCount(); ++row)
            rows << model->index(row, 0).data().toString() + QLatin1Char('|') + model->index(row, 1).data().toString()
                    + QLatin1Char('|') + model->index(row, 2).data().toString();
        const QString all = rows.join(QLatin1Char('\n'));
        for (const QString& expected :
             { QStringLiteral("Lock|Ctrl+L|"), QStringLiteral("Quit|Ctrl+Q|"), QStringLiteral("|F1, Ctrl+?|"),
               QStringLiteral("Go to Today|Ctrl+1|"), QStringLiteral("Go to Access|Ctrl+2|"),
               QStringLiteral("Go to Settings|Ctrl+3|"), QStringLiteral("Find events|Ctrl+F|Access") })
            QVERIFY2(all.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + all));
    }

    void openAnotherStoreFromTheUnlockPage()
    {
        test::TestStore first;
        test::TestStore second;
        QVERIFY(first.isValid() && second.isValid());
        first.close();
        second.close();
        StoreSession session(first.path());
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The wizard is modal: answer it from inside its event loop.
        bool answered = false;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&]() {
            auto* wizard = qobject_cast<StoreSetupWizard*>(QApplication::activeModalWidget());
            if (!wizard)
                return;
            answer.stop();
            answered = wizard->currentId() == StoreSetupWizard::OpenPage;
            wizard->findChild<QLineEdit*>(QStringLiteral("openPathEdit"))->setText(second.path());
            wizard->button(QWizard::FinishButton)->click();
        });
        answer.start();
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("openAnotherStoreButton")), Qt::LeftButton);
        QVERIFY(answered);
        QCOMPARE(session.storePath(), QFileInfo(second.path()).absoluteFilePath());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("storeLabel"))->text(),
                 QDir::toNativeSeparators(second.directory()));
        QVERIFY(unlock(window, session));
        QCOMPARE(QSettings().value(QLatin1String(MainWindow::LastStorePathKey)).toString(),
                 QFileInfo(second.path()).absoluteFilePath());
    }
};

QTEST_MAIN(MainWindowNavigationTest)
#include "MainWindowNavigationTest.moc"
