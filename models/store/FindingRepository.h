#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"
#include "store/Statement.h"

#include <QString>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// The finding and finding_evidence tables: detections record findings idempotently by dedupe key (a
// re-delivered batch changes nothing), the findings page lists and filters them, and status changes update
// them with an optimistic check of the status they were made against. Runs inside the caller's transaction.
class FindingRepository
{
public:
    // What a detection found, before it is stored.
    struct Draft
    {
        FindingKind kind = FindingKind::OffHours;
        Severity severity = Severity::Medium;
        QString controlRef;
        qint64 agentId = 0;
        qint64 detectedAt = 0;
        qint64 windowStart = 0;
        qint64 windowEnd = 0;
        QString summary; // never a customer identifier
        QString dedupeKey;
    };

    // A stored finding as the detections see it when they extend it.
    struct Existing
    {
        qint64 id = 0;
        QString dedupeKey;
        qint64 windowStart = 0;
        qint64 windowEnd = 0;
        Severity severity = Severity::Medium;
        QString summary;
    };

    struct Recorded
    {
        qint64 id = 0;
        bool created = false;
        bool changed = false; // window, severity or summary of an existing finding
        qint64 evidenceAdded = 0;
    };

    // One row of the findings list, with the agent's name.
    struct Row
    {
        qint64 id = 0;
        FindingKind kind = FindingKind::OffHours;
        Severity severity = Severity::Medium;
        QString controlRef;
        qint64 agentId = 0; // 0: none
        QString agentName;
        QString employeeNo;
        qint64 detectedAt = 0;
        qint64 windowStart = 0;
        qint64 windowEnd = 0;
        QString summary;
        FindingStatus status = FindingStatus::Open;
        QString statusReason;
        std::optional<qint64> statusAt;
        qint64 evidenceCount = 0;
        qint64 version = 1;
        qint64 teamId = 0; // the agent's team; 0: no agent
        QString teamName;
        qint64 siteId = 0;
        QString siteName;
        // Who made the decision: the supervisor's name when known, else the console-audit actor or the central
        // service's user name; empty for a decision recorded before schema 8.
        QString statusBy;
        qint64 escalatedToId = 0; // the supervisor an escalated finding went to (0: none)
        QString escalatedToName;
    };

    // A decision as setStatus() writes it.
    struct Decision
    {
        FindingStatus status = FindingStatus::Open;
        QString reason;
        qint64 at = 0;
        qint64 bySupervisorId = 0; // 0: this console does not know its supervisor yet
        QString actor; // the console-audit actor
        qint64 escalatedTo = 0; // a supervisor, for an escalation only
    };

    // Empty optionals and lists: no restriction. The time range selects findings whose window overlaps it.
    struct Filter
    {
        std::vector<FindingStatus> statuses;
        std::vector<FindingKind> kinds;
        std::optional<Severity> minimumSeverity;
        std::optional<qint64> agentId;
        std::optional<qint64> teamId; // the agent's team
        std::optional<qint64> siteId; // the site of the agent's team
        std::optional<qint64> from; // ms, inclusive
        std::optional<qint64> until; // ms, exclusive
        std::optional<qint64> detectedAfter; // ms, exclusive: found after this instant (Today's "new since")
    };

    struct AgentOption
    {
        qint64 id = 0;
        QString name;
        QString employeeNo;
    };

    explicit FindingRepository(Database& database);

    [[nodiscard]] Result<std::optional<Existing>> findByKey(const QString& dedupeKey);
    // The agent's finding of `kind` whose window overlaps [from, to], if any (the latest).
    [[nodiscard]] Result<std::optional<Existing>> findOverlapping(FindingKind kind, qint64 agentId, qint64 from,
                                                                  qint64 to);
    // Inserts the finding, or widens the window / raises the severity / replaces the summary of the one with
    // the same dedupe key; adds the evidence not yet linked. Changes nothing when everything is there already.
    [[nodiscard]] Result<Recorded> record(const Draft& draft, const std::vector<qint64>& evidenceEventIds);

    // Most severe first, then newest first.
    [[nodiscard]] Result<std::vector<Row>> list(const Filter& filter);
    [[nodiscard]] Result<std::optional<Row>> find(qint64 id);
    [[nodiscard]] Result<std::vector<qint64>> evidenceEventIds(qint64 findingId);
    [[nodiscard]] Result<std::vector<AgentOption>> agentsWithFindings();
    // The user name of supervisor `id` (an escalation's recipient); none when this store does not know them.
    [[nodiscard]] Result<std::optional<QString>> supervisorUsername(qint64 id);

    // Sets the status if it is still `expected`; false when someone changed it first.
    [[nodiscard]] Result<bool> setStatus(qint64 id, FindingStatus expected, const Decision& decision);

    // A decision on a finding as the central service holds it (the finding_status stream, or "take theirs" when a
    // conflict is resolved), by the finding's key.
    struct ServerStatus
    {
        QString dedupeKey;
        FindingStatus status = FindingStatus::Open;
        QString reason;
        QString by; // the deciding supervisor's user name
        qint64 at = 0;
        qint64 version = 0;
        QString escalatedTo; // an escalation's recipient, by user name
    };
    enum class ServerStatusOutcome {
        Applied, // the finding now shows it
        Held, // this console has a change of the finding waiting to be pushed or in conflict: that decides
        Stale, // the finding already shows this version or a newer one
        Kept, // the finding is not detected here yet: kept, and applied when it is
    };
    // `force`: apply even over a change of this console that is waiting (resolving a conflict in the server's favour).
    [[nodiscard]] Result<ServerStatusOutcome> applyServerStatus(const ServerStatus& status, bool force = false);
    // The central service's version of the finding's decision (0: none known).
    [[nodiscard]] Result<qint64> serverVersion(qint64 id);

private:
    [[nodiscard]] Status prepareAll();

    Database& m_database;
    bool m_prepared = false;
    Statement m_byKey;
    Statement m_insert;
    Statement m_update;
    Statement m_insertEvidence;
    Statement m_addCount;
    Statement m_adoptRemote;
    Statement m_dropRemote;
};

} // namespace custodian
