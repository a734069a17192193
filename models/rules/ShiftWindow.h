#pragma once

#include "rules/SiteClock.h"

namespace custodian {

// A weekly shift in site-local time — starts at a minute of the day on some weekdays and lasts a fixed time, possibly
// past midnight — and the one answer to "is this instant within it": the off-hours detection asks it, and so does
// the demo's live event source when it picks agents who are at work.
class ShiftWindow
{
public:
    // `endMinute` before `startMinute` is an overnight shift; equal ones mean round the clock. `weekdays`: bit 0 =
    // Monday, for the day the shift starts.
    ShiftWindow(int startMinute, int endMinute, int weekdays);

    [[nodiscard]] int startMinute() const { return m_startMinute; }
    [[nodiscard]] int weekdays() const { return m_weekdays; }
    [[nodiscard]] qint64 lengthMs() const { return m_lengthMs; }

    // Whether `utcMs` lies within a shift that started yesterday (overnight), today, or tomorrow, widened by
    // `graceMs` on both sides. The clock must be valid.
    [[nodiscard]] bool covers(SiteClock& clock, qint64 utcMs, qint64 graceMs = 0) const;

private:
    int m_startMinute;
    int m_weekdays;
    qint64 m_lengthMs;
};

} // namespace custodian
