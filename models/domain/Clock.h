#pragma once

#include <QDate>
#include <QDateTime>

namespace custodian {

// The one place the product asks what time it is: due dates, expiries, retry delays, tokens and audit timestamps all
// read it here, so a test can set the time and move it forward instead of waiting.
//
// Process-wide rather than injected: "now" is read deep inside workflows, repositories, pages and the central service
// (about forty call sites), and passing a clock through every constructor would widen every one of those interfaces
// for the sake of tests. A test installs a replacement for its own lifetime (tests/support TestClock) and every
// reader, on any thread, sees it. In custodian-central this is the service's own clock: the service decides with it
// and never with a time a console sent (docs/security-notes.md).
//
// Durations (timeouts, benchmarks, rate limits) are not "now": they use QElapsedTimer/QDeadlineTimer, which do not
// jump when the wall clock is set.
class Clock
{
public:
    virtual ~Clock();
    Clock(const Clock&) = delete;
    Clock& operator=(const Clock&) = delete;

    // Milliseconds since the Unix epoch, UTC: the form the store and the sync contract keep times in.
    [[nodiscard]] static qint64 nowMs();
    [[nodiscard]] static QDateTime nowUtc();
    // Local time and date, for what a supervisor picks in a date editor ("due by", "until").
    [[nodiscard]] static QDateTime nowLocal();
    [[nodiscard]] static QDate today();

protected:
    Clock() = default;
    [[nodiscard]] virtual qint64 currentMs() const = 0;

    // Makes `clock` the process's clock until it is replaced again; nullptr restores the system clock. The caller
    // keeps ownership and must restore before `clock` dies (TestClock does both).
    static void install(const Clock* clock);
};

} // namespace custodian
