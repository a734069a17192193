// The GDPR clock in the status bar (docs/incidents-gdpr.md, "On screen") on a real store and a test clock: hidden while
// every unnotified breach has more than 24 h left, shown for the nearest one once under 24 h ("… due in 23 h 0 min"),
// then "overdue by" after the deadline; a notified breach or one withdrawn never shows. Each reading is a worker's.
#include "ui/incidents/BreachClockIndicator.h"
#include "domain/Clock.h"
#include "store/Database.h"
#include "support/ResultChecks.h"
#include "support/TestClock.h"
#include "support/TestStore.h"
#include "ui/session/StoreSession.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 MinuteMs = 60'000;
} // namespace

class BreachClockIndicatorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheNearestClockUnder24Hours();
};

void BreachClockIndicatorTest::showsTheNearestClockUnder24Hours()
{
    test::TestStore fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
    const qint64 start = (QDateTime::currentMSecsSinceEpoch() / MinuteMs + 2) * MinuteMs;
    test::TestClock clock(start);
    // 42: unnotified, deadline in 25 h. 43: unnotified, deadline in 30 h. 44: notified, deadline in 1 h (done, never
    // shown). 45: withdrawn (breach columns cleared). 46: not a breach.
    CUSTODIAN_VERIFY_OK(fixture.store().database().execScript(
        QStringLiteral(
            "INSERT INTO incident (id, reference, title, severity, category, phase, opened_at, detected_at, "
            "personal_data_breach, breach_established_at, notification_deadline_at, authority_notified_at) VALUES "
            "(42, 'INC-2026-0042', 'Card numbers in a ticket', 3, 'card_exposure', 2, %1, %1, 1, %2, %3, NULL), "
            "(43, 'INC-2026-0043', 'Records opened outside work', 2, 'insider_misuse', 2, %1, %1, 1, %4, %5, NULL), "
            "(44, 'INC-2026-0044', 'Lost workstation', 2, 'lost_device', 2, %1, %1, 1, %6, %7, %1), "
            "(45, 'INC-2026-0045', 'Vishing call', 1, 'vishing', 2, %1, %1, 0, NULL, NULL, NULL), "
            "(46, 'INC-2026-0046', 'Account takeover', 2, 'account_takeover', 2, %1, %1, 0, NULL, NULL, NULL);")
            .arg(start - 60 * HourMs)
            .arg(start + 25 * HourMs - 72 * HourMs)
            .arg(start + 25 * HourMs)
            .arg(start + 30 * HourMs - 72 * HourMs)
            .arg(start + 30 * HourMs)
            .arg(start + HourMs - 72 * HourMs)
            .arg(start + HourMs)
            .toUtf8()));
    auto reopened = fixture.reopen();
    CUSTODIAN_VERIFY_OK(reopened);
    StoreSession session(fixture.path());
    BreachClockIndicator indicator(&session);
    QSignalSpy read(&indicator, &BreachClockIndicator::clockRead);
    QSignalSpy unlocked(&session, &StoreSession::unlocked);
    session.adopt(std::move(*reopened));
    QVERIFY(unlocked.count() == 1 || unlocked.wait(10'000));
    QVERIFY(read.count() >= 1 || read.wait(10'000));
    // 25 h left: above 24 h, nothing shown.
    QVERIFY(!indicator.shown());
    QVERIFY(indicator.isHidden());

    // Two hours later 23 h are left on 42: shown, the nearest one.
    clock.advance(2 * HourMs);
    read.clear();
    indicator.refresh();
    QVERIFY(read.wait(10'000));
    QVERIFY(indicator.shown());
    QCOMPARE(indicator.shown()->incidentId, qint64(42));
    QCOMPARE(indicator.text(), QStringLiteral("INC-2026-0042: GDPR notification due in 23 h 0 min"));
    QVERIFY(!indicator.isHidden());
    QSignalSpy requested(&indicator, &BreachClockIndicator::incidentRequested);
    indicator.click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toLongLong(), qint64(42));

    // An hour after 42's deadline: overdue, still the nearest (43 has 4 h left).
    clock.advance(24 * HourMs);
    read.clear();
    indicator.refresh();
    QVERIFY(read.wait(10'000));
    QCOMPARE(indicator.text(), QStringLiteral("INC-2026-0042: GDPR notification overdue by 1 h 0 min"));

    // 42 notified: 43 is the nearest now.
    CUSTODIAN_VERIFY_OK(session.store()->database().exec(
        QStringLiteral("UPDATE incident SET authority_notified_at = %1 WHERE id = 42").arg(Clock::nowMs())));
    read.clear();
    indicator.refresh();
    QVERIFY(read.wait(10'000));
    QCOMPARE(indicator.text(), QStringLiteral("INC-2026-0043: GDPR notification due in 4 h 0 min"));

    // Long overdue: in days and hours.
    CUSTODIAN_VERIFY_OK(session.store()->database().exec(
        QStringLiteral("UPDATE incident SET authority_notified_at = NULL WHERE id = 42")));
    clock.advance(48 * HourMs);
    read.clear();
    indicator.refresh();
    QVERIFY(read.wait(10'000));
    QCOMPARE(indicator.text(), QStringLiteral("INC-2026-0042: GDPR notification overdue by 2 d 1 h"));

    session.lock();
    QVERIFY(indicator.isHidden());
    QVERIFY(LatestResultRunner::waitForAllWorkers(10'000));
}

QTEST_MAIN(BreachClockIndicatorTest)
#include "BreachClockIndicatorTest.moc"
