#include "support/TestClock.h"

namespace custodian::test {

TestClock::TestClock(qint64 nowMs)
    : m_nowMs(nowMs)
{
    install(this);
}

TestClock::TestClock(const QDateTime& now)
    : TestClock(now.toMSecsSinceEpoch())
{
}

TestClock::~TestClock()
{
    install(nullptr);
}

void TestClock::set(qint64 nowMs)
{
    m_nowMs.store(nowMs);
}

void TestClock::set(const QDateTime& now)
{
    set(now.toMSecsSinceEpoch());
}

void TestClock::advance(qint64 ms)
{
    m_nowMs.fetch_add(ms);
}

void TestClock::advanceDays(int days)
{
    advance(qint64(days) * 86'400'000);
}

qint64 TestClock::currentMs() const
{
    return m_nowMs.load();
}

} // namespace custodian::test
