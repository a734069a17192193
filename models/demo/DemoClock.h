#pragma once

#include <QDate>
#include <QString>

namespace custodian {

// Site-local wall time for the demo's sites, computed from fixed rules rather than the system's time-zone
// database, so that the generated data does not depend on the tzdata installed: a standard UTC offset and,
// for the European sites, EU summer time (last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC).
// For the demo's zones (Europe/Lisbon, Europe/Dublin, Europe/Warsaw, Asia/Manila) these rules are what the
// tz database says for every year since 1996.
class DemoClock
{
public:
    static constexpr qint64 MinuteMs = 60'000;
    static constexpr qint64 HourMs = 3'600'000;
    static constexpr qint64 DayMs = 86'400'000;

    DemoClock() = default;
    DemoClock(int standardOffsetMinutes, bool euSummerTime);

    // Offset of local time from UTC at a UTC instant, in minutes.
    [[nodiscard]] int offsetMinutesAt(qint64 utcMs) const;
    // The UTC instant of a local wall time (the offset in force an hour before is used across a transition).
    [[nodiscard]] qint64 toUtc(QDate localDate, int minuteOfDay) const;
    [[nodiscard]] QDate localDate(qint64 utcMs) const;
    [[nodiscard]] int localMinuteOfDay(qint64 utcMs) const;

    // UTC midnight of a date in ms since the epoch, and back.
    static qint64 utcMidnight(QDate date);
    static QDate utcDate(qint64 utcMs);
    static QString isoUtc(qint64 utcMs);

private:
    [[nodiscard]] bool isSummerTime(qint64 utcMs) const;

    int m_standardOffset = 0;
    bool m_euSummerTime = false;
};

} // namespace custodian
