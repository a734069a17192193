#include "store/ReviewEvidenceReader.h"

#include "domain/Vocabulary.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace custodian {

namespace {
constexpr qint64 DayMs = 86'400'000;
constexpr int MaxListed = 20;

QString className(DataClass dataClass)
{
    return Vocabulary::dataClass(dataClass);
}
} // namespace

bool ReviewEvidence::unused() const
{
    const bool classesUsed
        = std::any_of(classUse.begin(), classUse.end(), [](const ClassUse& use) { return use.events > 0; });
    return !classesUsed && exports.value_or(0) == 0;
}

bool ReviewEvidence::trainingCurrent() const
{
    return std::all_of(training.begin(), training.end(), [](const Training& t) { return t.current; });
}

qint64 ReviewEvidence::totalEvents() const
{
    qint64 total = 0;
    for (const ClassUse& use : classUse)
        total += use.events;
    return total;
}

std::optional<qint64> ReviewEvidence::lastUsed() const
{
    std::optional<qint64> last;
    for (const ClassUse& use : classUse) {
        if (use.lastDay && (!last || *use.lastDay > *last))
            last = use.lastDay;
    }
    return last;
}

QString ReviewEvidence::summary() const
{
    QStringList parts;
    for (const ClassUse& use : classUse) {
        if (use.events == 0) {
            parts << ReviewEvidenceReader::tr("%1 not used").arg(className(use.dataClass));
            continue;
        }
        parts << ReviewEvidenceReader::tr("%1 %2 event(s) on %3 day(s), last %4")
                     .arg(className(use.dataClass))
                     .arg(use.events)
                     .arg(use.activeDays)
                     .arg(
                         QDateTime::fromMSecsSinceEpoch(use.lastDay.value_or(0), Qt::UTC).date().toString(Qt::ISODate));
    }
    if (exports)
        parts << ReviewEvidenceReader::tr("%1 export(s) or bulk search(es)").arg(*exports);
    if (!training.empty())
        parts << (trainingCurrent() ? ReviewEvidenceReader::tr("training current")
                                    : ReviewEvidenceReader::tr("training missing or expired"));
    parts << (openFindingCount == 0 ? ReviewEvidenceReader::tr("no open findings")
                                    : ReviewEvidenceReader::tr("%1 open finding(s)").arg(openFindingCount));
    parts << (incidents.empty() ? ReviewEvidenceReader::tr("no incidents")
                                : ReviewEvidenceReader::tr("%1 incident(s)").arg(incidents.size()));
    return parts.join(QStringLiteral(" · "));
}

ReviewEvidenceReader::ReviewEvidenceReader(Database& database)
    : m_database(database)
{
}

