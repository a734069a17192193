#pragma once

// What the sync tests share: a real custodian-central with a demo organisation, console stores created with cheap
// key derivation (so that custodian-cli opens them fast too), `custodian-cli sync` as a child process with its JSON
// summary, and counts read from a console's or the service's store.

#include "domain/Result.h"
#include "store/Store.h"
#include "support/CentralProcess.h"
#include "support/CliRunner.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace custodian::test {

class SyncFixture
{
public:
    static constexpr char Passphrase[] = "sync test passphrase";

    // A console store: its path, passphrase file and the arguments that name it.
    struct Console
    {
        QString path;
        QString passphraseFile;
        [[nodiscard]] QStringList args(const QString& command) const;
        [[nodiscard]] Result<Store> unlock() const;
        // How the central service knows this console (its keyring's fingerprint, SyncState::consoleKey); empty on
        // failure (with a warning).
        [[nodiscard]] QString key() const;
    };

    struct Synced
    {
        CliRunner::Outcome outcome;
        QJsonObject summary;
        [[nodiscard]] bool ok() const { return outcome.exitCode == 0 && !outcome.crashed; }
        [[nodiscard]] qint64 pulled(const QString& stream) const;
        [[nodiscard]] QString describe() const; // for failure messages
    };

    // Makes the service's data directory with `events` demo events (a fixed end, so that runs compare).
    [[nodiscard]] QString initialise(qint64 events);
    [[nodiscard]] CentralProcess& central() { return m_central; }
    [[nodiscard]] QString path(const QString& name) const;

    // A new console store configured (in the store, as sync-config would) for the central service with the token of
    // supervisor `supervisor` (index into central().supervisors()).
    [[nodiscard]] Result<Console> makeConsole(const QString& name, int supervisor = 0);
    // The start of every test in which one supervisor's change must reach another's console: the service made with
    // `events` demo events and started, console `a` for its first supervisor and `b` for its second, each synced once.
    // The empty string, or what went wrong.
    [[nodiscard]] QString startWithTwoConsoles(qint64 events, Console& a, Console& b);
    [[nodiscard]] Synced sync(const Console& console, const QStringList& extra = {},
                              const QProcessEnvironment& environment = CliRunner::defaultEnvironment(),
                              int timeoutMs = 300'000);
    // The same, while this thread's event loop runs (a server in the test's thread).
    [[nodiscard]] Synced syncWithEventLoop(const Console& console, const QStringList& extra = {},
                                           int timeoutMs = 120'000);
    // `custodian-cli verify`: the empty string when every page and the audit chain check out.
    [[nodiscard]] QString verify(const Console& console);

    // A single number from a console's store, or -1 (and a warning) on failure.
    [[nodiscard]] static qint64 count(const Console& console, const QString& sql);
    // The same from the service's store (opened with its passphrase file beside it, while it runs).
    [[nodiscard]] qint64 centralCount(const QString& sql);
    // The service's store itself (opened the same way), for what a count cannot tell, or for a test that plays an
    // administrator (or an HR change) on the service's data.
    [[nodiscard]] Result<Store> centralStore();

private:
    QTemporaryDir m_dir;
    CentralProcess m_central;
};

} // namespace custodian::test
