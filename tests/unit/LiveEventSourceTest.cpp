// The demo's live event source makes events only for agents who are at work, each opening at most an hour's share of
// customer records per clock hour: at a time some shift is on, the off-hours detection finds nothing in what it
// produced; in the hours of the week when no shift of any site is on, events still come (the demo never goes quiet) and
// the detection finds them off-hours — which shows the first check can fail. A real demo organisation in a real
// SQLCipher store, the real detection engine, the clock set by the test.
#include "central/LiveEventSource.h"
#include "demo/DemoGenerator.h"
#include "rules/DetectionEngine.h"
#include "rules/ShiftWindow.h"
#include "store/Database.h"
#include "store/central/SqlCentralRepository.h"
#include "support/ResultChecks.h"
#include "support/TestClock.h"
#include "support/TestStore.h"

#include <QTest>

using namespace custodian;
using namespace custodian::test;

class LiveEventSourceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shiftWindowCoversOvernightShifts();
    void agentsOnShiftMakeNoOffHoursFinding();
    void withNoShiftOnEventsStillComeAndAreOffHours();
    void noAgentWorksMoreThanAnHoursShare();

private:
    struct Run
    {
        qint64 offHoursFound = -1; // off-hours findings the detection raised over what the source produced
        qint64 produced = -1;
        qint64 busiestAgentHour = -1; // most distinct records of one agent in one clock hour
    };
    // Runs the live source for a moment at `now`.
    Run runAt(const QDateTime& now, double eventsPerSecond = 4'000);

    std::unique_ptr<TestStore> m_store;
};

void LiveEventSourceTest::initTestCase()
{
    m_store = std::make_unique<TestStore>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
    DemoGenerator::Options options;
    options.events = 60'000; // about 100 agents: a few are on shift even at night
    options.seed = 5;
    options.end = QDateTime(QDate(2026, 2, 2), QTime(0, 0), Qt::UTC); // a Monday
    options.days = 14;
    options.cardNumbersSealed = true;
    CUSTODIAN_VERIFY_OK(DemoGenerator::generate(m_store->store(), options));
    SqlCentralRepository central(m_store->store());
    CUSTODIAN_VERIFY_OK(central.initialise());
}

