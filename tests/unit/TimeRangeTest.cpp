// The one check of a time range that the access page's custom range and the Training page's period share: empty,
// reversed and out-of-bounds ranges refused with a message that names the range as it was typed (to the minute, or
// whole days with the end day included), and the edges accepted. AccessFilter::validate refuses through it.
#include "domain/TimeRange.h"
#include "domain/AccessFilter.h"

#include <QDateTime>
#include <QTest>

using namespace custodian;

namespace {
// Braces inside a test macro's argument would split it in two.
Status check(qint64 fromMs, qint64 toMs, TimeRange::Shown shown = TimeRange::Shown::Minutes)
{
    return TimeRange { fromMs, toMs }.validate(shown);
}
} // namespace

class TimeRangeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minutes()
    {
        const qint64 start = QDateTime(QDate(2026, 3, 1), QTime(8, 0)).toMSecsSinceEpoch();
        const qint64 end = QDateTime(QDate(2026, 3, 2), QTime(8, 30)).toMSecsSinceEpoch();
        QVERIFY(check(start, end));
        QVERIFY(check(start, start + 1));
        const Status empty = check(start, start);
        QVERIFY(!empty);
        const Status reversed = check(end, start);
        QVERIFY(!reversed);
        QCOMPARE(reversed.error().message(),
                 QStringLiteral("The time range 2026-03-02 08:30 – 2026-03-01 08:00 ends before it starts: choose an "
                                "end after the start."));
        QVERIFY(!check(-1, end));
        QVERIFY(check(0, TimeRange::LatestMs));
        const Status beyond = check(start, TimeRange::LatestMs + 1);
        QVERIFY(!beyond);
        QVERIFY(beyond.error().message().contains(QStringLiteral("outside the supported dates")));
    }

    void days()
    {
        // 1 to 31 March, the end day included: [1 March 00:00, 1 April 00:00).
        const qint64 first = QDate(2026, 3, 1).startOfDay().toMSecsSinceEpoch();
        const qint64 afterLast = QDate(2026, 4, 1).startOfDay().toMSecsSinceEpoch();
        QVERIFY(check(first, afterLast, TimeRange::Shown::Days));
        const TimeRange march { first, afterLast };
        QCOMPARE(march.describe(TimeRange::Shown::Days), QStringLiteral("2026-03-01 – 2026-03-31"));
        // One day is a range.
        QVERIFY(check(first, QDate(2026, 3, 2).startOfDay().toMSecsSinceEpoch(), TimeRange::Shown::Days));
        // From 10 March to 5 March.
        const Status reversed = check(QDate(2026, 3, 10).startOfDay().toMSecsSinceEpoch(),
                                      QDate(2026, 3, 6).startOfDay().toMSecsSinceEpoch(), TimeRange::Shown::Days);
        QVERIFY(!reversed);
        QCOMPARE(reversed.error().message(),
                 QStringLiteral("The date range 2026-03-10 – 2026-03-05 ends before it starts: choose a start on or "
                                "before the end."));
    }

    void accessFilterRefusesThroughIt()
    {
        AccessFilter filter;
        filter.preset = AccessFilter::TimePreset::Custom;
        filter.fromMs = QDateTime(QDate(2026, 3, 2), QTime(9, 0)).toMSecsSinceEpoch();
        filter.toMs = QDateTime(QDate(2026, 3, 2), QTime(8, 0)).toMSecsSinceEpoch();
        const Status status = filter.validate();
        QVERIFY(!status);
        QCOMPARE(status.error().message(),
                 QStringLiteral("The time range 2026-03-02 09:00 – 2026-03-02 08:00 ends before it starts: choose an "
                                "end after the start."));
        // A preset's range is resolved, not checked.
        filter.preset = AccessFilter::TimePreset::Last7Days;
        QVERIFY(filter.validate());
    }
};

QTEST_GUILESS_MAIN(TimeRangeTest)
#include "TimeRangeTest.moc"
