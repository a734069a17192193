// Sync under faults, with real processes on loopback: the central service killed with SIGKILL in the middle of a
// pull and right after it applied a pushed change (before it could answer); the console's sync (a custodian-cli child)
// killed at the points between writing and committing, between the server's answer and recording it, and at random
// moments of pull and push, many times. After each: the console's store is intact, nothing the server acknowledged is
// lost, and nothing pushed is applied twice on the server.
#include "SyncFixture.h"

#include "rules/FindingWorkflow.h"
#include "support/ResultChecks.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <algorithm>

#include <csignal>

using namespace custodian;
using namespace custodian::test;

class SyncFaultTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void centralKilledDuringPull();
    void centralKilledAfterApplyingAChange();
    void consoleKilledAtCrashPoints_data();
    void consoleKilledAtCrashPoints();
    void consoleKilledAtRandomMoments();
    void cleanupTestCase();

private:
    // Queues `changes` decisions on each of `findings` open findings (acknowledge, dismiss, reopen, ...).
    // Each test starts with the service running, whatever the one before did.
    void ensureCentral();
    void queueDecisions(const SyncFixture::Console& console, int findings, int changes);
    // Checks that the console now holds exactly what the service has, and that the service applied each of this
    // console's changes once.
    void checkConverged(const SyncFixture::Console& console, qint64 expectedChanges);
    QString consoleId(const SyncFixture::Console& console);

    SyncFixture m_fixture;
    qint64 m_events = 0;
};

namespace {
constexpr qint64 Events = 200'000;

QProcessEnvironment crashAt(const QString& point)
{
    QProcessEnvironment environment = CliRunner::defaultEnvironment();
    environment.insert(QStringLiteral("CUSTODIAN_CRASH_AT"), point);
    return environment;
}
} // namespace

void SyncFaultTest::initTestCase()
{
    const QString problem = m_fixture.initialise(Events);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString started = m_fixture.central().start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_events = m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM access_event"));
    QCOMPARE(m_events, Events);
}

void SyncFaultTest::cleanupTestCase()
{
    m_fixture.central().stop();
}

QString SyncFaultTest::consoleId(const SyncFixture::Console& console)
{
    return console.key(); // the service records changes by the console's key
}

void SyncFaultTest::ensureCentral()
{
    if (!m_fixture.central().isRunning()) {
        const QString started = m_fixture.central().start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }
}

void SyncFaultTest::queueDecisions(const SyncFixture::Console& console, int findings, int changes)
{
    auto store = console.unlock();
    CUSTODIAN_VERIFY_OK(store);
    auto ids = store->database().queryTexts(
        QStringLiteral("SELECT id FROM finding WHERE status = 1 AND server_version IS NULL ORDER BY id LIMIT %1")
            .arg(findings));
    CUSTODIAN_VERIFY_OK(ids);
    QCOMPARE(ids->size(), findings);
    const FindingStatus cycle[] = { FindingStatus::Acknowledged, FindingStatus::Dismissed, FindingStatus::Open };
    for (const QString& id : *ids) {
        for (int i = 0; i < changes; ++i) {
            const FindingStatus to = cycle[i % 3];
            CUSTODIAN_VERIFY_OK(FindingWorkflow::changeStatus(
                store->database(), id.toLongLong(), to,
                to == FindingStatus::Acknowledged ? QString() : QStringLiteral("fault test"),
                QStringLiteral("console:fault")));
        }
    }
}

