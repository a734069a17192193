#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QTimer>

#include <vector>

namespace custodian::bench {

// What the benchmarks that drive pages share: nearest-rank percentiles, and waiting on the event loop.
double percentile(std::vector<double> values, double p);
double median(std::vector<double> values);
// Runs the event loop for `ms` milliseconds.
void pump(int ms);
// Milliseconds since `timer` started, to the nanosecond.
double msSince(const QElapsedTimer& timer);
// The benchmark stores' passphrase: CUSTODIAN_PASSPHRASE, else "custodian-bench".
QByteArray passphrase();
// Seeds a demo store of `events` events at `path` unless it exists, in a child process (`audit-seed`), so that the
// seeding's memory does not count towards what the benchmark measures. False when seeding failed.
bool ensureDemoStore(const QString& path, const QString& events);

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
