#pragma once

#include <QDateTime>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace custodian::test {

// The real custodian-central as a child process, for the sync tests and the sync benchmark: a data directory with
// demo TLS material (`custodian-central tls`) and a demo organisation (`init`), then `serve` on 127.0.0.1 with a port
// the kernel picks. It can be stopped, killed with SIGKILL and started again on the same data and port.
class CentralProcess
{
public:
    struct Serve
    {
        bool mutualTls = false; // --client-ca: the console must show a client certificate
        double liveRate = 0; // --live-rate
        double rateLimit = 0; // --rate-limit (0: none)
        QString certificate; // another server certificate (default: the one `tls` made)
        QString key;
        QStringList extra;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(); // e.g. CUSTODIAN_CRASH_AT
    };

    CentralProcess();
    ~CentralProcess();
    CentralProcess(const CentralProcess&) = delete;
    CentralProcess& operator=(const CentralProcess&) = delete;

    // Path of the binary: CUSTODIAN_CENTRAL (set by CTest), else next to the test.
    static QString executable();

    // `tls` (with a client certificate named "console") and `init` with `events` demo events into `directory`
    // (`extraInit`: more options of `init`, e.g. --seed and --days to match a console seeded alike). Returns an error
    // message, empty on success.
    [[nodiscard]] QString initialise(const QString& directory, qint64 events, const QDateTime& end = {},
                                     const QStringList& extraInit = {});
    // Starts `serve` and waits until it listens; the first start picks a port, later starts reuse it.
    [[nodiscard]] QString start();
    [[nodiscard]] QString start(const Serve& serve);
    void stop(); // SIGTERM, then waits
    void kill(); // SIGKILL: no cleanup, as a crash or an OOM kill
    [[nodiscard]] bool isRunning() const;

    [[nodiscard]] quint16 port() const { return m_port; }
    // The running service's process id (for /proc/<pid>/status), 0 when it is not running.
    [[nodiscard]] qint64 processId() const;
    [[nodiscard]] QString url() const;
    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString dataDirectory() const;
    [[nodiscard]] QString tlsFile(const QString& name) const; // ca.pem, server.pem, client-console.pem, ...
    [[nodiscard]] QString tokenFile(const QString& username) const;
    // Supervisors with tokens, in the order `init` printed them.
    [[nodiscard]] const QStringList& supervisors() const { return m_supervisors; }
    // What the service printed to stderr so far (for failure messages).
    [[nodiscard]] QString log() const;

private:
    QString m_directory;
    QStringList m_supervisors;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
    QString m_log;
};

} // namespace custodian::test
