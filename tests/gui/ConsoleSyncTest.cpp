// Sync as the supervisor sees it, offscreen, against a real custodian-central on loopback: the console syncs when the
// store is unlocked, the status bar says so, live events appear on the access page (or a banner offers them when the
// supervisor is looking at an older row), the history lists each run, a conflict made by a second console (the real
// custodian-cli) is resolved on the sync page either way with its audit entry, and the settings section refuses an
// impossible value with its reason and writes nothing.
#include "SyncFixture.h"

#include "item/AccessEventModel.h"
#include "item/SyncConflictModel.h"
#include "rules/FindingWorkflow.h"
#include "store/SyncSettingsRepository.h"
#include "support/ResultChecks.h"
#include "sync/SyncService.h"
#include "ui/access/AccessPage.h"
#include "ui/roles/RolesPage.h"
#include "ui/session/StoreSession.h"
#include "ui/shell/ConsoleSync.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/SyncPage.h"
#include "ui/sync/SyncSettingsSection.h"
#include "ui/sync/SyncStatusIndicator.h"
#include "ui/widgets/MessageBanner.h"

#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace custodian;
using custodian::test::SyncFixture;

namespace {
qint64 orMinusOne(const Result<qint64>& value)
{
    return value ? *value : -1;
}

constexpr qint64 Events = 5'000;
constexpr int SyncTimeoutMs = 60'000;

// The console as app/console/main.cpp wires it, with the pages sync feeds.
struct Console
{
    explicit Console(const QString& path)
        : session(path)
        , window(&session)
    {
        access = new AccessPage(&session, QStringLiteral("gui-test"));
        window.addPage(access, QStringLiteral("Access audit"), QIcon());
        roles = new RolesPage(&session, QStringLiteral("gui-test"));
        window.addPage(roles, QStringLiteral("Roles"), QIcon());
        sync = new ConsoleSync(&window, &session, QStringLiteral("gui-test"), { access, nullptr, nullptr, roles });
        window.resize(1280, 800);
        window.show();
    }
    StoreSession session;
    MainWindow window;
    AccessPage* access = nullptr;
    RolesPage* roles = nullptr;
    ConsoleSync* sync = nullptr;
};

int historyRows(const Console& console, const QString& outcome)
{
    QTableView* history = console.sync->page()->historyTable();
    int rows = 0;
    for (int row = 0; history && row < history->model()->rowCount(); ++row)
        rows += history->model()->index(row, 2).data().toString() == outcome;
    return rows;
}
} // namespace

class ConsoleSyncTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void indicatorText();
    void syncsOnUnlockAndShowsLiveEvents();
    void conflictResolvedOnTheSyncPage();
    void anotherConsoleIsANoticeUntilDismissed();
    void settingsRefuseImpossibleValues();

private:
    // Unlocks and waits for the first sync to end well.
    void unlockAndSync(Console& console);
    static bool syncNow(Console& console);

    SyncFixture m_fixture;
    SyncFixture::Console m_a;
    SyncFixture::Console m_b;
};

void ConsoleSyncTest::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CustodianTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ConsoleSyncTest"));
    QSettings().clear();
    const QString problem = m_fixture.initialise(Events);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    test::CentralProcess::Serve serve;
    serve.liveRate = 50; // new events while the console runs
    const QString started = m_fixture.central().start(serve);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    auto a = m_fixture.makeConsole(QStringLiteral("a"), 0);
    CUSTODIAN_VERIFY_OK(a);
    m_a = *a;
    auto b = m_fixture.makeConsole(QStringLiteral("b"), 1);
    CUSTODIAN_VERIFY_OK(b);
    m_b = *b;
    // Runs happen when this test asks (Sync now), not on the schedule, so that the conflict below is made in order.
    auto store = m_a.unlock();
    CUSTODIAN_VERIFY_OK(store);
    auto settings = SyncSettingsRepository(store->database()).load();
    CUSTODIAN_VERIFY_OK(settings);
    settings->intervalSeconds = SyncSettings::MaxIntervalSeconds;
    CUSTODIAN_VERIFY_OK(SyncSettingsRepository(store->database()).save(*settings, QStringLiteral("test")));
}

