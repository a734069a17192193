#include "rules/FindingWorkflow.h"

#include "domain/Clock.h"
#include "rules/FindingCatalogue.h"
#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/FindingRepository.h"
#include "store/SyncOutbox.h"
#include "store/SyncState.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <tuple>

namespace custodian {

namespace {
QString code(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Open:
        return QStringLiteral("open");
    case FindingStatus::Acknowledged:
        return QStringLiteral("acknowledged");
    case FindingStatus::Dismissed:
        return QStringLiteral("dismissed");
    case FindingStatus::Escalated:
        return QStringLiteral("escalated");
    }
    return {};
}

// The sync outbox: the central service learns of the decision at the next push (docs/sync-api.md, kind
// "finding.status": the entity is the finding's key, which every console computes alike; the payload is the wire's).
// The base version is the central service's version of the decision this one replaces (none: never decided there).
Status queueForSync(Database& database, FindingRepository& findings, const FindingRepository::Row& finding,
                    FindingStatus to, const QString& reason, const std::optional<QString>& recipient, qint64 at)
{
    auto serverVersion = findings.serverVersion(finding.id);
    if (!serverVersion)
        return serverVersion.error();
    const QJsonObject payload { { QStringLiteral("status"), int(to) },
                                { QStringLiteral("reason"), reason.isEmpty() ? QJsonValue() : QJsonValue(reason) },
                                { QStringLiteral("at"), at },
                                { QStringLiteral("to"), recipient ? QJsonValue(*recipient) : QJsonValue() } };
    return SyncOutbox::enqueue(database, QStringLiteral("finding.status"), finding.id,
                               *serverVersion > 0 ? std::optional<qint64>(*serverVersion) : std::nullopt, payload, at);
}
} // namespace

bool FindingWorkflow::isAllowed(FindingStatus from, FindingStatus to)
{
    switch (from) {
    case FindingStatus::Open:
        return to == FindingStatus::Acknowledged || to == FindingStatus::Dismissed || to == FindingStatus::Escalated;
    case FindingStatus::Acknowledged:
        return to == FindingStatus::Dismissed || to == FindingStatus::Escalated;
    case FindingStatus::Dismissed:
        return to == FindingStatus::Open;
    case FindingStatus::Escalated:
        return to == FindingStatus::Open;
    }
    return false;
}

bool FindingWorkflow::needsReason(FindingStatus to)
{
    return to == FindingStatus::Dismissed || to == FindingStatus::Open || to == FindingStatus::Escalated;
}

Status FindingWorkflow::changeStatus(Database& database, qint64 findingId, FindingStatus to, const QString& reason,
                                     const QString& actor, qint64 atMs)
{
    return decide(database, findingId, to, reason, 0, actor, atMs);
}

Status FindingWorkflow::escalate(Database& database, qint64 findingId, const QString& note, qint64 recipientId,
                                 const QString& actor, qint64 atMs)
{
    return decide(database, findingId, FindingStatus::Escalated, note, recipientId, actor, atMs);
}

Status FindingWorkflow::escalateToIncident(Database& database, qint64 findingId, qint64 incidentId,
                                           const QString& incidentReference, const QString& note, qint64 recipientId,
                                           const QString& actor, qint64 atMs)
{
    const qint64 at = atMs < 0 ? Clock::nowMs() : atMs;
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    auto current = database.prepare(QStringLiteral(
        "SELECT f.status, coalesce(f.incident_id, 0), coalesce(i.reference, '') FROM finding f LEFT JOIN incident i ON "
        "i.id = f.incident_id WHERE f.id = ?"));
    if (!current)
        return current.error();
    current->bind(1, findingId);
    auto row = current->firstRow([](const Statement& s) {
        return std::tuple { FindingStatus(s.int64(0)), s.int64(1), s.text(2) };
    });
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::NotFound, tr("Finding %1 does not exist.").arg(findingId));
    const auto [status, heldBy, heldByReference] = **row;
    if (heldBy != 0)
        return Error(Error::Code::InvalidArgument,
                     heldBy == incidentId
                         ? tr("Finding %1 is already in %2.").arg(findingId).arg(heldByReference)
                         : tr("Finding %1 was escalated into %2 already; merge or link the incidents instead.")
                               .arg(findingId)
                               .arg(heldByReference));
    if (status == FindingStatus::Escalated) {
        // Already decided (escalated to a supervisor): the decision stands, the finding only joins the incident.
        auto audited = ConsoleAudit::append(database, actor, QStringLiteral("finding.incident"),
                                            QStringLiteral("finding:%1").arg(findingId),
                                            { { QStringLiteral("incident"), incidentReference } }, at);
        if (!audited)
            return audited.error();
    } else if (auto decided
               = decide(database, findingId, FindingStatus::Escalated, note, recipientId, actor, at, incidentReference);
               !decided) {
        return decided;
    }
    auto setIncident = database.prepare(QStringLiteral("UPDATE finding SET incident_id = ? WHERE id = ?"));
    if (!setIncident)
        return setIncident.error();
    setIncident->bind(1, incidentId).bind(2, findingId);
    if (auto run = setIncident->run(); !run)
        return run;
    return transaction->commit();
}

