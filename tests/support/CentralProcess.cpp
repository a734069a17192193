#include "support/CentralProcess.h"

#include "support/CliRunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <csignal>

namespace custodian::test {

namespace {
CliRunner::Outcome runCentral(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    return CliRunner::runProgram(process, CentralProcess::executable(), arguments, timeoutMs);
}
} // namespace

CentralProcess::CentralProcess() = default;

CentralProcess::~CentralProcess()
{
    kill();
}

QString CentralProcess::executable()
{
    const QString fromEnvironment = qEnvironmentVariable("CUSTODIAN_CENTRAL");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef CUSTODIAN_CENTRAL_PATH
    return QStringLiteral(CUSTODIAN_CENTRAL_PATH);
#else
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../app/central/custodian-central"));
#endif
}

QString CentralProcess::dataDirectory() const
{
    return QDir(m_directory).filePath(QStringLiteral("data"));
}

QString CentralProcess::tlsFile(const QString& name) const
{
    return QDir(m_directory).filePath(QStringLiteral("tls/") + name);
}

QString CentralProcess::tokenFile(const QString& username) const
{
    return QDir(dataDirectory()).filePath(QStringLiteral("tokens/%1.token").arg(username));
}

QString CentralProcess::url() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

QString CentralProcess::log() const
{
    QString text = m_log;
    if (m_process)
        text += QString::fromUtf8(m_process->readAllStandardError());
    return text;
}

QString CentralProcess::initialise(const QString& directory, qint64 events, const QDateTime& end,
                                   const QStringList& extraInit)
{
    m_directory = directory;
    const CliRunner::Outcome tls
        = runCentral({ QStringLiteral("tls"), QStringLiteral("--out"), QDir(directory).filePath(QStringLiteral("tls")),
                       QStringLiteral("--client"), QStringLiteral("console") },
                     60'000);
    if (tls.exitCode != 0)
        return QStringLiteral("custodian-central tls failed: ") + tls.err;
    QStringList arguments { QStringLiteral("init"), QStringLiteral("--data"), dataDirectory(),
                            QStringLiteral("--demo-events"), QString::number(events) };
    if (end.isValid())
        arguments << QStringLiteral("--end") << end.toUTC().toString(Qt::ISODate);
    arguments << extraInit;
    const CliRunner::Outcome init = runCentral(arguments, 600'000);
    if (init.exitCode != 0)
        return QStringLiteral("custodian-central init failed: ") + init.err;
    m_supervisors.clear();
    for (const QString& line : init.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        m_supervisors << line.section(QLatin1Char('\t'), 0, 0);
    if (m_supervisors.isEmpty())
        return QStringLiteral("custodian-central init issued no tokens");
    return {};
}

QString CentralProcess::start()
{
    return start(Serve());
}

QString CentralProcess::start(const Serve& serve)
{
    if (isRunning())
        return QStringLiteral("already running");
    const QString portFile = QDir(m_directory).filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    QStringList arguments { QStringLiteral("serve"),
                            QStringLiteral("--data"),
                            dataDirectory(),
                            QStringLiteral("--tls-cert"),
                            serve.certificate.isEmpty() ? tlsFile(QStringLiteral("server.pem")) : serve.certificate,
                            QStringLiteral("--tls-key"),
                            serve.key.isEmpty() ? tlsFile(QStringLiteral("server-key.pem")) : serve.key,
                            QStringLiteral("--port"),
                            QString::number(m_port),
                            QStringLiteral("--port-file"),
                            portFile,
                            QStringLiteral("--rate-limit"),
                            QString::number(serve.rateLimit),
                            QStringLiteral("--live-rate"),
                            QString::number(serve.liveRate) };
    if (serve.mutualTls)
        arguments << QStringLiteral("--client-ca") << tlsFile(QStringLiteral("ca.pem"));
    arguments << serve.extra;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setProcessEnvironment(serve.environment);
    m_process->start(executable(), arguments);
    if (!m_process->waitForStarted(10'000))
        return QStringLiteral("cannot start %1").arg(executable());
    // Opening the store derives its key (about a second); then it listens and writes the port.
    QDeadlineTimer deadline(60'000);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_log += QString::fromUtf8(m_process->readAllStandardError());
            return QStringLiteral("custodian-central serve exited: ") + m_log;
        }
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray text = file.readAll().trimmed();
            if (!text.isEmpty()) {
                m_port = quint16(text.toUInt());
                return {};
            }
        }
        m_process->waitForReadyRead(50);
    }
    return QStringLiteral("custodian-central serve did not start listening");
}

qint64 CentralProcess::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool CentralProcess::isRunning() const
{
    // QProcess learns of an exit only when events are processed: look now (and reap a process that died).
    if (m_process && m_process->state() == QProcess::Running)
        m_process->waitForFinished(0);
    return m_process && m_process->state() == QProcess::Running;
}

void CentralProcess::stop()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(10'000)) {
        m_process->kill();
        m_process->waitForFinished();
    }
    m_log += QString::fromUtf8(m_process->readAllStandardError());
}

void CentralProcess::kill()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_process->processId()), SIGKILL);
    m_process->waitForFinished(10'000);
    m_log += QString::fromUtf8(m_process->readAllStandardError());
}

} // namespace custodian::test
