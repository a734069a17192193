#include "store/AuditNames.h"

#include "domain/LocalUser.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/SyncState.h"

namespace custodian {

AuditNames::AuditNames(Database& database)
    : m_database(database)
{
}

std::optional<QString> AuditNames::text(const QString& sql, qint64 id)
{
    auto statement = m_database.prepare(sql);
    if (!statement)
        return std::nullopt;
    statement->bind(1, id);
    auto row = statement->step();
    if (!row || !*row)
        return std::nullopt;
    return statement->text(0);
}

std::optional<QString> AuditNames::text(const QString& sql, const QString& key)
{
    auto statement = m_database.prepare(sql);
    if (!statement)
        return std::nullopt;
    statement->bind(1, key);
    auto row = statement->step();
    if (!row || !*row)
        return std::nullopt;
    return statement->text(0);
}

const QString& AuditNames::storeSupervisor()
{
    if (!m_storeSupervisor) {
        m_storeSupervisor = QString();
        if (auto id = SyncState(m_database).supervisorId(); id && *id)
            m_storeSupervisor = supervisor(**id);
    }
    return *m_storeSupervisor;
}

QString AuditNames::actor(const QString& actor)
{
    if (actor == QLatin1String("central"))
        return tr("Central service");
    if (actor == QLatin1String("system"))
        return tr("Custodian (automatic)");
    const bool console = actor.startsWith(QLatin1String("console:"));
    const bool cli = actor.startsWith(QLatin1String("cli:"));
    if (!console && !cli)
        return actor;
    const QString login = actor.section(QLatin1Char(':'), 1);
    QString name = storeSupervisor();
    if (name.isEmpty()) {
        auto known = m_logins.find(login);
        if (known == m_logins.end()) {
            const QString full = localUserFullName(login);
            known = m_logins.emplace(login, full.isEmpty() ? login : full).first;
        }
        name = known->second;
    }
    return cli ? tr("%1 (command line)").arg(name) : name;
}

QString AuditNames::agent(qint64 id)
{
    if (auto known = m_agents.find(id); known != m_agents.end())
        return known->second;
    const auto name
        = text(QStringLiteral("SELECT display_name || ' (' || employee_no || ')' FROM agent WHERE id = ?"), id);
    return m_agents.emplace(id, name ? *name : tr("agent %1").arg(id)).first->second;
}

QString AuditNames::role(const QString& code)
{
    if (auto known = m_roles.find(code); known != m_roles.end())
        return known->second;
    const auto name = text(QStringLiteral("SELECT name FROM role WHERE code = ?"), code);
    return m_roles.emplace(code, name ? *name : code).first->second;
}

QString AuditNames::record(qint64 id)
{
    if (auto known = m_records.find(id); known != m_records.end())
        return known->second;
    const auto name
        = text(QStringLiteral("SELECT masked || ' (' || kind || ')' FROM customer_record WHERE id = ?"), id);
    return m_records.emplace(id, name ? *name : QString::number(id)).first->second;
}

QString AuditNames::supervisor(qint64 id)
{
    if (auto known = m_supervisors.find(id); known != m_supervisors.end())
        return known->second;
    const auto name = text(QStringLiteral("SELECT display_name FROM supervisor WHERE id = ?"), id);
    return m_supervisors.emplace(id, name ? *name : tr("supervisor %1").arg(id)).first->second;
}

QString AuditNames::person(const QString& who)
{
    if (who == QLatin1String("central") || who == QLatin1String("system") || who.startsWith(QLatin1String("console:"))
        || who.startsWith(QLatin1String("cli:")))
        return actor(who);
    if (auto known = m_usernames.find(who); known != m_usernames.end())
        return known->second;
    const auto name = text(QStringLiteral("SELECT display_name FROM supervisor WHERE username = ?"), who);
    return m_usernames.emplace(who, name ? *name : who).first->second;
}

} // namespace custodian
