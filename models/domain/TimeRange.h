#pragma once

#include "domain/Result.h"

#include <QtGlobal>

#include <limits>

namespace custodian {

// A span of time a supervisor asks a page for, [fromMs, toMs) in ms since the epoch (UTC): the access log's custom
// range, the Training page's period. One check for both, so that an impossible range is refused the same way
// everywhere, with a message that names the range as the supervisor typed it (console time) — a range is typed in
// two fields, and "ends before it starts" alone does not say which of several tries was refused.
struct TimeRange
{
    // How the range was typed, and so how the message names it: to the minute, or whole days (the end day included).
    enum class Shown { Minutes, Days };

    qint64 fromMs = 0;
    qint64 toMs = 0;

    // Access event ids are occurred_at × 65 536 (AccessEventId): a time beyond 2^47 ms would not fit.
    static constexpr qint64 LatestMs = (std::numeric_limits<qint64>::max() >> 16) - 1;

    // Refuses a range that starts before 1970 or ends beyond LatestMs, and one that is empty or reversed.
    [[nodiscard]] Status validate(Shown shown = Shown::Minutes) const;
    // "2026-03-01 08:00 – 2026-03-02 08:00", or for days "2026-03-01 – 2026-03-31" (the day the end falls in).
    [[nodiscard]] QString describe(Shown shown = Shown::Minutes) const;

    bool operator==(const TimeRange&) const = default;
};

} // namespace custodian
