#include "demo/DemoClock.h"

#include <QDateTime>

namespace custodian {

namespace {
// 01:00 UTC on the last Sunday of `month`.
qint64 lastSundayOneUtc(int year, int month)
{
    QDate day(year, month, QDate(year, month, 1).daysInMonth());
    day = day.addDays(-(day.dayOfWeek() % 7)); // dayOfWeek: Monday 1 ... Sunday 7
    return DemoClock::utcMidnight(day) + DemoClock::HourMs;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
} // namespace

DemoClock::DemoClock(int standardOffsetMinutes, bool euSummerTime)
    : m_standardOffset(standardOffsetMinutes)
    , m_euSummerTime(euSummerTime)
{
}

qint64 DemoClock::utcMidnight(QDate date)
{
    return (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * DayMs;
}

QDate DemoClock::utcDate(qint64 utcMs)
{
    return QDate::fromJulianDay(QDate(1970, 1, 1).toJulianDay() + floorDiv(utcMs, DayMs));
}

QString DemoClock::isoUtc(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODate); // "...Z"
}

bool DemoClock::isSummerTime(qint64 utcMs) const
{
    if (!m_euSummerTime)
        return false;
    const int year = utcDate(utcMs).year();
    return utcMs >= lastSundayOneUtc(year, 3) && utcMs < lastSundayOneUtc(year, 10);
}

int DemoClock::offsetMinutesAt(qint64 utcMs) const
{
    return m_standardOffset + (isSummerTime(utcMs) ? 60 : 0);
}

qint64 DemoClock::toUtc(QDate localDate, int minuteOfDay) const
{
    const qint64 wall = utcMidnight(localDate) + qint64(minuteOfDay) * MinuteMs;
    const qint64 guess = wall - qint64(m_standardOffset) * MinuteMs - HourMs;
    return wall - qint64(offsetMinutesAt(guess)) * MinuteMs;
}

QDate DemoClock::localDate(qint64 utcMs) const
{
    return utcDate(utcMs + qint64(offsetMinutesAt(utcMs)) * MinuteMs);
}

int DemoClock::localMinuteOfDay(qint64 utcMs) const
{
    const qint64 local = utcMs + qint64(offsetMinutesAt(utcMs)) * MinuteMs;
    return int((local - floorDiv(local, DayMs) * DayMs) / MinuteMs);
}

} // namespace custodian
