#pragma once

#include "domain/Result.h"

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

    // Set when the central service holds more of this store's console audit than the store itself: the store was
    // put back to an older copy (or another store took its place). Kept until the store's chain continues the
    // service's again.
    struct RollbackNotice
    {
        qint64 detectedAt = 0;
        qint64 serverSeq = 0;
        qint64 localSeq = 0;
        bool diverged = false; // the store has an entry at serverSeq, but not the one the service received
    };

    explicit SyncState(Database& database);

    [[nodiscard]] Result<QString> cursor(const QString& stream);
    [[nodiscard]] Status setCursor(const QString& stream, const QString& cursor, qint64 at);

    [[nodiscard]] Result<QString> consoleId(); // the store's id, as the service knows this console
    [[nodiscard]] Result<QString> supervisor(); // "display name (username)" of the token, as last seen
    [[nodiscard]] Status setSupervisor(const QString& text);
    // The supervisor id the service's session named: who this console acts as when it grants, approves or revokes
    // roles (requested_by, approved_by). Nothing before the first session.
    [[nodiscard]] Result<std::optional<qint64>> supervisorId();
    [[nodiscard]] Status setSupervisorId(qint64 id);

    [[nodiscard]] Result<std::optional<RollbackNotice>> rollback();
    [[nodiscard]] Status setRollback(const std::optional<RollbackNotice>& notice);

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