void LiveEventSourceTest::shiftWindowCoversOvernightShifts()
{
    SiteClock lisbon(QStringLiteral("Europe/Lisbon"));
    const ShiftWindow night(22 * 60, 6 * 60, 0b0001111); // starts Monday to Thursday
    const auto at = [](int day, int hour, int minute) {
        return QDateTime(QDate(2026, 2, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
    };
    // Lisbon is on UTC in February. Monday 2 February 23:00 and Tuesday 05:59: within Monday's shift.
    QVERIFY(night.covers(lisbon, at(2, 23, 0)));
    QVERIFY(night.covers(lisbon, at(3, 5, 59)));
    QVERIFY(!night.covers(lisbon, at(3, 6, 31)));
    QVERIFY(night.covers(lisbon, at(3, 6, 29), 30 * SiteClock::MinuteMs));
    // Friday 6 February 23:00: no shift started on Friday; Saturday morning 02:00 neither.
    QVERIFY(!night.covers(lisbon, at(6, 23, 0)));
    QVERIFY(!night.covers(lisbon, at(7, 2, 0)));
    // Friday 05:00 is the end of Thursday's shift.
    QVERIFY(night.covers(lisbon, at(6, 5, 0)));
}

LiveEventSourceTest::Run LiveEventSourceTest::runAt(const QDateTime& now, double eventsPerSecond)
{
    TestClock clock(now);
    Database& database = m_store->store().database();
    SqlCentralRepository central(m_store->store());
    const qint64 before = *database.queryInt(QStringLiteral("SELECT coalesce(max(id), 0) FROM access_event"));
    {
        LiveEventSource source(central, eventsPerSecond);
        if (auto started = source.start(); !started) {
            qWarning("%s", qPrintable(started.error().message()));
            return {};
        }
        QTest::qWait(700);
    }
    auto rows = database.prepare(QStringLiteral(
        "SELECT id, occurred_at, agent_id, coalesce(record_id, 0), data_class, action, outcome, channel, "
        "coalesce(workstation_id, 0), coalesce(source_address, ''), session_id FROM access_event WHERE id > ? ORDER "
        "BY id"));
    if (!rows)
        return {};
    rows->bind(1, before);
    std::vector<AccessEvent> events;
    const Status read = rows->forEachRow([&](const Statement& row) {
        AccessEvent e;
        e.id = row.int64(0);
        e.occurredAt = row.int64(1);
        e.agentId = row.int64(2);
        e.recordId = row.int64(3);
        e.dataClass = DataClass(row.int64(4));
        e.action = AccessAction(row.int64(5));
        e.outcome = AccessOutcome(row.int64(6));
        e.channel = Channel(row.int64(7));
        e.workstationId = row.int64(8);
        e.sourceAddress = row.text(9);
        e.sessionId = row.int64(10);
        events.push_back(e);
    });
    if (!read)
        return {};
    const QString offHours
        = QStringLiteral("SELECT count(*) FROM finding WHERE kind = %1").arg(int(FindingKind::OffHours));
    const qint64 findingsBefore = *database.queryInt(offHours);
    DetectionEngine engine(database);
    if (!database.exec(QStringLiteral("BEGIN")) || !engine.process(events) || !database.exec(QStringLiteral("COMMIT")))
        return {};
    const qint64 busiest = *database.queryInt(
        QStringLiteral("SELECT coalesce(max(n), 0) FROM (SELECT count(DISTINCT record_id) AS n FROM access_event WHERE "
                       "id > %1 GROUP BY agent_id, occurred_at / 3600000)")
            .arg(before));
    return { *database.queryInt(offHours) - findingsBefore, qint64(events.size()), busiest };
}

void LiveEventSourceTest::agentsOnShiftMakeNoOffHoursFinding()
{
    // Monday 10:00 UTC (Europe's early and day shifts, Manila's late one) and Tuesday 23:30 UTC (Lisbon's, Dublin's
    // and Kraków's night shifts, Manila's morning).
    for (const QDateTime& now : { QDateTime(QDate(2026, 2, 2), QTime(10, 0), Qt::UTC),
                                  QDateTime(QDate(2026, 2, 3), QTime(23, 30), Qt::UTC) }) {
        const Run run = runAt(now);
        qInfo("%s: %lld events", qPrintable(now.toString(Qt::ISODate)), run.produced);
        QVERIFY2(run.produced > 100, qPrintable(now.toString(Qt::ISODate)));
        QCOMPARE(run.offHoursFound, qint64(0));
        QVERIFY(run.busiestAgentHour <= LiveEventSource::RecordsPerAgentHour);
    }
}

void LiveEventSourceTest::noAgentWorksMoreThanAnHoursShare()
{
    // Far more than the staff at work would do (Monday 10:00 UTC, then Wednesday 03:00 UTC, when only Manila's late
    // shift and Europe's nights are on): the events keep coming at the rate asked for, but no agent opens more than
    // an hour's share of customer records — none of them looks like a bulk export.
    for (const QDateTime& now :
         { QDateTime(QDate(2026, 2, 2), QTime(10, 0), Qt::UTC), QDateTime(QDate(2026, 2, 4), QTime(3, 0), Qt::UTC) }) {
        const Run run = runAt(now, 20'000);
        qInfo("%s: %lld events", qPrintable(now.toString(Qt::ISODate)), run.produced);
        QVERIFY2(run.produced >= 20'000 / 4, qPrintable(QString::number(run.produced))); // a tick's worth or more
        QCOMPARE(run.busiestAgentHour, qint64(LiveEventSource::RecordsPerAgentHour));
    }
}

void LiveEventSourceTest::withNoShiftOnEventsStillComeAndAreOffHours()
{
    // Saturday 7 February 23:00 UTC: Europe's Saturday shifts ended at 22:00 and Manila's Sunday starts at 08:00
    // local (00:00 UTC).
    const Run run = runAt(QDateTime(QDate(2026, 2, 7), QTime(23, 0), Qt::UTC));
    QVERIFY(run.produced > 500);
    QVERIFY2(run.offHoursFound > 0, "the detection finds off-shift agents: the check at shift times can fail");
}

QTEST_GUILESS_MAIN(LiveEventSourceTest)
#include "LiveEventSourceTest.moc"
