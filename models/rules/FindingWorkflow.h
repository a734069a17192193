#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace custodian {

class Database;

// A supervisor's decision on a finding: open → acknowledged, dismissed (with a reason) or escalated (with a note, to
// a named supervisor); acknowledged → dismissed or escalated; dismissed or escalated → open again (with a reason), so
// that a wrong decision can be taken back on the record. Each change is one transaction: the finding's status with
// who decided and when, a console-audit entry ("finding.status", "finding:<id>", old and new status, the reason and
// the escalation's recipient) and a sync-outbox entry.
class FindingWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(FindingWorkflow)

public:
    static constexpr int MaxReasonLength = 2000;

    [[nodiscard]] static bool isAllowed(FindingStatus from, FindingStatus to);
    [[nodiscard]] static bool needsReason(FindingStatus to);
    // Refuses (InvalidArgument) a transition not listed above and a missing reason; NotFound for an unknown
    // finding. `atMs` < 0: now. An escalation goes through escalate(): here it is refused for want of a recipient.
    [[nodiscard]] static Status changeStatus(Database& database, qint64 findingId, FindingStatus to,
                                             const QString& reason, const QString& actor, qint64 atMs = -1);
    // Escalates to supervisor `recipientId` with `note` (what the recipient should know); refuses (InvalidArgument)
    // an empty note and a recipient this store does not know.
    [[nodiscard]] static Status escalate(Database& database, qint64 findingId, const QString& note, qint64 recipientId,
                                         const QString& actor, qint64 atMs = -1);
    // Escalates into incident `incidentId` (issue 17, point 3): the same decision as escalate() — to the incident's
    // owner `recipientId`, audited and queued for sync as today, the audit naming the incident — with the finding's
    // incident_id set. A finding already escalated to a supervisor and in no incident only gets the incident (audited
    // as "finding.incident"); one already in an incident is refused. Runs as a savepoint inside a caller's
    // transaction (IncidentFromEvidence), or as its own.
    [[nodiscard]] static Status escalateToIncident(Database& database, qint64 findingId, qint64 incidentId,
                                                   const QString& incidentReference, const QString& note,
                                                   qint64 recipientId, const QString& actor, qint64 atMs = -1);

private:
    [[nodiscard]] static Status decide(Database& database, qint64 findingId, FindingStatus to, const QString& reason,
                                       qint64 recipientId, const QString& actor, qint64 atMs,
                                       const QString& incidentReference = {});
};

} // namespace custodian
