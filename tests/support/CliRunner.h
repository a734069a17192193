#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

class QProcess;

namespace custodian::test {

// Runs the real custodian-cli (path from the CUSTODIAN_CLI environment variable that CTest sets) and
// collects its exit status and output.
class CliRunner
{
public:
    struct Outcome
    {
        int exitCode = -1;
        bool crashed = false;
        QString out;
        QString err;
    };

    static QString executable();
    static Outcome run(const QStringList& arguments, const QProcessEnvironment& environment = defaultEnvironment(),
                       int timeoutMs = 120000, const QByteArray& input = {});
    // Starts `program` on a QProcess the caller has set up (environment, child modifier), feeds `input`, waits
    // up to `timeoutMs` (then kills it and reports a crash) and collects the outcome. Every runner uses it.
    static Outcome runProgram(QProcess& process, const QString& program, const QStringList& arguments, int timeoutMs,
                              const QByteArray& input = {});
    // Like run(), but the calling thread's event loop keeps running meanwhile: for a server in the test's own thread
    // (ScriptedTlsServer) that the command talks to.
    static Outcome runWithEventLoop(const QStringList& arguments, const QProcessEnvironment& environment,
                                    int timeoutMs = 120000);
    // "exit N (crashed)", then the first 2000 characters of stdout and all of stderr: what a failed check shows.
    static QString describe(const Outcome& outcome);
    // The process environment without CUSTODIAN_PASSPHRASE and CUSTODIAN_CRASH_AT.
    static QProcessEnvironment defaultEnvironment();
};

} // namespace custodian::test
