#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace custodian::bench {

// Measures how long the GUI thread's event loop is kept from running: a precise timer fires every few
// milliseconds, and any gap beyond its interval is time the thread spent on something else (a stall).
class EventLoopProbe : public QObject
{
    Q_OBJECT
public:
    explicit EventLoopProbe(int intervalMs = 4, QObject* parent = nullptr);
    void start();
    void stop();
    void reset();
    [[nodiscard]] double maxStallMs() const { return m_maxStallNs / 1e6; }
    // What the benchmark is doing now: with CUSTODIAN_BENCH_TRACE set, stalls over 20 ms are printed with it.
    void setPhase(const QString& phase) { m_phase = phase; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = -1;
    qint64 m_maxStallNs = 0;
    int m_intervalMs;
    QString m_phase;
    bool m_trace = qEnvironmentVariableIsSet("CUSTODIAN_BENCH_TRACE");
};

} // namespace custodian::bench
