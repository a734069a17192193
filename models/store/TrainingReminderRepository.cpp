#include "store/TrainingReminderRepository.h"

#include "crypto/SecureRandom.h"
#include "store/Database.h"

#include <QtEndian>

namespace custodian {

TrainingReminderRepository::TrainingReminderRepository(Database& database)
    : m_database(database)
{
}

Result<bool> TrainingReminderRepository::exists(qint64 id)
{
    auto statement = m_database.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM training_reminder WHERE id = ?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    auto row = statement->step();
    if (!row)
        return row.error();
    return statement->int64(0) != 0;
}

Result<qint64> TrainingReminderRepository::newId()
{
    for (;;) {
        const QByteArray bytes = SecureRandom::bytes(8);
        const qint64 id = qint64(qFromLittleEndian<quint64>(bytes.constData()) & ((quint64(1) << 53) - 1));
        if (id == 0)
            continue;
        auto taken = exists(id);
        if (!taken)
            return taken.error();
        if (!*taken)
            return id;
    }
}

Status TrainingReminderRepository::insert(const TrainingReminder& r)
{
    auto statement = m_database.prepare(QStringLiteral(
        "INSERT INTO training_reminder (id, agent_id, module_id, record_id, campaign_id, sent_by, sent_at, "
        "level, team_lead_id, manager_id, days_overdue, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, r.id).bind(2, r.agentId).bind(3, r.moduleId).bindOptional(4, r.recordId);
    statement->bindOptional(5, r.campaignId).bind(6, r.sentBy).bind(7, r.sentAt).bind(8, toString(r.level));
    statement->bindOptional(9, r.teamLeadId).bindOptional(10, r.managerId).bind(11, r.daysOverdue);
    if (r.note.isEmpty())
        statement->bindNull(12);
    else
        statement->bind(12, r.note);
    return statement->run();
}

Result<std::optional<qint64>> TrainingReminderRepository::lastSentAt(qint64 agentId, qint64 moduleId)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT max(sent_at) FROM training_reminder WHERE agent_id = ? AND module_id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, agentId).bind(2, moduleId);
    auto row = statement->step();
    if (!row)
        return row.error();
    return statement->optionalInt64(0);
}

Result<TrainingReminderRepository::Addressees> TrainingReminderRepository::addressees(qint64 agentId)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT a.manager_id, s.manager_id FROM agent a JOIN team t ON t.id = a.team_id JOIN site s ON "
                       "s.id = t.site_id WHERE a.id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, agentId);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return Addressees {};
    return Addressees { statement->optionalInt64(0), statement->optionalInt64(1) };
}

Result<std::optional<TrainingReminderRepository::OpenRecord>> TrainingReminderRepository::openRecord(qint64 agentId,
                                                                                                     qint64 moduleId)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT id, campaign_id FROM training_record WHERE agent_id = ? AND module_id = ? AND "
                       "completed_at IS NULL AND withdrawn_at IS NULL ORDER BY due_at, id LIMIT 1"));
    if (!statement)
        return statement.error();
    statement->bind(1, agentId).bind(2, moduleId);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<OpenRecord>();
    return std::optional<OpenRecord>(OpenRecord { statement->int64(0), statement->optionalInt64(1) });
}

} // namespace custodian
