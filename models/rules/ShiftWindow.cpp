#include "rules/ShiftWindow.h"

namespace custodian {

ShiftWindow::ShiftWindow(int startMinute, int endMinute, int weekdays)
    : m_startMinute(startMinute)
    , m_weekdays(weekdays)
{
    int minutes = (endMinute - startMinute + 1440) % 1440;
    if (minutes == 0)
        minutes = 1440; // a round-the-clock shift
    m_lengthMs = qint64(minutes) * SiteClock::MinuteMs;
}

bool ShiftWindow::covers(SiteClock& clock, qint64 utcMs, qint64 graceMs) const
{
    const qint64 wall = clock.wallMs(utcMs);
    const qint64 day = SiteClock::floorDiv(wall, SiteClock::DayMs);
    // Tomorrow's shift counts too: its grace period may reach back before midnight.
    for (qint64 d = day - 1; d <= day + 1; ++d) {
        if (!(m_weekdays & (1 << SiteClock::weekday(d))))
            continue;
        const qint64 start = d * SiteClock::DayMs + qint64(m_startMinute) * SiteClock::MinuteMs;
        if (wall >= start - graceMs && wall <= start + m_lengthMs + graceMs)
            return true;
    }
    return false;
}

} // namespace custodian
