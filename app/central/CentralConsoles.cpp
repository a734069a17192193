#include "central/CentralConsoles.h"

#include "central/CentralReplies.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QRegularExpression>

namespace custodian {

CentralConsoles::CentralConsoles(CentralRepository& repository, Log log)
    : m_repository(repository)
    , m_log(std::move(log))
{
}

bool CentralConsoles::isValidKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(key).hasMatch();
}

QString CentralConsoles::shortKey(const QString& key)
{
    return key.left(12) + QChar(0x2026);
}

void CentralConsoles::log(const QString& line) const
{
    if (m_log)
        m_log(line);
}

std::optional<CentralService::Reply> CentralConsoles::admit(const CentralRepository::Supervisor& supervisor,
                                                            const QString& storeId, const QString& key, qint64 now)
{
    if (!isValidKey(key))
        return CentralService::error(400, QStringLiteral("bad_console"),
                                     tr("The request must name its console's key (X-Custodian-Console-Key, 64 hex "
                                        "digits), which consoles of sync API version 2 send."));
    auto found = m_repository.console(key);
    if (!found)
        return CentralReplies::internal();
    if (*found) {
        if ((*found)->supervisorId == supervisor.id)
            return std::nullopt;
        log(tr("custodian-central: refused %1's token from console %2 (store %3), which is registered to %4.")
                .arg(supervisor.username, shortKey(key), storeId.left(64), (*found)->supervisorName));
        return CentralService::error(403, QStringLiteral("console_not_yours"),
                                     tr("This console is registered to another supervisor; a supervisor's token works "
                                        "only on the consoles registered to them."));
    }
    if (auto status = m_repository.begin(); !status)
        return CentralReplies::internal();
    auto others = m_repository.consoles(supervisor.id);
    CentralRepository::ConsoleRecord record;
    record.key = key;
    record.supervisorId = supervisor.id;
    record.storeId = storeId;
    record.registeredAt = now;
    record.lastSeenAt = now;
    auto adopted = others ? m_repository.registerConsole(record) : Result<bool>(others.error());
    if (!adopted || !m_repository.commit()) {
        m_repository.rollback();
        return CentralReplies::internal();
    }
    if (others->empty())
        log(tr("custodian-central: console %1 (store %2) registered to %3%4.")
                .arg(shortKey(key), storeId.left(64), supervisor.username,
                     *adopted ? tr(", with the audit chain the service held for its store") : QString()));
    else
        log(tr("custodian-central: %1 registered another console: %2 (store %3); %1 now has %n console(s).", nullptr,
               int(others->size() + 1))
                .arg(supervisor.username, shortKey(key), storeId.left(64)));
    return std::nullopt;
}

Result<QCborMap> CentralConsoles::describe(const CentralRepository::Supervisor& supervisor, const QString& storeId,
                                           const QString& key, qint64 now)
{
    auto found = m_repository.console(key);
    if (!found)
        return found.error();
    if (!*found)
        return Error(Error::Code::NotFound, tr("Console %1 is not registered.").arg(shortKey(key)));
    const CentralRepository::ConsoleRecord self = **found;
    if (self.storeId != storeId)
        log(tr("custodian-central: console %1 of %2 now names store %3 (was %4): the same keyring under another store "
               "id, such as a restored copy with its id changed.")
                .arg(shortKey(key), supervisor.username, storeId.left(64), self.storeId));
    if (auto status = m_repository.touchConsole(key, storeId, now); !status)
        return status.error();
    auto all = m_repository.consoles(supervisor.id);
    if (!all)
        return all.error();
    QCborArray others;
    for (const CentralRepository::ConsoleRecord& other : *all) {
        if (other.key == key)
            continue;
        QCborMap entry;
        entry.insert(QLatin1String("key"), other.key);
        entry.insert(QLatin1String("store_id"), other.storeId);
        entry.insert(QLatin1String("registered_at"), other.registeredAt);
        entry.insert(QLatin1String("last_seen_at"), other.lastSeenAt);
        others.append(entry);
    }
    QCborMap console;
    console.insert(QLatin1String("key"), key);
    console.insert(QLatin1String("registered_at"), self.registeredAt);
    console.insert(QLatin1String("others"), others);
    if (self.rollbackAt) {
        QCborMap rollback;
        rollback.insert(QLatin1String("detected_at"), *self.rollbackAt);
        rollback.insert(QLatin1String("held_seq"), self.rollbackHeldSeq);
        rollback.insert(QLatin1String("console_seq"), self.rollbackConsoleSeq);
        console.insert(QLatin1String("rollback"), rollback);
    } else {
        console.insert(QLatin1String("rollback"), QCborValue(nullptr));
    }
    auto resolution = m_repository.lastResolution(key);
    if (!resolution)
        return resolution.error();
    if (*resolution) {
        QCborMap resolved;
        resolved.insert(QLatin1String("id"), (*resolution)->id);
        resolved.insert(QLatin1String("resolved_at"), (*resolution)->resolvedAt);
        resolved.insert(QLatin1String("reason"), (*resolution)->reason);
        console.insert(QLatin1String("resolution"), resolved);
    } else {
        console.insert(QLatin1String("resolution"), QCborValue(nullptr));
    }
    return console;
}

Status CentralConsoles::recordRollback(const CentralRepository::Supervisor& supervisor, const QString& key,
                                       qint64 heldSeq, qint64 consoleSeq, qint64 now)
{
    auto found = m_repository.console(key);
    if (!found)
        return found.error();
    if (!*found || (*found)->rollbackAt)
        return {}; // recorded already: the first detection stands until it is resolved
    if (auto status = m_repository.markRollback(key, now, heldSeq, consoleSeq); !status)
        return status;
    log(tr("custodian-central: console %1 of %2 (store %3) was rolled back or replaced: the service holds its console "
           "audit up to entry %4, the console presents entry %5. It stays so until an administrator resolves it "
           "(custodian-central consoles --resolve).")
            .arg(shortKey(key), supervisor.username, (*found)->storeId)
            .arg(heldSeq)
            .arg(consoleSeq));
    return {};
}

} // namespace custodian
