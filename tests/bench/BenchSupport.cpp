#include "BenchSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cstdio>

namespace custodian::bench {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t index = std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

double median(std::vector<double> values)
{
    return percentile(std::move(values), 0.5);
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void pump(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QByteArray passphrase()
{
    return qEnvironmentVariableIsSet("CUSTODIAN_PASSPHRASE") ? qgetenv("CUSTODIAN_PASSPHRASE")
                                                             : QByteArray("custodian-bench");
}

bool ensureDemoStore(const QString& path, const QString& events)
{
    if (QFile::exists(path))
        return true;
    std::fprintf(stderr, "seeding %s events into %s…\n", qPrintable(events), qPrintable(path));
    QProcess seeder;
    seeder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CUSTODIAN_PASSPHRASE"), QString::fromUtf8(passphrase()));
    seeder.setProcessEnvironment(environment);
    seeder.start(QCoreApplication::applicationFilePath(), { QStringLiteral("audit-seed"), path, events });
    return seeder.waitForFinished(-1) && seeder.exitStatus() == QProcess::NormalExit && seeder.exitCode() == 0;
}

} // namespace custodian::bench