Result<ReviewEvidence> ReviewEvidenceReader::read(qint64 agentId, qint64 roleId, qint64 endAt, int days)
{
    ReviewEvidence evidence;
    evidence.windowEnd = endAt;
    evidence.windowStart = endAt - qint64(std::max(days, 1)) * DayMs;
    const qint64 firstDay = evidence.windowStart / DayMs;
    const qint64 lastDay = (endAt - 1) / DayMs;

    // Use of each class the role opens: the daily rollup holds a few rows per agent and day, keyed agent first.
    auto classes = m_database.prepare(QStringLiteral(
        "SELECT c.data_class, coalesce(sum(CASE WHEN d.outcome = 1 THEN d.events END), 0), coalesce(sum(CASE WHEN "
        "d.outcome <> 1 THEN d.events END), 0), count(DISTINCT CASE WHEN d.outcome = 1 THEN d.day END), max(CASE WHEN "
        "d.outcome = 1 THEN d.day END) FROM role_data_class c LEFT JOIN access_daily_agent d ON d.agent_id = ?2 AND "
        "d.day BETWEEN ?3 AND ?4 AND d.data_class = c.data_class WHERE c.role_id = ?1 GROUP BY c.data_class ORDER BY "
        "c.data_class"));
    if (!classes)
        return classes.error();
    classes->bind(1, roleId).bind(2, agentId).bind(3, firstDay).bind(4, lastDay);
    if (auto status = classes->forEachRow([&](const Statement& row) {
            ReviewEvidence::ClassUse use;
            use.dataClass = DataClass(row.int64(0));
            use.events = row.int64(1);
            use.refused = row.int64(2);
            use.activeDays = int(row.int64(3));
            if (!row.isNull(4))
                use.lastDay = row.int64(4) * DayMs;
            evidence.classUse.push_back(use);
        });
        !status)
        return status.error();

    // Exports, prints and bulk searches, for a role that permits exporting: the agent's own events in the window.
    auto exporting = m_database.prepare(
        QStringLiteral("SELECT 1 FROM role_permission rp JOIN permission p ON p.id = rp.permission_id WHERE "
                       "rp.role_id = ? AND (p.code LIKE '%export%' OR p.code LIKE '%bulk%') LIMIT 1"));
    if (!exporting)
        return exporting.error();
    exporting->bind(1, roleId);
    auto exports = exporting->step();
    if (!exports)
        return exports.error();
    if (*exports) {
        auto count = m_database.prepare(
            QStringLiteral("SELECT count(*) FROM access_event WHERE agent_id = ? AND occurred_at >= ? AND occurred_at "
                           "< ? AND action IN (4, 5, 8) AND outcome = 1"));
        if (!count)
            return count.error();
        count->bind(1, agentId).bind(2, evidence.windowStart).bind(3, endAt);
        auto row = count->step();
        if (!row)
            return row.error();
        evidence.exports = count->int64(0);
    }

    auto training = m_database.prepare(QStringLiteral(
        "SELECT m.title, (SELECT max(t.expires_at) FROM training_record t WHERE t.agent_id = ?2 AND t.module_id = m.id "
        "AND t.passed = 1 AND t.completed_at <= ?3) FROM role_training_requirement q JOIN training_module m ON m.id = "
        "q.module_id WHERE q.role_id = ?1 ORDER BY m.title"));
    if (!training)
        return training.error();
    training->bind(1, roleId).bind(2, agentId).bind(3, endAt);
    if (auto status = training->forEachRow([&](const Statement& row) {
            ReviewEvidence::Training t;
            t.title = row.text(0);
            t.validUntil = row.optionalInt64(1);
            t.current = t.validUntil && *t.validUntil > endAt;
            evidence.training.push_back(t);
        });
        !status)
        return status.error();

    auto findings = m_database.prepare(
        QStringLiteral("SELECT id, severity, summary, detected_at FROM finding WHERE agent_id = ? AND status IN (1, 2) "
                       "ORDER BY detected_at DESC LIMIT %1")
            .arg(MaxListed));
    if (!findings)
        return findings.error();
    findings->bind(1, agentId);
    if (auto status = findings->forEachRow([&](const Statement& row) {
            evidence.openFindings.push_back({ row.int64(0), Severity(row.int64(1)), row.text(2), row.int64(3) });
        });
        !status)
        return status.error();

    auto findingCount
        = m_database.prepare(QStringLiteral("SELECT count(*) FROM finding WHERE agent_id = ? AND status IN (1, 2)"));
    if (!findingCount)
        return findingCount.error();
    findingCount->bind(1, agentId);
    if (auto row = findingCount->step(); !row)
        return row.error();
    evidence.openFindingCount = findingCount->int64(0);

    auto incidents = m_database.prepare(
        QStringLiteral("SELECT i.reference, i.title, i.phase, a.involvement FROM incident_agent a JOIN incident i ON "
                       "i.id = a.incident_id WHERE a.agent_id = ?1 AND (i.closed_at IS NULL OR i.opened_at >= ?2) "
                       "ORDER BY i.opened_at DESC LIMIT %1")
            .arg(MaxListed));
    if (!incidents)
        return incidents.error();
    incidents->bind(1, agentId).bind(2, evidence.windowStart);
    if (auto status = incidents->forEachRow([&](const Statement& row) {
            evidence.incidents.push_back({ row.text(0), row.text(1), IncidentPhase(row.int64(2)), row.text(3) });
        });
        !status)
        return status.error();
    return evidence;
}

} // namespace custodian
