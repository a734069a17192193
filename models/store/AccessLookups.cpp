#include "store/AccessLookups.h"

#include "store/Database.h"

namespace custodian {

namespace {
template <typename Fill> Status each(Database& database, const char* sql, Fill fill)
{
    auto statement = database.prepare(QString::fromLatin1(sql));
    if (!statement)
        return statement.error();
    return statement->forEachRow(fill);
}
} // namespace

Result<AccessLookups> AccessLookups::load(Database& database)
{
    AccessLookups lookups;
    Status status = each(database, "SELECT id, display_name, employee_no, team_id FROM agent ORDER BY display_name",
                         [&](const Statement& s) {
                             lookups.agents.push_back({ s.int64(0), s.text(1), s.text(2), s.int64(3) });
                         });
    if (status)
        status = each(database,
                      "SELECT t.id, t.name, t.site_id FROM team t JOIN site s ON s.id = t.site_id "
                      "ORDER BY s.code, t.name",
                      [&](const Statement& s) {
                          lookups.teams.push_back({ s.int64(0), s.text(1), s.int64(2) });
                      });
    if (status)
        status = each(database, "SELECT id, code, name FROM site ORDER BY name", [&](const Statement& s) {
            lookups.sites.push_back({ s.int64(0), s.text(1), s.text(2) });
        });
    if (status)
        status = each(database, "SELECT id, hostname FROM workstation ORDER BY hostname", [&](const Statement& s) {
            lookups.workstations.push_back({ s.int64(0), s.text(1) });
        });
    if (!status)
        return status.error();
    // One B-tree descent of the primary key, whatever the table's size.
    auto first = database.queryInt(QStringLiteral("SELECT ifnull(min(id), 0) FROM access_event"));
    if (!first)
        return first.error();
    lookups.firstEventId = *first;
    return lookups;
}

} // namespace custodian
