// The console's unlock and lock paths, driven through the real widgets offscreen.
#include "store/Database.h"
#include "support/TestStore.h"
#include "ui/session/StoreSession.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/MessageBanner.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace custodian;

class ConsoleUnlockTest : public QObject
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

private Q_SLOTS:
    void initTestCase()
    {
        // Settings of this test only, starting empty: the defaults are what is tested.
        QCoreApplication::setOrganizationName(QStringLiteral("CustodianTests"));
        QCoreApplication::setApplicationName(QStringLiteral("ConsoleUnlockTest"));
        QSettings().clear();
    }

    void wrongPassphraseThenUnlockThenLock()
    {
        test::TestStore fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
        fixture.close();

        StoreSession session(fixture.path());
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* pages = window.findChild<QStackedWidget*>();
        auto* edit = window.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        auto* button = window.findChild<QPushButton*>(QStringLiteral("unlockButton"));
        auto* status = window.findChild<MessageBanner*>(QStringLiteral("unlockStatus"));
        auto* lockState = window.findChild<QLabel*>(QStringLiteral("lockState"));
        QVERIFY(pages && edit && button && status && lockState);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("unlockPage"));

        // Wrong passphrase: a clear message, still locked, a delay before the next try, field cleared.
        QTest::keyClicks(edit, QStringLiteral("not the passphrase"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("passphrase is wrong")), 15000);
        QVERIFY(!session.isUnlocked());
        QVERIFY(edit->text().isEmpty());
        QCOMPARE(session.failedAttempts(), 1);
        QVERIFY(session.retryDelayRemainingMs() > 0);
        QVERIFY(!button->isEnabled());
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("unlockPage"));

        // Right passphrase after the delay: the first page is shown, and Store → Properties shows the store's counts.
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 5000);
        // QTest::keyClicks types ASCII only; the test passphrase has non-ASCII characters on purpose.
        edit->setText(QString::fromUtf8(test::TestStore::Passphrase));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(session.isUnlocked(), 15000);
        QCOMPARE(window.currentPage(), 0);
        auto* properties = window.findChild<QAction*>(QStringLiteral("storePropertiesAction"));
        QVERIFY(properties && properties->isEnabled());
        properties->trigger();
        QPointer<QTableView> table = window.findChild<QTableView*>(QStringLiteral("storePropertiesTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 15000);
        QVERIFY(lockState->text().contains(QStringLiteral("Unlocked")));

        // Ctrl+L locks: the keys go, the pages are hidden, the counts go with them.
        auto* lockAction = window.findChild<QAction*>(QStringLiteral("lockAction"));
        QVERIFY(lockAction && lockAction->isEnabled());
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(!session.isUnlocked());
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("unlockPage"));
        QTRY_VERIFY(!table); // the properties dialog closed and was deleted
        QVERIFY(!properties->isEnabled());
        QVERIFY(lockState->text().contains(QStringLiteral("Locked")));

        // The console audit recorded the failure (once the store could be written), the unlock and the lock.
        const QStringList actions = auditActions(fixture.path());
        QCOMPARE(actions,
                 (QStringList { QStringLiteral("store.created"), QStringLiteral("unlock.failed"),
                                QStringLiteral("unlock"), QStringLiteral("lock") }));
    }

    void locksAfterIdleButNotWhileInUse()
    {
        test::TestStore fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
        fixture.close();

        StoreSession session(fixture.path());
        MainWindow window(&session);
        QCOMPARE(window.autoLockInterval(), 5 * 60 * 1000); // the default of security.md
        window.setAutoLockInterval(600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* edit = window.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        edit->setText(QString::fromUtf8(test::TestStore::Passphrase));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(session.isUnlocked(), 15000);

        // Activity keeps it open: a key press every 200 ms for well over the interval.
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
        for (int i = 0; i < 8; ++i) {
            QTest::keyClick(navigation, Qt::Key_Down);
            QTest::qWait(200);
            QVERIFY2(session.isUnlocked(), "locked although the user was active");
        }
        // Idle: it locks by itself, hides the data, and says why in the console audit.
        QTRY_VERIFY_WITH_TIMEOUT(!session.isUnlocked(), 5000);
        auto* pages = window.findChild<QStackedWidget*>();
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("unlockPage"));
        QVERIFY(!navigation->isVisible());

        auto store = Store::unlock(fixture.path(), test::TestStore::Passphrase);
        QVERIFY(store.ok());
        auto last = store->database().prepare(
            QStringLiteral("SELECT action, detail FROM console_audit ORDER BY seq DESC LIMIT 1"));
        QVERIFY(last.ok() && *last->step());
        QCOMPARE(last->text(0), QStringLiteral("lock"));
        QVERIFY2(last->text(1).contains(QStringLiteral("idle")), qPrintable(last->text(1)));
    }

    void damagedKeyringIsNamedOnTheUnlockPage()
    {
        test::TestStore fixture;
        QVERIFY(fixture.isValid());
        fixture.close();
        QFile keyring(Keyring::pathFor(fixture.path()));
        QVERIFY(keyring.open(QIODevice::ReadWrite));
        keyring.seek(40);
        const char byte = keyring.peek(1).at(0);
        keyring.write(QByteArray(1, char(byte ^ 0x5a)));
        keyring.close();

        StoreSession session(fixture.path());
        MainWindow window(&session);
        window.show();
        auto* edit = window.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        auto* status = window.findChild<MessageBanner*>(QStringLiteral("unlockStatus"));
        edit->setText(QString::fromUtf8(test::TestStore::Passphrase));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("keyring")), 15000);
        QVERIFY(!session.isUnlocked());
        // Not the user's fault: no retry delay.
        QCOMPARE(session.retryDelayRemainingMs(), 0);
    }
};

QTEST_MAIN(ConsoleUnlockTest)
#include "ConsoleUnlockTest.moc"