Status FindingWorkflow::decide(Database& database, qint64 findingId, FindingStatus to, const QString& reason,
                               qint64 recipientId, const QString& actor, qint64 atMs, const QString& incidentReference)
{
    const QString trimmed = reason.trimmed();
    if (needsReason(to) && trimmed.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     to == FindingStatus::Dismissed  ? tr("A finding can only be dismissed with a reason.")
                         : to == FindingStatus::Open ? tr("A finding can only be reopened with a reason.")
                                                     : tr("An escalation needs a note: what should the recipient "
                                                          "know?"));
    if (to == FindingStatus::Escalated && recipientId <= 0)
        return Error(Error::Code::InvalidArgument, tr("Choose the supervisor the escalation goes to."));
    if (trimmed.size() > MaxReasonLength)
        return Error(
            Error::Code::InvalidArgument,
            tr("The reason is too long (%1 characters; at most %2).").arg(trimmed.size()).arg(MaxReasonLength));
    const qint64 at = atMs < 0 ? Clock::nowMs() : atMs;

    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    FindingRepository findings(database);
    auto found = findings.find(findingId);
    if (!found)
        return found.error();
    if (!*found)
        return Error(Error::Code::NotFound, tr("Finding %1 does not exist.").arg(findingId));
    const FindingRepository::Row& finding = **found;
    std::optional<QString> recipient;
    if (to == FindingStatus::Escalated) {
        auto known = findings.supervisorUsername(recipientId);
        if (!known)
            return known.error();
        if (!*known)
            return Error(
                Error::Code::InvalidArgument,
                tr("Supervisor %1 is not known to this console; choose another or sync first.").arg(recipientId));
        recipient = *known;
    }
    // Who decided: the supervisor the central service named for this console's token, once it has synced; the
    // console-audit actor in any case.
    auto self = SyncState(database).supervisorId();
    if (!self)
        return self.error();
    if (finding.status == to)
        return Error(Error::Code::InvalidArgument,
                     tr("Finding %1 is already %2.").arg(findingId).arg(FindingCatalogue::statusName(to).toLower()));
    if (!isAllowed(finding.status, to))
        return Error(Error::Code::InvalidArgument,
                     tr("A finding that is %1 cannot be changed to %2.")
                         .arg(FindingCatalogue::statusName(finding.status).toLower(),
                              FindingCatalogue::statusName(to).toLower()));
    FindingRepository::Decision decision;
    decision.status = to;
    decision.reason = trimmed;
    decision.at = at;
    decision.bySupervisorId = self->value_or(0);
    decision.actor = actor;
    decision.escalatedTo = recipient ? recipientId : 0;
    auto changed = findings.setStatus(findingId, finding.status, decision);
    if (!changed)
        return changed.error();
    if (!*changed)
        return Error(Error::Code::InvalidArgument,
                     tr("Finding %1 was changed by someone else meanwhile; look at it again.").arg(findingId));
    QJsonObject detail { { QStringLiteral("old_status"), code(finding.status) },
                         { QStringLiteral("new_status"), code(to) },
                         { QStringLiteral("kind"), QLatin1String(FindingCatalogue::entry(finding.kind).code) } };
    if (!trimmed.isEmpty())
        detail.insert(QStringLiteral("reason"), trimmed);
    if (recipient)
        detail.insert(QStringLiteral("escalated_to"), *recipient);
    if (!incidentReference.isEmpty())
        detail.insert(QStringLiteral("incident"), incidentReference);
    auto audited
        = ConsoleAudit::append(database,
                               { actor, QStringLiteral("finding.status"), QStringLiteral("finding:%1").arg(findingId),
                                 QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)) },
                               at);
    if (!audited)
        return audited.error();
    if (auto status = queueForSync(database, findings, finding, to, trimmed, recipient, at); !status)
        return status;
    return transaction->commit();
}

} // namespace custodian
