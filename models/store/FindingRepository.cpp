#include "store/FindingRepository.h"

#include "store/Database.h"

#include <QStringList>

#include <algorithm>

namespace custodian {

namespace {
const char* const RowColumns
    = "f.id, f.kind, f.severity, f.control_ref, f.agent_id, a.display_name, a.employee_no, f.detected_at, "
      "f.window_start, f.window_end, f.summary, f.status, f.status_reason, f.status_at, f.evidence_count, f.version, "
      "a.team_id, t.name, t.site_id, si.name, coalesce(sb.display_name, f.status_actor), f.escalated_to, "
      "se.display_name "
      "FROM finding f LEFT JOIN agent a ON a.id = f.agent_id LEFT JOIN team t ON t.id = a.team_id LEFT JOIN site si ON "
      "si.id = t.site_id LEFT JOIN supervisor sb ON sb.id = f.status_by LEFT JOIN supervisor se ON se.id = "
      "f.escalated_to";

FindingRepository::Row readRow(const Statement& s)
{
    FindingRepository::Row row;
    row.id = s.int64(0);
    row.kind = FindingKind(s.int64(1));
    row.severity = Severity(s.int64(2));
    row.controlRef = s.text(3);
    row.agentId = s.isNull(4) ? 0 : s.int64(4);
    row.agentName = s.text(5);
    row.employeeNo = s.text(6);
    row.detectedAt = s.int64(7);
    row.windowStart = s.int64(8);
    row.windowEnd = s.int64(9);
    row.summary = s.text(10);
    row.status = FindingStatus(s.int64(11));
    row.statusReason = s.text(12);
    if (!s.isNull(13))
        row.statusAt = s.int64(13);
    row.evidenceCount = s.int64(14);
    row.version = s.int64(15);
    row.teamId = s.isNull(16) ? 0 : s.int64(16);
    row.teamName = s.text(17);
    row.siteId = s.isNull(18) ? 0 : s.int64(18);
    row.siteName = s.text(19);
    row.statusBy = s.text(20);
    row.escalatedToId = s.isNull(21) ? 0 : s.int64(21);
    row.escalatedToName = s.text(22);
    return row;
}

FindingRepository::Existing readExisting(const Statement& s)
{
    return { s.int64(0), s.text(1), s.int64(2), s.int64(3), Severity(s.int64(4)), s.text(5) };
}

QString joinCodes(const auto& values)
{
    QStringList codes;
    for (const auto value : values)
        codes << QString::number(int(value));
    return codes.join(QLatin1Char(','));
}
} // namespace

FindingRepository::FindingRepository(Database& database)
    : m_database(database)
{
}

Status FindingRepository::prepareAll()
{
    if (m_prepared)
        return {};
    const std::pair<Statement*, const char*> statements[] = {
        { &m_byKey,
          "SELECT id, dedupe_key, window_start, window_end, severity, summary FROM finding WHERE dedupe_key = ?" },
        { &m_insert,
          "INSERT INTO finding (kind, severity, control_ref, agent_id, detected_at, window_start, window_end, "
          "summary, dedupe_key, status) VALUES (?,?,?,?,?,?,?,?,?,1)" },
        { &m_update, "UPDATE finding SET window_start = ?, window_end = ?, severity = ?, summary = ? WHERE id = ?" },
        { &m_insertEvidence, "INSERT OR IGNORE INTO finding_evidence (finding_id, event_id) VALUES (?, ?)" },
        { &m_addCount, "UPDATE finding SET evidence_count = evidence_count + ? WHERE id = ?" },
        // A decision the central service sent before the finding was detected here (schema 6).
        { &m_adoptRemote,
          "UPDATE finding SET status = (SELECT status FROM finding_remote_status WHERE dedupe_key = ?1), status_reason "
          "= "
          "(SELECT reason FROM finding_remote_status WHERE dedupe_key = ?1), status_at = (SELECT decided_at FROM "
          "finding_remote_status WHERE dedupe_key = ?1), status_by = (SELECT s.id FROM finding_remote_status r JOIN "
          "supervisor s ON s.username = r.decided_by WHERE r.dedupe_key = ?1), status_actor = (SELECT decided_by FROM "
          "finding_remote_status WHERE dedupe_key = ?1), escalated_to = (SELECT s.id FROM finding_remote_status r JOIN "
          "supervisor s ON s.username = r.escalated_to WHERE r.dedupe_key = ?1 AND r.status = 4), server_version = "
          "(SELECT version FROM "
          "finding_remote_status WHERE dedupe_key = ?1) WHERE id = ?2 AND EXISTS (SELECT 1 FROM finding_remote_status "
          "WHERE dedupe_key = ?1)" },
        { &m_dropRemote, "DELETE FROM finding_remote_status WHERE dedupe_key = ?" },
    };
    for (const auto& [statement, sql] : statements) {
        auto prepared = m_database.prepare(QString::fromLatin1(sql));
        if (!prepared)
            return prepared.error();
        *statement = std::move(prepared).value();
    }
    m_prepared = true;
    return {};
}

Result<std::optional<FindingRepository::Existing>> FindingRepository::findByKey(const QString& dedupeKey)
{
    if (auto status = prepareAll(); !status)
        return status.error();
    m_byKey.bind(1, dedupeKey);
    auto row = m_byKey.step();
    if (!row)
        return row.error();
    std::optional<Existing> existing;
    if (*row)
        existing = readExisting(m_byKey);
    m_byKey.reset();
    return existing;
}

Result<std::optional<FindingRepository::Existing>> FindingRepository::findOverlapping(FindingKind kind, qint64 agentId,
                                                                                      qint64 from, qint64 to)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT id, dedupe_key, window_start, window_end, severity, summary FROM finding WHERE kind = ? "
                       "AND agent_id = ? AND window_start <= ? AND window_end >= ? ORDER BY window_start DESC "
                       "LIMIT 1"));
    if (!statement)
        return statement.error();
    statement->bind(1, int(kind)).bind(2, agentId).bind(3, to).bind(4, from);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Existing>();
    return std::optional<Existing>(readExisting(*statement));
}

