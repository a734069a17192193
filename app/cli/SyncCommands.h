#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace custodian {

// custodian-cli's sync commands (docs/sync-api.md):
//  * `sync` runs one sync with the store's settings, any of which a flag overrides for this run only, and prints a
//    JSON summary; exit status 1 with the reason when it fails (offline, certificate, token, a broken answer) or
//    finds the store rolled back.
//  * `sync-config` shows the store's sync settings (never the token or the client key), or changes them: checked as
//    the console checks them, saved with one console-audit entry.
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    static int sync(const QStringList& arguments);
    static int configure(const QStringList& arguments);
};

} // namespace custodian
