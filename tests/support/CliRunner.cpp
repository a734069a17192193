#include "support/CliRunner.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace custodian::test {

QString CliRunner::executable()
{
    return qEnvironmentVariable("CUSTODIAN_CLI");
}

QProcessEnvironment CliRunner::defaultEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CUSTODIAN_PASSPHRASE"));
    environment.remove(QStringLiteral("CUSTODIAN_CRASH_AT"));
    return environment;
}

CliRunner::Outcome CliRunner::run(const QStringList& arguments, const QProcessEnvironment& environment, int timeoutMs,
                                  const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    return runProgram(process, executable(), arguments, timeoutMs, input);
}

CliRunner::Outcome CliRunner::runProgram(QProcess& process, const QString& program, const QStringList& arguments,
                                         int timeoutMs, const QByteArray& input)
{
    Outcome outcome;
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        outcome.err = QStringLiteral("cannot start ") + program;
        return outcome;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        outcome.err = QStringLiteral("timed out");
        outcome.crashed = true;
        return outcome;
    }
    outcome.crashed = process.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

CliRunner::Outcome CliRunner::runWithEventLoop(const QStringList& arguments, const QProcessEnvironment& environment,
                                               int timeoutMs)
{
    Outcome outcome;
    QProcess process;
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    process.start(executable(), arguments);
    process.closeWriteChannel();
    timeout.start(timeoutMs);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        outcome.err = QStringLiteral("timed out");
        outcome.crashed = true;
        return outcome;
    }
    outcome.crashed = process.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

QString CliRunner::describe(const Outcome& outcome)
{
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
        .arg(outcome.exitCode)
        .arg(outcome.crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(outcome.out.left(2000), outcome.err);
}

} // namespace custodian::test
