#include "store/IncidentObservableIndex.h"

#include "store/Database.h"

#include <vector>

namespace custodian {

Status IncidentObservableIndex::rebuild(Database& database, qint64 incidentId)
{
    for (const char* sql : { ClearSql, FillSql }) {
        auto statement = database.prepare(QString::fromLatin1(sql));
        if (!statement)
            return statement.error();
        statement->bind(1, incidentId);
        if (auto status = statement->run(); !status)
            return status;
    }
    return {};
}

Status IncidentObservableIndex::rebuildAll(Database& database)
{
    auto incidents = database.prepare(QStringLiteral("SELECT DISTINCT incident_id FROM incident_event"));
    if (!incidents)
        return incidents.error();
    std::vector<qint64> ids;
    if (auto status = incidents->forEachRow([&](const Statement& s) { ids.push_back(s.int64(0)); }); !status)
        return status;
    if (auto status = database.exec(QStringLiteral("DELETE FROM incident_observable")); !status)
        return status;
    for (const qint64 id : ids) {
        if (auto status = rebuild(database, id); !status)
            return status;
    }
    return {};
}

} // namespace custodian
