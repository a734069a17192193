#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace custodian {

// Where sync stands, as the console shows it in its status bar and on its sync page. Offline is a normal state:
// the time of the last successful sync and the changes waiting say what it means.
struct SyncStatus
{
    enum class State {
        NotConfigured, // no server or token yet
        Idle, // the last run ended well
        Running,
        Offline, // the server could not be reached (or asked to wait); runs go on being tried
        Failed, // the last run failed for a reason that needs someone: certificate, token, a broken answer
    };

    State state = State::NotConfigured;
    QString server;
    QString supervisor; // whom the token belongs to, as the server said
    std::optional<qint64> lastSuccessAt;
    qint64 lastAttemptAt = 0;
    QString message; // why the last run failed, or what it noted
    qint64 waiting = 0; // changes in the outbox
    qint64 conflicts = 0; // unresolved
    bool rolledBack = false;
    QString rollbackMessage;
    QString consoleNotice; // consoles registered to the same supervisor since, until the supervisor dismisses it
    std::optional<qint64> tokenExpiresAt; // as the last session said
    QString progressStream; // while running: the stream being pulled and how many of it so far
    qint64 progressItems = 0;
    qint64 nextRunAt = 0;
};

} // namespace custodian

Q_DECLARE_METATYPE(custodian::SyncStatus)
