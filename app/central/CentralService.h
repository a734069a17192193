#pragma once

#include "domain/Result.h"
#include "store/central/CentralRepository.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace custodian {

// The sync contract's rules on the central side (docs/sync-api.md), independent of HTTP: what a session tells a
// console, which pages a pull returns, whether a pushed change applies, conflicts or is refused, and whether an
// audit push continues the chain the service holds for that console. Every change is applied at most once: its
// idempotency key is recorded in the same transaction as its effect, and a retry gets the recorded response back.
// The same rules as the console's apply (FindingWorkflow's transitions, DetectionSettings' bounds), so a console
// cannot push what its own UI would refuse.
class CentralService
{
    Q_DECLARE_TR_FUNCTIONS(CentralService)

public:
    // An answer for the HTTP layer: a status code and a body object (an error body has "error": {code, message}).
    struct Reply
    {
        int status = 200;
        QCborMap body;
        bool replayed = false; // a change seen before: its recorded response
        std::optional<int> retryAfterSeconds = std::nullopt; // 429: when to ask again
    };

    // Where the service reports security events (a console registered, a rollback seen, a refused console): a line
    // each, never a token. custodian-central serve writes them to stderr.
    using Log = std::function<void(const QString&)>;

    static constexpr int MaxAuditEntriesPerPush = 1000;
    static constexpr int MaxConsoleIdLength = 64;
    static constexpr int MaxKeyLength = 128;

    explicit CentralService(CentralRepository& repository);

    [[nodiscard]] CentralRepository& repository() { return m_repository; }
    void setLog(Log log) { m_log = std::move(log); }

    // Which console a request comes from (CentralConsoles): `storeId` is X-Custodian-Console, a label; `consoleKey`
    // is X-Custodian-Console-Key, the console's identity, registered to the token's supervisor at its first request.
    // Nothing: admitted; else the refusal to answer (400 bad_console, 403 console_not_yours). The calls below take
    // the admitted key as `consoleId`.
    [[nodiscard]] std::optional<Reply> admitConsole(const CentralRepository::Supervisor& supervisor,
                                                    const QString& storeId, const QString& consoleKey);
    [[nodiscard]] Reply session(const CentralRepository::Supervisor& supervisor, const QString& storeId,
                                const QString& consoleId);
    // `limit` <= 0: the stream's largest page.
    [[nodiscard]] Reply pull(const QString& stream, const QString& cursor, int limit, CentralRepository::Page* page);
    [[nodiscard]] Reply applyChange(const CentralRepository::Supervisor& supervisor, const QString& consoleId,
                                    const QString& key, const QCborMap& request);
    [[nodiscard]] Reply appendAudit(const CentralRepository::Supervisor& supervisor, const QString& consoleId,
                                    const QCborMap& request);

    // POST /api/v1/records/<path>: "<id>/reveal" (the identifier of a record in the supervisor's scope, recorded with
    // the reason before it is answered) or "lookup" (the record a typed identifier belongs to, rate-limited and
    // recorded). The only ways a full card number leaves the service (docs/sync-api.md section 4).
    [[nodiscard]] Reply recordRequest(const CentralRepository::Supervisor& supervisor, const QString& consoleId,
                                      const QString& path, const QCborMap& request);

    // Look-ups per supervisor: a burst, then one every LookupIntervalMs. A look-up answers "which record has this
    // number", so unlimited look-ups would find a card number from its masked form by trying the middle digits.
    static constexpr int LookupBurst = 20;
    static constexpr qint64 LookupIntervalMs = 60'000;

    static constexpr int DefaultTokenDays = 90;
    static constexpr int MaxTokenDays = 3650;

    struct IssuedToken
    {
        QString token;
        qint64 expiresAt = 0;
    };
    // A new bearer token for a supervisor, valid for `days` days: returned once, stored as its hash.
    [[nodiscard]] Result<IssuedToken> issueToken(const QString& username, int days = DefaultTokenDays);

    // Who a bearer token belongs to. `supervisor` set: the request goes on (with the supervisor's role and the
    // token's expiry). Otherwise `unknown` (no such token: counts against the guessing limit) or `refusal` says why a
    // token this service issued no longer works (expired on …, revoked on …).
    struct Authentication
    {
        std::optional<CentralRepository::Supervisor> supervisor;
        bool unknown = false;
        QString refusal;
    };
    [[nodiscard]] Result<Authentication> authenticate(QByteArrayView token);

    [[nodiscard]] static Reply error(int status, const QString& code, const QString& message);
    [[nodiscard]] static bool isValidConsoleId(const QString& consoleId);

private:
    // `now`: the service's clock, the time every rule and every recorded time of the change uses.
    [[nodiscard]] Reply decideChange(const CentralRepository::Supervisor& supervisor, const QString& consoleId,
                                     const QString& kind, const QString& entity, const QCborValue& baseVersion,
                                     const QCborMap& payload, qint64 now);
    [[nodiscard]] Reply findingStatus(const CentralRepository::Supervisor& supervisor, const QString& entity,
                                      const QCborValue& baseVersion, const QCborMap& payload, qint64 now);
    [[nodiscard]] Reply detectionSettings(const CentralRepository::Supervisor& supervisor, const QString& entity,
                                          const QCborValue& baseVersion, const QCborMap& payload);

    [[nodiscard]] Reply revealRecord(const CentralRepository::Supervisor& supervisor, const QString& consoleId,
                                     qint64 recordId, const QCborMap& request);
    [[nodiscard]] Reply lookUpRecord(const CentralRepository::Supervisor& supervisor, const QString& consoleId,
                                     const QCborMap& request);

    struct LookupBudget
    {
        double tokens = LookupBurst;
        qint64 updatedMs = 0;
    };

    CentralRepository& m_repository;
    QHash<qint64, LookupBudget> m_lookupBudgets; // by supervisor id
    Log m_log;
};

} // namespace custodian