void ConsoleSyncTest::cleanupTestCase()
{
    m_fixture.central().stop();
}

void ConsoleSyncTest::unlockAndSync(Console& console)
{
    QVERIFY(QTest::qWaitForWindowExposed(&console.window));
    console.session.unlock(SecureBuffer::copyOf(QByteArray(SyncFixture::Passphrase)));
    QTRY_VERIFY_WITH_TIMEOUT(console.session.isUnlocked(), 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(console.sync->service()->status().state == SyncStatus::State::Idle, SyncTimeoutMs);
    // Pages hidden behind the current one build their content a moment after the unlock (SessionPage).
    QTRY_VERIFY(console.sync->settingsSection()->unlockedContent());
}

bool ConsoleSyncTest::syncNow(Console& console)
{
    auto* button = console.sync->page()->findChild<QPushButton*>(QStringLiteral("syncNow"));
    if (!button || !button->isEnabled())
        return false;
    const int before = historyRows(console, QStringLiteral("ok"));
    QTest::mouseClick(button, Qt::LeftButton);
    return QTest::qWaitFor(
        [&] {
            return console.sync->service()->status().state == SyncStatus::State::Idle
                && historyRows(console, QStringLiteral("ok")) > before;
        },
        SyncTimeoutMs);
}

void ConsoleSyncTest::indicatorText()
{
    const qint64 now = QDateTime(QDate(2026, 12, 3), QTime(14, 30)).toMSecsSinceEpoch();
    SyncStatus status;
    QCOMPARE(SyncStatusIndicator::statusText(status, now), QStringLiteral("Sync not set up"));
    status.state = SyncStatus::State::Offline;
    QVERIFY(SyncStatusIndicator::statusText(status, now).contains(QStringLiteral("last sync never")));
    status.lastSuccessAt = QDateTime(QDate(2026, 12, 3), QTime(14, 2)).toMSecsSinceEpoch();
    status.waiting = 2;
    status.conflicts = 1;
    const QString offline = SyncStatusIndicator::statusText(status, now);
    QVERIFY2(offline.startsWith(QStringLiteral("Offline")), qPrintable(offline));
    QVERIFY2(offline.contains(SyncStatusIndicator::when(status.lastSuccessAt, now)), qPrintable(offline));
    QVERIFY2(offline.contains(QStringLiteral("2 change")), qPrintable(offline));
    QVERIFY2(offline.contains(QStringLiteral("1 conflict")), qPrintable(offline));
    status.rolledBack = true;
    QVERIFY(SyncStatusIndicator::statusText(status, now).startsWith(QStringLiteral("Store rolled back")));
    // Older than today: the day, not only a time that reads as today's.
    status.lastSuccessAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0)).toMSecsSinceEpoch();
    QVERIFY(!SyncStatusIndicator::when(status.lastSuccessAt, now).contains(QStringLiteral("9:00")));
    status.message = QStringLiteral("The central service at 127.0.0.1 refused the connection (not running?).");
    QVERIFY(SyncStatusIndicator::statusToolTip(status, now).contains(status.message));
    // A token that expires within 14 days is said in the status bar and its tooltip; one that lasts longer is not.
    constexpr qint64 DayMs = 86'400'000;
    status.tokenExpiresAt = now + 20 * DayMs;
    QVERIFY(!SyncStatusIndicator::statusText(status, now).contains(QStringLiteral("token")));
    status.tokenExpiresAt = now + 3 * DayMs;
    QVERIFY2(SyncStatusIndicator::statusText(status, now).contains(QStringLiteral("token expires in 3 day(s)")),
             qPrintable(SyncStatusIndicator::statusText(status, now)));
    QVERIFY(SyncStatusIndicator::statusToolTip(status, now).contains(QStringLiteral("The sync token expires on")));
    status.tokenExpiresAt = now - DayMs;
    QVERIFY(SyncStatusIndicator::statusText(status, now).contains(QStringLiteral("token expired")));
}