Result<FindingRepository::Recorded> FindingRepository::record(const Draft& draft,
                                                              const std::vector<qint64>& evidenceEventIds)
{
    auto existing = findByKey(draft.dedupeKey);
    if (!existing)
        return existing.error();
    Recorded recorded;
    if (!*existing) {
        m_insert.bind(1, int(draft.kind))
            .bind(2, int(draft.severity))
            .bind(3, draft.controlRef)
            .bind(4, draft.agentId)
            .bind(5, draft.detectedAt)
            .bind(6, draft.windowStart)
            .bind(7, draft.windowEnd)
            .bind(8, draft.summary)
            .bind(9, draft.dedupeKey);
        if (auto status = m_insert.run(); !status)
            return status.error();
        recorded.id = m_database.lastInsertRowId();
        recorded.created = true;
        m_adoptRemote.bind(1, draft.dedupeKey).bind(2, recorded.id);
        if (auto status = m_adoptRemote.run(); !status)
            return status.error();
        if (m_database.changes() > 0) {
            m_dropRemote.bind(1, draft.dedupeKey);
            if (auto status = m_dropRemote.run(); !status)
                return status.error();
        }
    } else {
        const Existing& old = **existing;
        recorded.id = old.id;
        const qint64 start = std::min(old.windowStart, draft.windowStart);
        const qint64 end = std::max(old.windowEnd, draft.windowEnd);
        const Severity severity = std::max(old.severity, draft.severity);
        if (start != old.windowStart || end != old.windowEnd || severity != old.severity
            || draft.summary != old.summary) {
            m_update.bind(1, start).bind(2, end).bind(3, int(severity)).bind(4, draft.summary).bind(5, old.id);
            if (auto status = m_update.run(); !status)
                return status.error();
            recorded.changed = true;
        }
    }
    for (const qint64 eventId : evidenceEventIds) {
        m_insertEvidence.bind(1, recorded.id).bind(2, eventId);
        if (auto status = m_insertEvidence.run(); !status)
            return status.error();
        recorded.evidenceAdded += m_database.changes();
    }
    if (recorded.evidenceAdded > 0) {
        m_addCount.bind(1, recorded.evidenceAdded).bind(2, recorded.id);
        if (auto status = m_addCount.run(); !status)
            return status.error();
    }
    return recorded;
}

