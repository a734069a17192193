#include "store/RoleCatalogRepository.h"

#include "store/AssignmentInForce.h"
#include "store/Database.h"

#include <QHash>

namespace custodian {

RoleCatalogRepository::RoleCatalogRepository(Database& database)
    : m_database(database)
{
}

Result<std::vector<RoleCatalogRepository::Role>> RoleCatalogRepository::roles(qint64 at)
{
    std::vector<Role> roles;
    QHash<qint64, std::size_t> index;
    {
        auto statement = m_database.prepare(QStringLiteral(
            "SELECT id, code, name, description, sensitive, max_duration_days, training_gate FROM role ORDER BY name"));
        if (!statement)
            return statement.error();
        auto status = statement->forEachRow([&](const Statement& row) {
            Role role;
            role.id = row.int64(0);
            role.code = row.text(1);
            role.name = row.text(2);
            role.description = row.text(3);
            role.sensitive = row.int64(4) != 0;
            if (!row.isNull(5))
                role.maxDurationDays = row.int64(5);
            role.trainingBlocks = row.text(6) != QLatin1String("warn");
            index.insert(role.id, roles.size());
            roles.push_back(std::move(role));
        });
        if (!status)
            return status.error();
    }
    auto each = [&](const QString& sql, const std::function<void(Role&, const Statement&)>& add,
                    std::optional<qint64> bound = std::nullopt) -> Status {
        auto statement = m_database.prepare(sql);
        if (!statement)
            return statement.error();
        if (bound)
            statement->bind(1, *bound);
        return statement->forEachRow([&](const Statement& row) {
            if (auto found = index.find(row.int64(0)); found != index.end())
                add(roles[*found], row);
        });
    };
    if (auto status = each(QStringLiteral("SELECT rp.role_id, p.code FROM role_permission rp JOIN permission p ON "
                                          "p.id = rp.permission_id ORDER BY p.code"),
                           [](Role& role, const Statement& row) { role.permissions << row.text(1); });
        !status)
        return status.error();
    if (auto status
        = each(QStringLiteral("SELECT role_id, data_class FROM role_data_class ORDER BY data_class"),
               [](Role& role, const Statement& row) { role.dataClasses.push_back(DataClass(row.int64(1))); });
        !status)
        return status.error();
    if (auto status = each(QStringLiteral("SELECT q.role_id, m.title FROM role_training_requirement q JOIN "
                                          "training_module m ON m.id = q.module_id ORDER BY m.title"),
                           [](Role& role, const Statement& row) { role.training << row.text(1); });
        !status)
        return status.error();
    // role_assignment_role (role_id, status): the active rows of each role, then their windows.
    if (auto status = each(
            QStringLiteral("SELECT a.role_id, count(DISTINCT a.agent_id) FROM role_assignment a WHERE %1 GROUP BY "
                           "a.role_id")
                .arg(AssignmentInForce::condition(u"a", 1)),
            [](Role& role, const Statement& row) { role.holders = row.int64(1); }, at);
        !status)
        return status.error();
    if (auto status = each(QStringLiteral("SELECT role_id, count(*) FROM role_assignment WHERE status = 1 GROUP BY "
                                          "role_id"),
                           [](Role& role, const Statement& row) { role.pending = row.int64(1); });
        !status)
        return status.error();
    return roles;
}

Result<std::vector<RoleCatalogRepository::SodRule>> RoleCatalogRepository::sodRules()
{
    auto statement = m_database.prepare(QStringLiteral(
        "SELECT s.id, s.name, a.name, b.name, s.allow_exception, coalesce(s.control_ref, ''), s.rationale FROM "
        "sod_rule s JOIN role a ON a.id = s.role_a_id JOIN role b ON b.id = s.role_b_id ORDER BY s.name"));
    if (!statement)
        return statement.error();
    std::vector<SodRule> rules;
    auto status = statement->forEachRow([&](const Statement& row) {
        rules.push_back(
            { row.int64(0), row.text(1), row.text(2), row.text(3), row.int64(4) != 0, row.text(5), row.text(6) });
    });
    if (!status)
        return status.error();
    return rules;
}

namespace {
Result<std::optional<qint64>> idFor(Database& database, const QString& sql, const QString& value)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return statement.error();
    statement->bind(1, value.trimmed());
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? std::optional<qint64>(statement->int64(0)) : std::nullopt;
}
} // namespace

Result<std::optional<qint64>> RoleCatalogRepository::roleIdByCode(const QString& code)
{
    return idFor(m_database, QStringLiteral("SELECT id FROM role WHERE code = ?"), code);
}

Result<std::optional<qint64>> RoleCatalogRepository::agentIdByEmployeeNo(const QString& employeeNo)
{
    return idFor(m_database, QStringLiteral("SELECT id FROM agent WHERE employee_no = ?"), employeeNo);
}

} // namespace custodian
