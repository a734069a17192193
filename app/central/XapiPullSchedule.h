#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

#include <functional>

namespace custodian {

// `serve --xapi-config FILE --xapi-every MINUTES` (docs/xapi.md): runs `custodian-central xapi-pull --config FILE` as
// a child process at start and then every interval, never two at once, and hands each line it prints to `log`. A
// child process keeps the pull's network waits and its one write transaction off the thread that serves consoles
// (the store is in WAL mode: consoles keep reading while it writes).
class XapiPullSchedule : public QObject
{
    Q_OBJECT

public:
    XapiPullSchedule(QString dataDirectory, QString configFile, int minutes, std::function<void(const QString&)> log);
    ~XapiPullSchedule() override;

    void start();

private:
    void run();
    void finished(int exitCode, QProcess::ExitStatus status);

    QString m_dataDirectory;
    QString m_configFile;
    std::function<void(const QString&)> m_log;
    QTimer m_timer;
    QProcess m_process;
};

} // namespace custodian
