// The GDPR Art. 33 clock (BreachNotificationClock) on hand-made instants: the deadline is exactly 72 hours after
// "aware at"; the deadline instant itself is still in time and one millisecond later is not; the last 24 hours are
// urgent; the first notification stops the clock, in time or late, and only a late one needs the reasons for the
// delay; a notification dated after the instant asked about has not happened yet; no "aware at", no clock.
#include "rules/BreachNotificationClock.h"

#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 HourMs = 3600LL * 1000;
constexpr qint64 Aware = 1'790'000'000'000;
constexpr qint64 Deadline = Aware + 72 * HourMs;
using State = BreachNotificationClock::State;
} // namespace

class BreachNotificationClockTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readings_data();
    void readings();
    void delayReasons();
};

void BreachNotificationClockTest::readings_data()
{
    QTest::addColumn<std::optional<qint64>>("aware");
    QTest::addColumn<std::optional<qint64>>("notified");
    QTest::addColumn<qint64>("t");
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("remaining");
    const std::optional<qint64> none;
    const std::optional<qint64> aware = Aware;
    QTest::newRow("no aware at") << none << none << Deadline << int(State::NotStarted) << qint64(0);
    QTest::newRow("just aware") << aware << none << Aware << int(State::Running) << 72 * HourMs;
    QTest::newRow("24 h and 1 ms left") << aware << none << Deadline - 24 * HourMs - 1 << int(State::Running)
                                        << 24 * HourMs + 1;
    QTest::newRow("24 h left") << aware << none << Deadline - 24 * HourMs << int(State::Urgent) << 24 * HourMs;
    QTest::newRow("the deadline instant") << aware << none << Deadline << int(State::Urgent) << qint64(0);
    QTest::newRow("1 ms late") << aware << none << Deadline + 1 << int(State::Overdue) << qint64(-1);
    QTest::newRow("a day late") << aware << none << Deadline + 24 * HourMs << int(State::Overdue) << -24 * HourMs;
    QTest::newRow("notified after 10 h") << aware << std::optional<qint64>(Aware + 10 * HourMs) << Deadline + HourMs
                                         << int(State::NotifiedInTime) << 62 * HourMs;
    QTest::newRow("notified at the deadline")
        << aware << std::optional<qint64>(Deadline) << Deadline + HourMs << int(State::NotifiedInTime) << qint64(0);
    QTest::newRow("notified 1 ms late") << aware << std::optional<qint64>(Deadline + 1) << Deadline + 1
                                        << int(State::NotifiedLate) << qint64(-1);
    QTest::newRow("notification not yet made at t") << aware << std::optional<qint64>(Aware + 50 * HourMs)
                                                    << Aware + 49 * HourMs << int(State::Urgent) << 23 * HourMs;
}

void BreachNotificationClockTest::readings()
{
    QFETCH(std::optional<qint64>, aware);
    QFETCH(std::optional<qint64>, notified);
    QFETCH(qint64, t);
    QFETCH(int, state);
    QFETCH(qint64, remaining);
    const auto reading = BreachNotificationClock::at(aware, notified, t);
    QCOMPARE(int(reading.state), state);
    QCOMPARE(reading.remainingMs, remaining);
    QCOMPARE(reading.deadline.has_value(), aware.has_value());
    if (aware)
        QCOMPARE(*reading.deadline, Deadline);
}

void BreachNotificationClockTest::delayReasons()
{
    QVERIFY(!BreachNotificationClock::needsDelayReasons(Aware, Aware));
    QVERIFY(!BreachNotificationClock::needsDelayReasons(Aware, Deadline));
    QVERIFY(BreachNotificationClock::needsDelayReasons(Aware, Deadline + 1));
    QVERIFY(BreachNotificationClock::needsDelayReasons(Aware, Deadline + 30 * 24 * HourMs));
}

QTEST_GUILESS_MAIN(BreachNotificationClockTest)
#include "BreachNotificationClockTest.moc"
