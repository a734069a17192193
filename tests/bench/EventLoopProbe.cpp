#include "EventLoopProbe.h"

#include <cstdio>

namespace custodian::bench {

EventLoopProbe::EventLoopProbe(int intervalMs, QObject* parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::tick);
    m_clock.start();
}

void EventLoopProbe::start()
{
    m_lastNs = m_clock.nsecsElapsed();
    m_timer.start();
}

void EventLoopProbe::stop()
{
    tick();
    m_timer.stop();
    m_lastNs = -1;
}

void EventLoopProbe::reset()
{
    m_maxStallNs = 0;
    m_lastNs = m_timer.isActive() ? m_clock.nsecsElapsed() : -1;
}

void EventLoopProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_lastNs >= 0) {
        const qint64 stall = now - m_lastNs - qint64(m_intervalMs) * 1'000'000;
        m_maxStallNs = std::max(m_maxStallNs, stall);
        if (m_trace && stall > 20'000'000)
            std::fprintf(stderr, "  stall %.1f ms during %s\n", double(stall) / 1e6, m_phase.toLocal8Bit().constData());
    }
    m_lastNs = now;
}

} // namespace custodian::bench
