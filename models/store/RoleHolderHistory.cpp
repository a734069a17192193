#include "store/RoleHolderHistory.h"

#include "store/Database.h"

#include <set>

namespace custodian {

RoleHolderHistory::RoleHolderHistory(Database& database)
    : m_database(database)
{
}

Result<std::vector<RoleHolderHistory::Series>> RoleHolderHistory::sensitiveHolders(qint64 from, qint64 to, qint64 step)
{
    std::vector<Series> series;
    if (step <= 0 || to < from)
        return series;
    // Every assignment that was ever in force (active now, revoked or expired), with its in-force window. A few
    // thousand rows by the role index.
    auto statement = m_database.prepare(QStringLiteral(
        "SELECT r.id, r.name, a.agent_id, max(a.valid_from, coalesce(a.approved_at, a.valid_from)), "
        "min(coalesce(a.valid_until, 9223372036854775807), coalesce(a.ended_at, 9223372036854775807)) FROM role r "
        "LEFT JOIN role_assignment a ON a.role_id = r.id AND a.status IN (2, 4, 5) WHERE r.sensitive = 1 ORDER BY "
        "r.name, r.id"));
    if (!statement)
        return statement.error();
    struct Window
    {
        qint64 agent;
        qint64 start;
        qint64 end;
    };
    std::vector<std::pair<QString, std::vector<Window>>> roles;
    qint64 lastRole = 0;
    if (auto status = statement->forEachRow([&](const Statement& row) {
            if (roles.empty() || row.int64(0) != lastRole) {
                roles.emplace_back(row.text(1), std::vector<Window>());
                lastRole = row.int64(0);
            }
            if (!row.isNull(2))
                roles.back().second.push_back({ row.int64(2), row.int64(3), row.int64(4) });
        });
        !status)
        return status.error();
    for (auto& [name, windows] : roles) {
        Series s;
        s.role = name;
        for (qint64 t = from; t <= to; t += step) {
            std::set<qint64> agents;
            for (const Window& w : windows) {
                if (w.start <= t && t < w.end)
                    agents.insert(w.agent);
            }
            s.points.emplace_back(t, int(agents.size()));
        }
        series.push_back(std::move(s));
    }
    return series;
}

} // namespace custodian
