#include "rules/IncidentOutbox.h"

#include "store/Database.h"
#include "store/SyncOutbox.h"

namespace custodian {

Status IncidentOutbox::enqueue(Database& database, const RoleAssignmentWorkflow::Actor& actor, qint64 incidentId,
                               QJsonObject payload, qint64 at)
{
    if (!actor.queueForSync)
        return {};
    auto version = database.prepare(QStringLiteral("SELECT server_version FROM incident WHERE id = ?"));
    if (!version)
        return version.error();
    version->bind(1, incidentId);
    auto row = version->firstRow([](const Statement& s) { return s.optionalInt64(0); });
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::NotFound,
                     QStringLiteral("incident %1 not found for the sync outbox").arg(incidentId));
    payload.insert(QStringLiteral("at"), at);
    return SyncOutbox::enqueue(database, QString::fromLatin1(Kind), incidentId, **row, payload, at);
}

} // namespace custodian