void ConsoleSyncTest::syncsOnUnlockAndShowsLiveEvents()
{
    Console console(m_a.path);
    unlockAndSync(console);
    SyncStatusIndicator* indicator = console.sync->indicator();
    QVERIFY(indicator->isVisible());
    QVERIFY2(indicator->text().startsWith(QStringLiteral("Synced")), qPrintable(indicator->text()));
    QCOMPARE(historyRows(console, QStringLiteral("ok")), 1);
    QVERIFY(SyncFixture::count(m_a, QStringLiteral("SELECT count(*) FROM access_event")) >= Events);
    // The roles page was built at unlock, on a store without agents: the first sync's agents reach its picker.
    auto* agentPicker = console.roles->findChild<QComboBox*>(QStringLiteral("rolesAgent"));
    QVERIFY(agentPicker);
    QCOMPARE(qint64(agentPicker->count()), SyncFixture::count(m_a, QStringLiteral("SELECT count(*) FROM agent")));
    QVERIFY(agentPicker->count() > 0);
    // So do the access page's team and site filters (and only once each: a later sync replaces them).
    auto* teamFilter = console.access->findChild<QComboBox*>(QStringLiteral("teamFilter"));
    auto* siteFilter = console.access->findChild<QComboBox*>(QStringLiteral("siteFilter"));
    QVERIFY(teamFilter && siteFilter);
    QCOMPARE(qint64(teamFilter->count()), 1 + SyncFixture::count(m_a, QStringLiteral("SELECT count(*) FROM team")));
    QCOMPARE(qint64(siteFilter->count()), 1 + SyncFixture::count(m_a, QStringLiteral("SELECT count(*) FROM site")));
    QVERIFY(siteFilter->count() > 1);
    siteFilter->setCurrentIndex(1);
    const QVariant chosenSite = siteFilter->currentData();
    console.access->reloadChoices();
    QCOMPARE(qint64(siteFilter->count()), 1 + SyncFixture::count(m_a, QStringLiteral("SELECT count(*) FROM site")));
    QCOMPARE(siteFilter->currentData(), chosenSite);
    siteFilter->setCurrentIndex(0);

    // The last hour holds only what the service made live since it started (the demo log ends in June).
    console.window.setCurrentPage(console.window.indexOf(console.access));
    auto* preset = console.access->findChild<QComboBox*>(QStringLiteral("timePreset"));
    auto* table = console.access->findChild<QTableView*>(QStringLiteral("accessTable"));
    auto* banner = console.access->findChild<QFrame*>(QStringLiteral("newEventsBanner"));
    QVERIFY(preset && table && banner);
    preset->setCurrentIndex(preset->findData(int(AccessFilter::TimePreset::LastHour)));
    QTest::qWait(1000); // the first sync may have come before the service made any
    QVERIFY(syncNow(console));
    QTRY_VERIFY_WITH_TIMEOUT(table->model() && table->model()->rowCount() > 0, 10'000);
    const int before = table->model()->rowCount();
    QTest::qWait(1500); // 50 new events per second on the service
    QVERIFY(syncNow(console));
    // At the newest edge with nothing selected, the page shows them by itself.
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > before, 10'000);
    QVERIFY(!console.access->isNewEventsBannerShown());

    // Looking at a row: the page does not move under the supervisor, a banner offers the new events instead.
    auto* model = qobject_cast<AccessEventModel*>(table->model());
    QVERIFY(model);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10'000);
    table->setCurrentIndex(table->model()->index(2, 0));
    const QModelIndex looked = table->currentIndex();
    const QVariant lookedAt = table->model()->data(looked);
    const QPoint tableAt = table->mapTo(&console.window, QPoint(0, 0));
    QTest::qWait(1000);
    QVERIFY(syncNow(console));
    QTRY_VERIFY_WITH_TIMEOUT(console.access->isNewEventsBannerShown(), 10'000);
    // Nothing moves when it appears: the row under the pointer stays where it was.
    QApplication::processEvents();
    QCOMPARE(table->mapTo(&console.window, QPoint(0, 0)), tableAt);
    QCOMPARE(table->currentIndex().row(), looked.row());
    QCOMPARE(table->model()->data(table->currentIndex()), lookedAt);
    auto* showNewest = banner->findChild<QPushButton*>(QStringLiteral("showNewestEvents"));
    QVERIFY(showNewest);
    const int shown = table->model()->rowCount();
    QTest::mouseClick(showNewest, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!console.access->isNewEventsBannerShown() && table->model()->rowCount() >= shown, 10'000);

    // Locking stops sync and hides the indicator.
    console.session.lock();
    QVERIFY(!console.sync->service()->isRunning());
    QVERIFY(!indicator->isVisible());
}

void ConsoleSyncTest::conflictResolvedOnTheSyncPage()
{
    // The second console (the real custodian-cli) has the same findings.
    QVERIFY2(m_fixture.sync(m_b).ok(), "console b's first sync");
    Console console(m_a.path);
    unlockAndSync(console);
    Database& database = console.session.store()->database();

    // Both supervisors decide on the same open finding; b's decision reaches the service first. In the first round
    // this console's step cannot follow theirs (an escalated finding cannot be dismissed): keep mine is refused with
    // the reason and theirs is taken. In the second it can (acknowledged, then escalated): mine is kept and sent again.
    struct Round
    {
        FindingStatus theirs;
        FindingStatus mine;
        bool keepMine;
    };
    for (const Round& round : { Round { FindingStatus::Escalated, FindingStatus::Dismissed, false },
                                Round { FindingStatus::Acknowledged, FindingStatus::Escalated, true } }) {
        auto finding = database.queryInt(QStringLiteral("SELECT coalesce(min(id), 0) FROM finding WHERE status = 1"));
        CUSTODIAN_VERIFY_OK(finding);
        QVERIFY(*finding > 0);
        auto key = database.queryText(QStringLiteral("SELECT dedupe_key FROM finding WHERE id = %1").arg(*finding));
        CUSTODIAN_VERIFY_OK(key);
        {
            auto b = m_b.unlock();
            CUSTODIAN_VERIFY_OK(b);
            auto onB
                = b->database().queryInt(QStringLiteral("SELECT id FROM finding WHERE dedupe_key = '%1'").arg(*key));
            CUSTODIAN_VERIFY_OK(onB);
            auto recipient = b->database().queryInt(QStringLiteral("SELECT min(id) FROM supervisor"));
            CUSTODIAN_VERIFY_OK(recipient);
            CUSTODIAN_VERIFY_OK(round.theirs == FindingStatus::Escalated
                                    ? FindingWorkflow::escalate(b->database(), *onB, QStringLiteral("decided on b"),
                                                                *recipient, QStringLiteral("console:b"))
                                    : FindingWorkflow::changeStatus(b->database(), *onB, round.theirs,
                                                                    QStringLiteral("decided on b"),
                                                                    QStringLiteral("console:b")));
        }
        const auto pushed = m_fixture.sync(m_b);
        QVERIFY2(pushed.ok() && pushed.summary.value(QStringLiteral("pushed")).toInteger() == 1,
                 qPrintable(pushed.describe()));
        auto recipient = database.queryInt(QStringLiteral("SELECT min(id) FROM supervisor"));
        CUSTODIAN_VERIFY_OK(recipient);
        CUSTODIAN_VERIFY_OK(round.mine == FindingStatus::Escalated
                                ? FindingWorkflow::escalate(database, *finding, QStringLiteral("decided on a"),
                                                            *recipient, QStringLiteral("gui-test"))
                                : FindingWorkflow::changeStatus(database, *finding, round.mine,
                                                                QStringLiteral("decided on a"),
                                                                QStringLiteral("gui-test")));
        QVERIFY(syncNow(console));

        // The conflict is on the sync page and in the status bar.
        SyncPage* page = console.sync->page();
        QTableView* conflicts = page->conflictsTable();
        QTRY_COMPARE_WITH_TIMEOUT(conflicts->model()->rowCount(), 1, 10'000);
        QVERIFY2(console.sync->indicator()->text().contains(QStringLiteral("1 conflict")),
                 qPrintable(console.sync->indicator()->text()));
        // Theirs names the other supervisor as people know them (AuditNames), not by the service's login.
        const QString login = m_fixture.central().supervisors().value(1);
        auto name = database.queryText(
            QStringLiteral("SELECT display_name FROM supervisor WHERE username = '%1'").arg(login));
        CUSTODIAN_VERIFY_OK(name);
        QVERIFY2(!name->isEmpty() && *name != login, qPrintable(login));
        const QString theirs = conflicts->model()->index(0, SyncConflictModel::TheirsColumn).data().toString();
        QVERIFY2(theirs.endsWith(QStringLiteral(" (by %1)").arg(*name)), qPrintable(theirs));
        auto* keepMine = page->findChild<QPushButton*>(QStringLiteral("keepMine"));
        auto* takeTheirs = page->findChild<QPushButton*>(QStringLiteral("takeTheirs"));
        auto* message = page->findChild<MessageBanner*>(QStringLiteral("syncMessage"));
        QVERIFY(keepMine && takeTheirs && message);
        conflicts->selectRow(0);
        // CUSTODIAN_SCREENSHOT_DIR=dir: the window (1 280 x 800) on the sync page with the conflict, for the docs.
        if (const QString dir = qEnvironmentVariable("CUSTODIAN_SCREENSHOT_DIR"); !dir.isEmpty() && !round.keepMine) {
            for (int i = 0; i < console.window.pageCount(); ++i) {
                if (console.window.page(i) == page)
                    console.window.setCurrentPage(i);
            }
            QTest::qWait(300);
            QVERIFY(console.window.grab().save(dir + QStringLiteral("/sync.png")));
        }
        QVERIFY(takeTheirs->isEnabled());
        QCOMPARE(keepMine->isEnabled(), round.keepMine);
        if (!round.keepMine) {
            // Keep mine is refused before it is clicked, and the page says why where the supervisor looks.
            QVERIFY2(keepMine->toolTip().contains(QStringLiteral("cannot become")), qPrintable(keepMine->toolTip()));
            QVERIFY(!message->isHidden());
            QCOMPARE(message->level(), MessageBanner::Level::Warning);
            QVERIFY2(message->text().contains(QStringLiteral("cannot become")), qPrintable(message->text()));
            QTest::mouseClick(keepMine, Qt::LeftButton);
            QCOMPARE(conflicts->model()->rowCount(), 1);
        }
        QTest::mouseClick(round.keepMine ? keepMine : takeTheirs, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(conflicts->model()->rowCount(), 0, 10'000);
        QCOMPARE(orMinusOne(database.queryInt(
                     QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'sync.conflict.resolved' AND "
                                    "detail LIKE '%%1%'")
                         .arg(round.keepMine ? QStringLiteral("keep_mine") : QStringLiteral("take_theirs")))),
                 1);
        // Keep mine sends this console's decision again on top of theirs; take theirs leaves the service as it is.
        QVERIFY(syncNow(console));
        const FindingStatus expected = round.keepMine ? round.mine : round.theirs;
        QCOMPARE(
            orMinusOne(database.queryInt(QStringLiteral("SELECT status FROM finding WHERE id = %1").arg(*finding))),
            qint64(expected));
        QCOMPARE(m_fixture.centralCount(
                     QStringLiteral("SELECT status FROM central_finding WHERE dedupe_key = '%1'").arg(*key)),
                 qint64(expected));
        QTRY_VERIFY_WITH_TIMEOUT(!console.sync->indicator()->text().contains(QStringLiteral("conflict")), 10'000);
    }
    console.session.lock();
}

void ConsoleSyncTest::anotherConsoleIsANoticeUntilDismissed()
{
    // The same supervisor registers a second console (here the real custodian-cli on a store of its own).
    auto second = m_fixture.makeConsole(QStringLiteral("a-second"), 0);
    CUSTODIAN_VERIFY_OK(second);
    const auto synced = m_fixture.sync(*second);
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    // The first console hears of it at its next sync: a notice on its sync page and in its status bar.
    Console console(m_a.path);
    unlockAndSync(console);
    auto* banner = console.sync->page()->findChild<MessageBanner*>(QStringLiteral("consoleBanner"));
    auto* dismiss = console.sync->page()->findChild<QPushButton*>(QStringLiteral("dismissConsoleNotice"));
    QVERIFY(banner && dismiss);
    console.window.setCurrentPage(console.window.indexOf(console.sync->page()));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10'000);
    QVERIFY2(banner->text().contains(QLatin1String("Another console was registered")), qPrintable(banner->text()));
    QVERIFY2(console.sync->indicator()->text().contains(QLatin1String("another console registered")),
             qPrintable(console.sync->indicator()->text()));
    // Dismissed by the supervisor, audited; it stays away through the next sync.
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QCOMPARE(orMinusOne(console.session.store()->database().queryInt(
                 QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'sync.console_notice.dismissed'"))),
             1);
    QVERIFY(syncNow(console));
    QVERIFY(!banner->isVisible());
    console.session.lock();
}

void ConsoleSyncTest::settingsRefuseImpossibleValues()
{
    Console console(m_a.path);
    unlockAndSync(console);
    SyncSettingsSection* section = console.sync->settingsSection();
    auto* server = section->findChild<QLineEdit*>(QStringLiteral("syncServer"));
    auto* pins = section->findChild<QPlainTextEdit*>(QStringLiteral("syncPins"));
    auto* interval = section->findChild<QSpinBox*>(QStringLiteral("syncInterval"));
    auto* save = section->findChild<QPushButton*>(QStringLiteral("saveSyncSettings"));
    auto* message = section->findChild<MessageBanner*>(QStringLiteral("syncSettingsMessage"));
    QVERIFY(server && pins && interval && save && message);
    Database& database = console.session.store()->database();
    const auto audited = [&database] {
        return orMinusOne(
            database.queryInt(QStringLiteral("SELECT count(*) FROM console_audit WHERE action LIKE 'sync.settings%'")));
    };
    const qint64 auditBefore = audited();
    const QString url = m_fixture.central().url();
    QCOMPARE(server->text(), url);

    struct Bad
    {
        QString server;
        QString pins;
        QString reason;
    };
    const Bad cases[] = {
        { QStringLiteral("http://127.0.0.1:%1").arg(m_fixture.central().port()), QString(), QStringLiteral("https") },
        { QStringLiteral("https://"), QString(), QStringLiteral("server") },
        { url, QStringLiteral("not a pin"), QStringLiteral("pin") },
    };
    for (const Bad& bad : cases) {
        server->setText(bad.server);
        pins->setPlainText(bad.pins);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(message->text().contains(bad.reason, Qt::CaseInsensitive), qPrintable(message->text()));
        QCOMPARE(audited(), auditBefore);
        auto stored = SyncSettingsRepository(database).load();
        CUSTODIAN_VERIFY_OK(stored);
        QCOMPARE(stored->serverUrl, url);
        QVERIFY(stored->pins.isEmpty());
    }

    // A possible value is saved with its audit entry, and sync goes on with it.
    server->setText(url);
    pins->setPlainText(QString());
    interval->setValue(120);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(!message->text().isEmpty(), "a saved change is confirmed");
    QCOMPARE(audited(), auditBefore + 1);
    QCOMPARE(SyncSettingsRepository(database).load().value().intervalSeconds, 120);
    QVERIFY(syncNow(console));
    console.session.lock();
}

QTEST_MAIN(ConsoleSyncTest)
#include "ConsoleSyncTest.moc"
