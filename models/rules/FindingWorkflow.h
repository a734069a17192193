#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace custodian {

class Database;

// A supervisor's decision on a finding: open → acknowledged, dismissed (with a reason) or escalated;
// acknowledged → dismissed or escalated; dismissed → open again (with a reason). Escalated is final here (the
// incident process takes over). Each change is one transaction: the finding's status, a console-audit entry
// ("finding.status", "finding:<id>", old and new status and the reason) and a sync-outbox entry.
class FindingWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(FindingWorkflow)

public:
    static constexpr int MaxReasonLength = 2000;

    [[nodiscard]] static bool isAllowed(FindingStatus from, FindingStatus to);
    [[nodiscard]] static bool needsReason(FindingStatus to);
    // Refuses (InvalidArgument) a transition not listed above and a missing reason; NotFound for an unknown
    // finding. `atMs` < 0: now.
    [[nodiscard]] static Status changeStatus(Database& database, qint64 findingId, FindingStatus to,
                                             const QString& reason, const QString& actor, qint64 atMs = -1);
};

} // namespace custodian