Result<std::vector<FindingRepository::Row>> FindingRepository::list(const Filter& filter)
{
    QStringList where;
    if (!filter.statuses.empty())
        where << QStringLiteral("f.status IN (%1)").arg(joinCodes(filter.statuses));
    if (!filter.kinds.empty())
        where << QStringLiteral("f.kind IN (%1)").arg(joinCodes(filter.kinds));
    if (filter.minimumSeverity)
        where << QStringLiteral("f.severity >= %1").arg(int(*filter.minimumSeverity));
    if (filter.agentId)
        where << QStringLiteral("f.agent_id = :agent");
    if (filter.teamId)
        where << QStringLiteral("a.team_id = :team");
    if (filter.siteId)
        where << QStringLiteral("t.site_id = :site");
    if (filter.from)
        where << QStringLiteral("f.window_end >= :from");
    if (filter.until)
        where << QStringLiteral("f.window_start < :until");
    if (filter.detectedAfter)
        where << QStringLiteral("f.detected_at > :detectedAfter");
    QString sql = QStringLiteral("SELECT ") + QLatin1String(RowColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    // The triage order: the most severe first, the newest first within a severity (FindingModel keeps it).
    sql += QStringLiteral(" ORDER BY f.severity DESC, f.window_start DESC, f.id DESC");
    auto statement = m_database.prepare(sql);
    if (!statement)
        return statement.error();
    // Named parameters are numbered in order of appearance.
    int index = 0;
    if (filter.agentId)
        statement->bind(++index, *filter.agentId);
    if (filter.teamId)
        statement->bind(++index, *filter.teamId);
    if (filter.siteId)
        statement->bind(++index, *filter.siteId);
    if (filter.from)
        statement->bind(++index, *filter.from);
    if (filter.until)
        statement->bind(++index, *filter.until);
    if (filter.detectedAfter)
        statement->bind(++index, *filter.detectedAfter);
    std::vector<Row> rows;
    if (auto read = statement->forEachRow([&rows](const Statement& s) { rows.push_back(readRow(s)); }); !read)
        return read.error();
    return rows;
}

Result<std::optional<FindingRepository::Row>> FindingRepository::find(qint64 id)
{
    auto statement
        = m_database.prepare(QStringLiteral("SELECT ") + QLatin1String(RowColumns) + QStringLiteral(" WHERE f.id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    return statement->firstRow(readRow);
}

Result<std::vector<qint64>> FindingRepository::evidenceEventIds(qint64 findingId)
{
    auto statement
        = m_database.prepare(QStringLiteral("SELECT event_id FROM finding_evidence WHERE finding_id = ? ORDER BY 1"));
    if (!statement)
        return statement.error();
    statement->bind(1, findingId);
    std::vector<qint64> ids;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ids.push_back(statement->int64(0));
    }
    return ids;
}

Result<std::vector<FindingRepository::AgentOption>> FindingRepository::agentsWithFindings()
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT a.id, a.display_name, a.employee_no FROM agent a WHERE a.id IN (SELECT agent_id FROM "
                       "finding WHERE agent_id IS NOT NULL) ORDER BY a.display_name, a.id"));
    if (!statement)
        return statement.error();
    std::vector<AgentOption> agents;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        agents.push_back({ statement->int64(0), statement->text(1), statement->text(2) });
    }
    return agents;
}

