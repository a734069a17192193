#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <unordered_map>

namespace custodian {

class Database;

// Names for what the console audit records by id — who acted, agents, roles, customer records — so that an auditor
// reads "Pedro Soares" and "Trisha Lim (E105229)" rather than "console:root" and "agent_id: 5". The audit itself
// keeps the ids and the login: it is a hash chain and is never rewritten; names are looked up when it is shown or
// reported. Each name is read once per instance. A name that cannot be read falls back to the id, in words.
class AuditNames
{
    Q_DECLARE_TR_FUNCTIONS(AuditNames)

public:
    explicit AuditNames(Database& database);

    // "console:root" and "cli:root" act as the supervisor the central service named for this store's token (the
    // token is theirs, whoever is logged in), else as the login's full name from the password database, else the
    // login. "central" and "system" are said in words; anything else is returned as it is.
    [[nodiscard]] QString actor(const QString& actor);
    // "Trisha Lim (E105229)"; "agent 5" when the store does not know it.
    [[nodiscard]] QString agent(qint64 id);
    // "Payments agent"; the code when the store does not know it.
    [[nodiscard]] QString role(const QString& code);
    // "****0326 (account)", masked; its id ("7") when the store does not know it.
    [[nodiscard]] QString record(qint64 id);
    // The display name of supervisor `id`; "supervisor 3" when the store does not know it.
    [[nodiscard]] QString supervisor(qint64 id);
    // Whoever a synced value says decided it: an actor as actor() names it ("console:b", "central"), or a login the
    // central service knows a supervisor by ("msilva" -> "Marta Silva"); an unknown login is returned as it is.
    [[nodiscard]] QString person(const QString& who);

private:
    [[nodiscard]] std::optional<QString> text(const QString& sql, qint64 id);
    [[nodiscard]] std::optional<QString> text(const QString& sql, const QString& key);
    [[nodiscard]] const QString& storeSupervisor();

    Database& m_database;
    std::unordered_map<qint64, QString> m_agents;
    std::unordered_map<qint64, QString> m_records;
    std::unordered_map<qint64, QString> m_supervisors;
    std::unordered_map<QString, QString> m_roles;
    std::unordered_map<QString, QString> m_logins;
    std::unordered_map<QString, QString> m_usernames;
    std::optional<QString> m_storeSupervisor;
};

} // namespace custodian
