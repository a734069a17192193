#pragma once

#include "domain/Result.h"
#include "domain/SupervisorRole.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// Where this console's sync stands, inside the store: each stream's cursor (committed in the same transaction as
// the rows it advanced over), whom the central service said the token belongs to, the notice that this store was
// found rolled back, and the console-audit entries to send after the ones the service holds.
class SyncState
{
public:
    struct AuditEntry
    {
        qint64 seq = 0;
        qint64 at = 0;
        QString actor;
        QString action;
        QString target;
        QString detail;
        QByteArray mac;
    };

    // Set when the central service holds more of this store's console audit than the store itself, or a chain this
    // store does not continue: the store was put back to an older copy (or another store took its place). Also set
    // when the service says it recorded such a rollback for this console. Kept until an administrator resolves it on
    // the service (the session then names the resolution), never cleared by the chain matching again.
    struct RollbackNotice
    {
        qint64 detectedAt = 0;
        qint64 serverSeq = 0;
        qint64 localSeq = 0;
        bool diverged = false; // the store has an entry at serverSeq, but not the one the service received
        bool byService = false; // the service recorded it (this copy's chain may match; another copy's did not)
    };

    explicit SyncState(Database& database);

    [[nodiscard]] Result<QString> cursor(const QString& stream);
    [[nodiscard]] Status setCursor(const QString& stream, const QString& cursor, qint64 at);

    [[nodiscard]] Result<QString> consoleId(); // the store's id: a label the service shows beside the console's key
    // The console's identity towards the central service (X-Custodian-Console-Key): SHA-256 over a fixed label and
    // the keyring's recovery public key, in hex. Every copy of the store shares it, passphrase changes and key
    // rotations keep it, and editing the store (its store_id) does not change it.
    [[nodiscard]] Result<QString> consoleKey();
    [[nodiscard]] Result<QString> supervisor(); // "display name (username)" of the token, as last seen
    [[nodiscard]] Status setSupervisor(const QString& text);
    // The supervisor id the service's session named: who this console acts as when it grants, approves or revokes
    // roles (requested_by, approved_by). Nothing before the first session.
    [[nodiscard]] Result<std::optional<qint64>> supervisorId();
    [[nodiscard]] Status setSupervisorId(qint64 id);
    // The supervisor's role on the service, as the last session said (nothing before the first session): a console
    // lets only a security officer edit the organisation's thresholds, as the service allows.
    [[nodiscard]] Result<std::optional<SupervisorRole>> supervisorRole();
    [[nodiscard]] Status setSupervisorRole(SupervisorRole role);
    // When the token expires, as the last session said.
    [[nodiscard]] Result<std::optional<qint64>> tokenExpiresAt();
    [[nodiscard]] Status setTokenExpiresAt(std::optional<qint64> at);

    [[nodiscard]] Result<std::optional<RollbackNotice>> rollback();
    [[nodiscard]] Status setRollback(const std::optional<RollbackNotice>& notice);
    // The last resolution of a rollback (by an administrator on the service) this console has taken note of: 0 none.
    [[nodiscard]] Result<qint64> rollbackResolution();
    [[nodiscard]] Status setRollbackResolution(qint64 id);

    // Another console registered to the same supervisor, as the service's session listed it.
    struct OtherConsole
    {
        QString key;
        QString storeId;
        qint64 registeredAt = 0;
    };
    // The other consoles this console has been told about; nothing before its first session.
    [[nodiscard]] Result<std::optional<std::vector<OtherConsole>>> knownConsoles();
    [[nodiscard]] Status setKnownConsoles(const std::vector<OtherConsole>& consoles);
    // Consoles registered to this supervisor since this console last looked: shown until the supervisor dismisses them.
    [[nodiscard]] Result<std::vector<OtherConsole>> consoleNotice();
    [[nodiscard]] Status setConsoleNotice(const std::vector<OtherConsole>& consoles);
    // The supervisor has seen the notice: it is cleared, with a console-audit entry, in one transaction.
    [[nodiscard]] Status dismissConsoleNotice(const QString& actor);

    // The mac of the local entry `seq` (nothing when the chain has no such entry) and the last seq.
    [[nodiscard]] Result<std::optional<QByteArray>> auditMac(qint64 seq);
    [[nodiscard]] Result<qint64> lastAuditSeq();
    [[nodiscard]] Result<std::vector<AuditEntry>> auditEntriesAfter(qint64 seq, int limit);

private:
    [[nodiscard]] Result<QString> meta(const char* key);
    [[nodiscard]] Status setMeta(const char* key, const QString& value);

    Database& m_database;
};

} // namespace custodian
