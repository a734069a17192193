#include "domain/Clock.h"

#include <atomic>

namespace custodian {

namespace {
class SystemClock final : public Clock
{
public:
    SystemClock() = default;

protected:
    [[nodiscard]] qint64 currentMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

const Clock* systemClock()
{
    static const SystemClock clock;
    return &clock;
}

// Atomic: sync and export workers read the time while a test's main thread may install its clock.
std::atomic<const Clock*> installed { nullptr };
} // namespace

Clock::~Clock() = default;

void Clock::install(const Clock* clock)
{
    installed.store(clock, std::memory_order_release);
}

qint64 Clock::nowMs()
{
    const Clock* clock = installed.load(std::memory_order_acquire);
    return (clock ? clock : systemClock())->currentMs();
}

QDateTime Clock::nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

QDateTime Clock::nowLocal()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::LocalTime);
}

QDate Clock::today()
{
    return nowLocal().date();
}

} // namespace custodian