void SyncFaultTest::checkConverged(const SyncFixture::Console& console, qint64 expectedChanges)
{
    QVERIFY2(m_fixture.verify(console).isEmpty(), qPrintable(m_fixture.verify(console)));
    // Every event exactly once (the id is the key; the rollups count each event once too).
    QCOMPARE(SyncFixture::count(console, QStringLiteral("SELECT count(*) FROM access_event")), m_events);
    QCOMPARE(SyncFixture::count(console, QStringLiteral("SELECT sum(events) FROM access_hourly_total")), m_events);
    QCOMPARE(SyncFixture::count(console, QStringLiteral("SELECT sum(events) FROM access_daily_agent")), m_events);
    QCOMPARE(SyncFixture::count(console, QStringLiteral("SELECT count(*) FROM customer_record")),
             m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM customer_record")));
    QCOMPARE(SyncFixture::count(console, QStringLiteral("SELECT count(*) FROM finding")),
             m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM finding")));
    // Every change was acknowledged and is recorded as sent; the service has each key once and applied each once:
    // a finding's version there is the number of decisions made on it.
    QCOMPARE(SyncFixture::count(console, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state <> 'sent'")), 0);
    QCOMPARE(SyncFixture::count(console, QStringLiteral("SELECT count(*) FROM sync_outbox")), expectedChanges);
    const QString id = consoleId(console);
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM central_change WHERE console_id = '%1' AND "
                                                   "http_status = 200")
                                        .arg(id)),
             expectedChanges);
    auto store = console.unlock();
    CUSTODIAN_VERIFY_OK(store);
    auto perFinding = store->database().queryTexts(QStringLiteral(
        "SELECT f.dedupe_key || '|' || count(*) FROM sync_outbox o JOIN finding f ON f.id = o.entity_id WHERE o.kind = "
        "'finding.status' GROUP BY f.id"));
    CUSTODIAN_VERIFY_OK(perFinding);
    store->lock();
    for (const QString& row : *perFinding) {
        const QString key = row.section(QLatin1Char('|'), 0, -2);
        const qint64 changes = row.section(QLatin1Char('|'), -1).toLongLong();
        QCOMPARE(m_fixture.centralCount(
                     QStringLiteral("SELECT version FROM central_finding WHERE dedupe_key = '%1'").arg(key)),
                 changes);
    }
}

void SyncFaultTest::centralKilledDuringPull()
{
    ensureCentral();
    auto console = m_fixture.makeConsole(QStringLiteral("pull-kill"));
    CUSTODIAN_VERIFY_OK(console);
    QProcess sync;
    sync.setProcessEnvironment(CliRunner::defaultEnvironment());
    sync.start(CliRunner::executable(), console->args(QStringLiteral("sync")));
    QVERIFY(sync.waitForStarted());
    // Kill the service once the first page of customer records is in: the records and the access events are still
    // to come (the console fetches one page ahead of what it writes).
    auto watcher = console->unlock();
    CUSTODIAN_VERIFY_OK(watcher);
    QDeadlineTimer deadline(60'000);
    bool recordsArrived = false;
    while (!deadline.hasExpired() && sync.state() == QProcess::Running) {
        auto cursor
            = watcher->database().queryInt(QStringLiteral("SELECT count(*) FROM sync_cursor WHERE stream = 'records'"));
        recordsArrived = cursor && *cursor > 0;
        if (recordsArrived)
            break;
        QThread::msleep(5);
    }
    watcher->lock();
    QVERIFY(recordsArrived);
    m_fixture.central().kill();
    QVERIFY(sync.waitForFinished(120'000));
    QCOMPARE(sync.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sync.exitCode(), 1);
    const QString err = QString::fromUtf8(sync.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("refused the connection"))
                 || err.contains(QStringLiteral("closed the connection")),
             qPrintable(err));
    QVERIFY2(m_fixture.verify(*console).isEmpty(), qPrintable(m_fixture.verify(*console)));
    // What was committed has its cursor; the rest is missing, not half there.
    const qint64 kept = SyncFixture::count(*console, QStringLiteral("SELECT count(*) FROM access_event"));
    QVERIFY2(kept < m_events, qPrintable(QStringLiteral("%1 events arrived before the kill").arg(kept)));
    QCOMPARE(SyncFixture::count(*console, QStringLiteral("SELECT sum(events) FROM access_hourly_total")), kept);
    QCOMPARE(SyncFixture::count(*console, QStringLiteral("SELECT count(*) FROM sync_run WHERE outcome = 'offline'")),
             1);

    const QString started = m_fixture.central().start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const auto resumed = m_fixture.sync(*console);
    QVERIFY2(resumed.ok(), qPrintable(resumed.describe()));
    QCOMPARE(resumed.pulled(QStringLiteral("access_events")), m_events - kept);
    checkConverged(*console, 0);
}

void SyncFaultTest::centralKilledAfterApplyingAChange()
{
    ensureCentral();
    auto console = m_fixture.makeConsole(QStringLiteral("push-kill"));
    CUSTODIAN_VERIFY_OK(console);
    QVERIFY(m_fixture.sync(*console).ok());
    queueDecisions(*console, 4, 2);
    // The service applies the first change, commits, and dies before it can answer.
    m_fixture.central().stop();
    CentralProcess::Serve crashing;
    crashing.environment.insert(QStringLiteral("CUSTODIAN_CRASH_AT"), QStringLiteral("central.change-committed"));
    QString started = m_fixture.central().start(crashing);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const auto failed = m_fixture.sync(*console);
    QCOMPARE(failed.outcome.exitCode, 1);
    QCOMPARE(failed.summary.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("Offline"));
    QCOMPARE(failed.summary.value(QStringLiteral("pushed")).toInteger(), 0);
    QVERIFY(!m_fixture.central().isRunning());
    // The console does not know the first change arrived: it is still queued, to be retried later.
    QCOMPARE(SyncFixture::count(*console, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'queued'")),
             8);
    QCOMPARE(
        m_fixture.centralCount(
            QStringLiteral("SELECT count(*) FROM central_change WHERE console_id = '%1'").arg(consoleId(*console))),
        1);

    started = m_fixture.central().start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    // The retry delay of the failed change is not waited for here: make it due.
    {
        auto store = console->unlock();
        CUSTODIAN_VERIFY_OK(store);
        CUSTODIAN_VERIFY_OK(store->database().exec(QStringLiteral("UPDATE sync_outbox SET next_attempt_at = 0")));
    }
    const auto resumed = m_fixture.sync(*console);
    QVERIFY2(resumed.ok(), qPrintable(resumed.describe()));
    QCOMPARE(resumed.summary.value(QStringLiteral("pushed")).toInteger(), 8);
    checkConverged(*console, 8);
}

void SyncFaultTest::consoleKilledAtCrashPoints_data()
{
    QTest::addColumn<QString>("point");
    QTest::newRow("page written, not committed") << QStringLiteral("sync.page-written");
    QTest::newRow("page committed") << QStringLiteral("sync.page-committed");
    QTest::newRow("server answered a change, not recorded") << QStringLiteral("sync.change-answered");
}

void SyncFaultTest::consoleKilledAtCrashPoints()
{
    ensureCentral();
    QFETCH(QString, point);
    auto console = m_fixture.makeConsole(QStringLiteral("crash-") + point);
    CUSTODIAN_VERIFY_OK(console);
    qint64 changes = 0;
    if (point == QLatin1String("sync.change-answered")) {
        QVERIFY(m_fixture.sync(*console).ok());
        queueDecisions(*console, 3, 1);
        changes = 3;
    }
    const auto crashed = m_fixture.sync(*console, {}, crashAt(point));
    QVERIFY2(crashed.outcome.crashed, qPrintable(crashed.describe()));
    QVERIFY2(m_fixture.verify(*console).isEmpty(), qPrintable(m_fixture.verify(*console)));
    const auto resumed = m_fixture.sync(*console);
    QVERIFY2(resumed.ok(), qPrintable(resumed.describe()));
    checkConverged(*console, changes);
}

void SyncFaultTest::consoleKilledAtRandomMoments()
{
    ensureCentral();
    auto console = m_fixture.makeConsole(QStringLiteral("random-kill"));
    CUSTODIAN_VERIFY_OK(console);
    // A first complete pull gives the findings to decide on, and how long a whole run takes on this machine; then
    // decisions to push, and the pull again from the start (cursors reset) so that every run both pushes and pulls.
    QElapsedTimer fullRun;
    fullRun.start();
    QVERIFY(m_fixture.sync(*console).ok());
    const qint64 fullRunMs = fullRun.elapsed();
    queueDecisions(*console, 6, 4);
    const qint64 changes = 24;
    auto restart = [&] {
        auto store = console->unlock();
        CUSTODIAN_VERIFY_OK(store);
        CUSTODIAN_VERIFY_OK(store->database().exec(QStringLiteral("DELETE FROM sync_cursor")));
        CUSTODIAN_VERIFY_OK(store->database().exec(QStringLiteral("UPDATE sync_outbox SET next_attempt_at = 0")));
    };
    restart();
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random kill seed: %u, a whole run %lld ms", seed, fullRunMs);
    QRandomGenerator random(seed);
    // Kills land anywhere in a whole run's span, measured here rather than assumed: a fixed span made the test
    // depend on the machine's speed (a fast one finished most runs before the kill). A run that finished starts the
    // next from the beginning again, so that each has a whole run's work to be killed in.
    const int span = int(std::max<qint64>(100, fullRunMs * 9 / 10));
    int killedWhileRunning = 0;
    int rounds = 0;
    for (; rounds < 30 && killedWhileRunning < 12; ++rounds) {
        QProcess sync;
        sync.setProcessEnvironment(CliRunner::defaultEnvironment());
        sync.start(CliRunner::executable(), console->args(QStringLiteral("sync")));
        QVERIFY(sync.waitForStarted());
        const int delay = 20 + int(random.bounded(span));
        bool killed = false;
        if (!sync.waitForFinished(delay)) {
            ::kill(pid_t(sync.processId()), SIGKILL);
            sync.waitForFinished();
            ++killedWhileRunning;
            killed = true;
        }
        const QString problem = m_fixture.verify(*console);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("after a kill at %1 ms (seed %2): %3").arg(delay).arg(seed).arg(problem)));
        // Killed runs leave their history row without an end; nothing else half-done.
        QCOMPARE(SyncFixture::count(*console,
                                    QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state NOT IN "
                                                   "('queued', 'sent')")),
                 0);
        if (!killed || rounds % 4 == 3)
            restart();
    }
    qInfo("%d of %d runs killed while running", killedWhileRunning, rounds);
    QVERIFY2(killedWhileRunning >= 6, qPrintable(QStringLiteral("only %1 runs were killed").arg(killedWhileRunning)));
    {
        auto store = console->unlock();
        CUSTODIAN_VERIFY_OK(store);
        CUSTODIAN_VERIFY_OK(store->database().exec(QStringLiteral("UPDATE sync_outbox SET next_attempt_at = 0")));
    }
    const auto final = m_fixture.sync(*console);
    QVERIFY2(final.ok(), qPrintable(final.describe()));
    checkConverged(*console, changes);
}

QTEST_GUILESS_MAIN(SyncFaultTest)
#include "SyncFaultTest.moc"
