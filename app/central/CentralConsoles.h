#pragma once

#include "central/CentralService.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace custodian {

// Which console a request comes from (docs/sync-api.md, section 2 "Console identity"). A console names itself by its
// key — a fingerprint of its keyring's recovery public key, which passphrase changes and key rotations keep and which
// every copy of a store shares — and, as a label, by its store id. The first request with a new key registers that
// console to the token's supervisor; from then on the key is that supervisor's only, and another supervisor's token
// presenting it is refused. A supervisor's second console is an event: logged by the service and told to their other
// consoles at their next session. The console-audit chain the service holds is kept by key, so a restored copy whose
// store id was changed is still the same console, and its rollback still shows. A rollback the service sees (a
// console's report, or an audit push that does not continue the chain held) stays recorded until an administrator
// resolves it (`custodian-central consoles --resolve`).
class CentralConsoles
{
    Q_DECLARE_TR_FUNCTIONS(CentralConsoles)

public:
    using Log = std::function<void(const QString&)>;

    CentralConsoles(CentralRepository& repository, Log log);

    [[nodiscard]] static bool isValidKey(const QString& key);
    // "3f9c1a2b…": how logs and messages name a console without spelling its whole key.
    [[nodiscard]] static QString shortKey(const QString& key);

    // Registers a console at its first request and refuses one registered to another supervisor (403) or a request
    // without a valid key (400). Nothing: admitted.
    [[nodiscard]] std::optional<CentralService::Reply> admit(const CentralRepository::Supervisor& supervisor,
                                                             const QString& storeId, const QString& key, qint64 now);
    // What the session tells a console about itself: when it was registered, the supervisor's other consoles, an open
    // rollback and the last resolution. Records that the console was seen.
    [[nodiscard]] Result<QCborMap> describe(const CentralRepository::Supervisor& supervisor, const QString& storeId,
                                            const QString& key, qint64 now);
    // A rollback seen by the service: recorded (once while open) and logged.
    [[nodiscard]] Status recordRollback(const CentralRepository::Supervisor& supervisor, const QString& key,
                                        qint64 heldSeq, qint64 consoleSeq, qint64 now);

private:
    void log(const QString& line) const;

    CentralRepository& m_repository;
    Log m_log;
};

} // namespace custodian
