#pragma once

#include "domain/Clock.h"

#include <atomic>

namespace custodian::test {

// A clock a test sets and moves forward, installed as the process's clock for the test clock's lifetime: due dates,
// expiries and reminders are tested by advancing it, not by waiting. Safe to read from worker threads.
class TestClock final : public Clock
{
public:
    explicit TestClock(qint64 nowMs);
    explicit TestClock(const QDateTime& now);
    ~TestClock() override;

    void set(qint64 nowMs);
    void set(const QDateTime& now);
    void advance(qint64 ms);
    void advanceDays(int days);

protected:
    [[nodiscard]] qint64 currentMs() const override;

private:
    std::atomic<qint64> m_nowMs;
};

} // namespace custodian::test