Result<std::optional<QString>> FindingRepository::supervisorUsername(qint64 id)
{
    auto statement = m_database.prepare(QStringLiteral("SELECT username FROM supervisor WHERE id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? std::optional<QString>(statement->text(0)) : std::nullopt;
}

Result<bool> FindingRepository::setStatus(qint64 id, FindingStatus expected, const Decision& decision)
{
    auto statement = m_database.prepare(
        QStringLiteral("UPDATE finding SET status = ?, status_reason = ?, status_at = ?, status_by = (SELECT id FROM "
                       "supervisor WHERE id = ?), status_actor = ?, escalated_to = ?, version = version + 1 WHERE id = "
                       "? AND status = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, int(decision.status));
    if (decision.reason.isEmpty())
        statement->bindNull(2);
    else
        statement->bind(2, decision.reason);
    statement->bind(3, decision.at);
    if (decision.bySupervisorId > 0)
        statement->bind(4, decision.bySupervisorId);
    else
        statement->bindNull(4);
    statement->bind(5, decision.actor);
    if (decision.escalatedTo > 0)
        statement->bind(6, decision.escalatedTo);
    else
        statement->bindNull(6);
    statement->bind(7, id).bind(8, int(expected));
    if (auto run = statement->run(); !run)
        return run.error();
    return m_database.changes() == 1;
}

Result<FindingRepository::ServerStatusOutcome> FindingRepository::applyServerStatus(const ServerStatus& status,
                                                                                    bool force)
{
    auto found = m_database.prepare(QStringLiteral(
        "SELECT f.id, coalesce(f.server_version, 0), EXISTS (SELECT 1 FROM sync_outbox o WHERE o.kind = "
        "'finding.status' AND o.entity_id = f.id AND (o.state = 'queued' OR (o.state = 'conflict' AND EXISTS (SELECT 1 "
        "FROM sync_conflict c WHERE c.outbox_id = o.id AND c.resolved_at IS NULL)))) FROM finding f WHERE f.dedupe_key "
        "= ?"));
    if (!found)
        return found.error();
    found->bind(1, status.dedupeKey);
    auto row = found->step();
    if (!row)
        return row.error();
    if (!*row) {
        auto keep = m_database.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO finding_remote_status (dedupe_key, status, reason, decided_by, decided_at, "
            "version, escalated_to) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE NOT EXISTS (SELECT 1 FROM "
            "finding_remote_status WHERE dedupe_key = ?1 "
            "AND version >= ?6)"));
        if (!keep)
            return keep.error();
        keep->bind(1, status.dedupeKey).bind(2, int(status.status));
        if (status.reason.isEmpty())
            keep->bindNull(3);
        else
            keep->bind(3, status.reason);
        keep->bind(4, status.by).bind(5, status.at).bind(6, status.version);
        if (status.escalatedTo.isEmpty())
            keep->bindNull(7);
        else
            keep->bind(7, status.escalatedTo);
        if (auto run = keep->run(); !run)
            return run.error();
        return ServerStatusOutcome::Kept;
    }
    const qint64 id = found->int64(0);
    const qint64 known = found->int64(1);
    const bool pending = found->int64(2) != 0;
    found->reset();
    if (pending && !force)
        return ServerStatusOutcome::Held;
    if (known >= status.version && !force)
        return ServerStatusOutcome::Stale;
    auto update = m_database.prepare(QStringLiteral(
        "UPDATE finding SET status = ?1, status_reason = ?2, status_at = ?3, status_by = (SELECT id FROM "
        "supervisor WHERE username = ?4), status_actor = ?4, escalated_to = CASE WHEN ?1 = 4 THEN (SELECT id "
        "FROM supervisor WHERE username = ?7) END, server_version = ?5, version = version + 1 WHERE id = ?6"));
    if (!update)
        return update.error();
    update->bind(1, int(status.status));
    if (status.reason.isEmpty())
        update->bindNull(2);
    else
        update->bind(2, status.reason);
    update->bind(3, status.at).bind(4, status.by).bind(5, status.version).bind(6, id).bind(7, status.escalatedTo);
    if (auto run = update->run(); !run)
        return run.error();
    return ServerStatusOutcome::Applied;
}

Result<qint64> FindingRepository::serverVersion(qint64 id)
{
    auto statement = m_database.prepare(QStringLiteral("SELECT coalesce(server_version, 0) FROM finding WHERE id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->int64(0) : qint64(0);
}

} // namespace custodian
