#include "store/ChoiceLists.h"

#include "store/Database.h"

namespace custodian {

ChoiceLists::ChoiceLists(Database& database)
    : m_database(database)
{
}

Result<std::vector<ChoiceLists::Choice>> ChoiceLists::read(const char* sql)
{
    // UTF-8: the team label's separator is an em dash.
    auto statement = m_database.prepare(QString::fromUtf8(sql));
    if (!statement)
        return statement.error();
    std::vector<Choice> choices;
    auto status = statement->forEachRow([&](const Statement& row) {
        choices.push_back({ row.int64(0), row.text(1) });
    });
    if (!status)
        return status.error();
    return choices;
}

Result<std::vector<ChoiceLists::Choice>> ChoiceLists::supervisors()
{
    return read("SELECT id, display_name FROM supervisor ORDER BY display_name");
}

Result<std::vector<ChoiceLists::Choice>> ChoiceLists::teams()
{
    return read("SELECT t.id, t.name || ' \xe2\x80\x94 ' || s.name FROM team t JOIN site s ON s.id = t.site_id "
                "ORDER BY s.name, t.name");
}

Result<std::vector<ChoiceLists::Choice>> ChoiceLists::sites()
{
    return read("SELECT id, name FROM site ORDER BY name");
}

Result<std::vector<ChoiceLists::Choice>> ChoiceLists::roles()
{
    return read("SELECT id, name || CASE sensitive WHEN 1 THEN ' (sensitive)' ELSE '' END FROM role ORDER BY name");
}

Result<std::vector<ChoiceLists::Choice>> ChoiceLists::agents()
{
    return read("SELECT id, display_name || ' (' || employee_no || ')' FROM agent ORDER BY display_name, employee_no");
}

} // namespace custodian
