// An incident's due date and lateness (IncidentSla) on hand-made instants: the due date is the current severity's
// window after the declaration (so raising the severity moves it nearer at once); the last quarter of the window is
// "due soon" up to and including the due instant, one millisecond later is breached; a closing stops the clock, met
// or late; age runs from the declaration to t or to the closing; a closing dated after t has not happened at t.
#include "rules/IncidentSla.h"

#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 HourMs = IncidentSla::HourMs;
constexpr qint64 Declared = 1'790'000'000'000;
using State = IncidentSla::State;
} // namespace

class IncidentSlaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readings_data();
    void readings();
    void raisingTheSeverityMovesTheDueDate();
    void windowsFromSettings();
};

void IncidentSlaTest::readings_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<std::optional<qint64>>("closed");
    QTest::addColumn<qint64>("t");
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<qint64>("age");
    const std::optional<qint64> open;
    const int critical = int(Severity::Critical); // 24 h: the last quarter is the last 6 h
    QTest::newRow("just declared") << critical << open << Declared << int(State::OnTrack) << 24 * HourMs << qint64(0);
    QTest::newRow("6 h and 1 ms left") << critical << open << Declared + 18 * HourMs - 1 << int(State::OnTrack)
                                       << 6 * HourMs + 1 << 18 * HourMs - 1;
    QTest::newRow("6 h left") << critical << open << Declared + 18 * HourMs << int(State::DueSoon) << 6 * HourMs
                              << 18 * HourMs;
    QTest::newRow("the due instant") << critical << open << Declared + 24 * HourMs << int(State::DueSoon) << qint64(0)
                                     << 24 * HourMs;
    QTest::newRow("1 ms past") << critical << open << Declared + 24 * HourMs + 1 << int(State::Breached) << qint64(-1)
                               << 24 * HourMs + 1;
    QTest::newRow("closed in time") << critical << std::optional<qint64>(Declared + 20 * HourMs)
                                    << Declared + 100 * HourMs << int(State::MetAt) << 4 * HourMs << 20 * HourMs;
    QTest::newRow("closed at the due instant")
        << critical << std::optional<qint64>(Declared + 24 * HourMs) << Declared + 100 * HourMs << int(State::MetAt)
        << qint64(0) << 24 * HourMs;
    QTest::newRow("closed late") << critical << std::optional<qint64>(Declared + 30 * HourMs) << Declared + 100 * HourMs
                                 << int(State::ClosedLate) << -6 * HourMs << 30 * HourMs;
    QTest::newRow("closing not yet made at t")
        << critical << std::optional<qint64>(Declared + 30 * HourMs) << Declared + 25 * HourMs << int(State::Breached)
        << -HourMs << 25 * HourMs;
    QTest::newRow("low: 30 days") << int(Severity::Low) << open << Declared + 10 * 24 * HourMs << int(State::OnTrack)
                                  << 20 * 24 * HourMs << 10 * 24 * HourMs;
}

void IncidentSlaTest::readings()
{
    QFETCH(int, severity);
    QFETCH(std::optional<qint64>, closed);
    QFETCH(qint64, t);
    QFETCH(int, state);
    QFETCH(qint64, remaining);
    QFETCH(qint64, age);
    const auto reading = IncidentSla::at(Declared, Severity(severity), closed, t);
    QCOMPARE(int(reading.state), state);
    QCOMPARE(reading.remainingMs, remaining);
    QCOMPARE(reading.ageMs, age);
}

void IncidentSlaTest::raisingTheSeverityMovesTheDueDate()
{
    const qint64 t = Declared + 30 * HourMs;
    const auto asHigh = IncidentSla::at(Declared, Severity::High, std::nullopt, t);
    QCOMPARE(asHigh.dueAt, Declared + 72 * HourMs);
    QCOMPARE(int(asHigh.state), int(State::OnTrack));
    const auto asCritical = IncidentSla::at(Declared, Severity::Critical, std::nullopt, t);
    QCOMPARE(asCritical.dueAt, Declared + 24 * HourMs);
    QCOMPARE(int(asCritical.state), int(State::Breached));
}

void IncidentSlaTest::windowsFromSettings()
{
    IncidentSla::Windows windows;
    windows.hours = { 100, 50, 10, 2 };
    QCOMPARE(windows.ms(Severity::Medium), 50 * HourMs);
    const auto half = IncidentSla::at(Declared, Severity::Critical, std::nullopt, Declared + HourMs, windows);
    QCOMPARE(half.dueAt, Declared + 2 * HourMs);
    QCOMPARE(int(half.state), int(State::OnTrack)); // half of 2 h left
    const auto lastQuarter
        = IncidentSla::at(Declared, Severity::Critical, std::nullopt, Declared + 90 * 60 * 1000, windows);
    QCOMPARE(int(lastQuarter.state), int(State::DueSoon)); // 30 min of 2 h left
}

QTEST_GUILESS_MAIN(IncidentSlaTest)
#include "IncidentSlaTest.moc"
