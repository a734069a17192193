#include "central/XapiPullSchedule.h"

#include <QCoreApplication>

namespace custodian {

XapiPullSchedule::XapiPullSchedule(QString dataDirectory, QString configFile, int minutes,
                                   std::function<void(const QString&)> log)
    : m_dataDirectory(std::move(dataDirectory))
    , m_configFile(std::move(configFile))
    , m_log(std::move(log))
{
    m_timer.setInterval(std::chrono::minutes(minutes));
    connect(&m_timer, &QTimer::timeout, this, &XapiPullSchedule::run);
    connect(&m_process, &QProcess::finished, this, &XapiPullSchedule::finished);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            m_log(tr("xapi-pull: cannot start: %1").arg(m_process.errorString()));
    });
}

XapiPullSchedule::~XapiPullSchedule()
{
    if (m_process.state() != QProcess::NotRunning) {
        // A pull cut off writes nothing (one transaction); the next start pulls again from the cursor.
        m_process.terminate();
        if (!m_process.waitForFinished(10'000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void XapiPullSchedule::start()
{
    m_timer.start();
    run();
}

void XapiPullSchedule::run()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_log(tr("xapi-pull: the previous pull is still running; this one is skipped."));
        return;
    }
    m_process.start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("xapi-pull"), QStringLiteral("--data"), m_dataDirectory,
                      QStringLiteral("--config"), m_configFile });
}

void XapiPullSchedule::finished(int exitCode, QProcess::ExitStatus status)
{
    const QStringList lines = QString::fromUtf8(m_process.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines)
        m_log(QStringLiteral("xapi-pull: ") + line);
    if (status != QProcess::NormalExit || exitCode != 0)
        m_log(tr("xapi-pull: failed (exit status %1); the next pull starts again from the same cursor.")
                  .arg(status == QProcess::NormalExit ? exitCode : -1));
}

} // namespace custodian
