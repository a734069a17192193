#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <vector>

namespace custodian::bench {

// What the benchmarks that drive pages share: nearest-rank percentiles, and waiting on the event loop.
double percentile(std::vector<double> values, double p);
double median(std::vector<double> values);
// Runs the event loop for `ms` milliseconds.
void pump(int ms);

// Waits for `signal` of `sender` while the event loop runs; returns false on timeout.
template <typename Sender, typename Signal> bool waitFor(Sender* sender, Signal signal, int timeoutMs = 60'000)
{
    QEventLoop loop;
    bool fired = false;
    auto connection = QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return fired;
}

} // namespace custodian::bench
