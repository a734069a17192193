#include "store/AccessEventRepository.h"

#include "domain/AccessEventId.h"
#include "store/AccessQuerySql.h"
#include "store/Database.h"

#include <QRegularExpression>
#include <algorithm>

namespace custodian {

namespace {

using Ids = AccessQuery::Ids;
using Driven = AccessQuerySql::Driven;

const char* const SelectColumns
    = "SELECT e.id, e.occurred_at, e.agent_id, e.record_id, e.workstation_id, e.session_id, e.data_class, e.action, "
      "e.outcome, e.channel, e.source_address, a.display_name, a.employee_no, t.name, s.code, r.masked, r.kind, "
      "w.hostname FROM %1 "
      "LEFT JOIN agent a ON a.id = e.agent_id LEFT JOIN team t ON t.id = a.team_id "
      "LEFT JOIN site s ON s.id = t.site_id LEFT JOIN customer_record r ON r.id = e.record_id "
      "LEFT JOIN workstation w ON w.id = e.workstation_id";

Ids sortedUnique(Ids ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Ids intersect(const std::optional<Ids>& a, const Ids& b)
{
    if (!a)
        return b;
    Ids out;
    std::set_intersection(a->begin(), a->end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

Result<Ids> queryIds(Database& database, const QString& sql)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return statement.error();
    Ids ids;
    if (auto read = statement->forEachRow([&ids](const Statement& s) { ids.push_back(s.int64(0)); }); !read)
        return read.error();
    return sortedUnique(std::move(ids));
}

AccessEventRow readRow(const Statement& s)
{
    AccessEventRow row;
    row.id = s.int64(0);
    row.occurredAt = s.int64(1);
    row.agentId = s.int64(2);
    row.recordId = s.isNull(3) ? 0 : s.int64(3);
    row.workstationId = s.isNull(4) ? 0 : s.int64(4);
    row.sessionId = s.int64(5);
    row.dataClass = int(s.int64(6));
    row.action = int(s.int64(7));
    row.outcome = int(s.int64(8));
    row.channel = int(s.int64(9));
    row.sourceAddress = s.text(10);
    row.agentName = s.text(11);
    row.employeeNo = s.text(12);
    row.teamName = s.text(13);
    row.siteCode = s.text(14);
    row.recordMasked = s.text(15);
    row.recordKind = s.text(16);
    row.workstation = s.text(17);
    return row;
}

bool byAgent(AccessSort sort)
{
    return sort == AccessSort::AgentAscending || sort == AccessSort::AgentDescending;
}

bool descending(AccessSort sort)
{
    return sort == AccessSort::NewestFirst || sort == AccessSort::AgentDescending;
}

// "(k1, k2, k3) > (a1, a2, a3)" for the sort key, in the direction the read goes.
QString keysetCondition(bool agentOrder, bool readDescending, const AccessEventRepository::Anchor& anchor)
{
    const QLatin1String op = readDescending ? QLatin1String("<") : QLatin1String(">");
    if (!agentOrder)
        return QStringLiteral("e.id %1 %2").arg(op).arg(anchor.id);
    return QStringLiteral("(e.agent_id, e.occurred_at, e.id) %1 (%2, %3, %4)")
        .arg(op)
        .arg(anchor.agentId)
        .arg(anchor.occurredAt)
        .arg(anchor.id);
}

QString orderBy(bool agentOrder, bool readDescending)
{
    const QLatin1String d = readDescending ? QLatin1String(" DESC") : QLatin1String("");
    if (!agentOrder)
        return QStringLiteral(" ORDER BY e.id%1").arg(d);
    return QStringLiteral(" ORDER BY e.agent_id%1, e.occurred_at%1, e.id%1").arg(d);
}

Status readInto(Database& database, const QString& sql, std::vector<AccessEventRow>* out)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return statement.error();
    return statement->forEachRow([out](const Statement& s) { out->push_back(readRow(s)); });
}

// The agents a read can go through, one index-ordered read each, when there are few enough.
const Ids* drivingAgents(const AccessQuery& q)
{
    if (q.agents)
        return &*q.agents;
    if (q.agentHint)
        return &*q.agentHint;
    return nullptr;
}

bool allWithin(const QList<int>& codes, std::initializer_list<int> allowed)
{
    return !codes.isEmpty() && std::all_of(codes.begin(), codes.end(), [&](int c) {
        return std::find(allowed.begin(), allowed.end(), c) != allowed.end();
    });
}

constexpr qint64 NotableCountCap = 50'000;

// Fills the query's estimates from the rollups: access_hourly_total for the range (a few thousand rows), and for a
// handful of agents access_daily_agent (where in time their matching events lie, to the day).
Status estimate(Database& database, AccessQuery& q)
{
    constexpr qint64 HourMs = 3'600'000;
    const qint64 firstHour = q.fromMs / HourMs;
    const qint64 lastHour = (q.toMs - 1) / HourMs;
    QString matching = QStringLiteral("1");
    if (!q.dataClasses.isEmpty())
        matching += QStringLiteral(" AND data_class IN (%1)").arg(AccessQuerySql::list(q.dataClasses));
    if (!q.outcomes.isEmpty())
        matching += QStringLiteral(" AND outcome IN (%1)").arg(AccessQuerySql::list(q.outcomes));
    const QString outcomeOnly = q.outcomes.isEmpty()
        ? QStringLiteral("1")
        : QStringLiteral("outcome IN (%1)").arg(AccessQuerySql::list(q.outcomes));
    auto statement
        = database.prepare(QStringLiteral("SELECT ifnull(sum(events), 0), ifnull(sum(CASE WHEN %1 THEN events "
                                          "END), 0), ifnull(sum(CASE WHEN %2 THEN events END), 0) "
                                          "FROM access_hourly_total WHERE hour >= ? AND hour <= ?")
                               .arg(matching, outcomeOnly));
    if (!statement)
        return statement.error();
    statement->bind(1, firstHour).bind(2, lastHour);
    auto row = statement->step();
    if (!row)
        return row.error();
    q.rangeEvents = *row ? statement->int64(0) : 0;
    const qint64 passing = *row ? statement->int64(1) : 0;
    const qint64 outcomePassing = *row ? statement->int64(2) : 0;
    const auto share
        = [&q](qint64 part) { return q.rangeEvents > 0 ? std::max(1e-6, double(part) / double(q.rangeEvents)) : 1.0; };
    q.rowSelectivity = share(passing);
    q.outcomeSelectivity = share(outcomePassing);
    // Exports, prints and bulk searches are counted through their small partial index (capped: beyond that many
    // they are common enough to scan for). Other filters the rollups cannot see are assumed to keep a quarter
    // each (docs/performance.md).
    q.notableActionEvents = -1;
    if (allWithin(q.actions, { 4, 5, 8 })) {
        auto counted = database.queryInt(
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM access_notable WHERE action IN (%1) AND id >= %2 "
                           "AND id < %3 LIMIT %4)")
                .arg(AccessQuerySql::list(q.actions))
                .arg(AccessEventId::firstAt(q.fromMs))
                .arg(AccessEventId::firstAt(q.toMs))
                .arg(NotableCountCap));
        if (!counted)
            return counted.error();
        q.notableActionEvents = *counted;
        q.rowSelectivity *= share(*counted);
    } else if (!q.actions.isEmpty()) {
        q.rowSelectivity *= 0.25;
    }
    if (!q.channels.isEmpty())
        q.rowSelectivity *= 0.25;
    if (q.workstations)
        q.rowSelectivity *= 0.1;
    auto agents = database.queryInt(QStringLiteral("SELECT count(*) FROM agent"));
    if (!agents)
        return agents.error();
    q.agentCount = std::max<qint64>(1, *agents);

    // A few agents: where their matching events lie, day by day. An agent without any is not read at all, and
    // each agent's read starts and ends at its first and last matching hour.
    const Ids* driving = q.agents ? &*q.agents : (q.agentHint ? &*q.agentHint : nullptr);
    if (driving && driving->size() <= AccessQuery::MaxSpannedAgents) {
        constexpr qint64 DayMs = 24 * HourMs;
        auto spans = database.prepare(QStringLiteral("SELECT agent_id, min(day), max(day), sum(events) FROM "
                                                     "access_daily_agent WHERE agent_id IN (%1) AND day >= ? AND "
                                                     "day <= ? AND %2 GROUP BY agent_id")
                                          .arg(AccessQuerySql::list(*driving), matching));
        if (!spans)
            return spans.error();
        spans->bind(1, q.fromMs / DayMs).bind(2, (q.toMs - 1) / DayMs);
        std::vector<AccessQuery::AgentSpan> found;
        while (true) {
            auto more = spans->step();
            if (!more)
                return more.error();
            if (!*more)
                break;
            AccessQuery::AgentSpan span;
            span.agentId = spans->int64(0);
            span.fromMs = std::max(q.fromMs, spans->int64(1) * DayMs);
            span.toMs = std::min(q.toMs, (spans->int64(2) + 1) * DayMs);
            // Whole days: an upper bound of the agent's matching events in the range.
            span.events = spans->int64(3);
            found.push_back(span);
        }
        q.agentSpans = std::move(found);
    }
    return {};
}

// Ways to read a time-ordered window, and what each costs in rows streamed by a primary-key scan. A row found
// through an index costs a random page read, ~60 times a streamed row on encrypted pages (docs/performance.md).
enum class Drive { Scan, Agents, Outcomes, Actions };

constexpr double RandomReadCost = 60.0;

Drive cheapestDrive(const AccessQuery& q, const Ids* agents, int limit)
{
    const double rows = double(std::max<qint64>(1, q.rangeEvents));
    const double agentShare = agents ? std::min(1.0, double(agents->size()) / double(q.agentCount)) : 1.0;
    double best = std::min(rows, double(limit) / (q.rowSelectivity * agentShare));
    Drive drive = Drive::Scan;
    if (agents && agents->size() <= AccessEventRepository::MaxMergedAgents) {
        double agentEvents = rows * agentShare;
        if (q.agentSpans) {
            agentEvents = 0;
            for (const auto& span : *q.agentSpans)
                agentEvents += double(span.events);
        }
        const double cost
            = std::min(agentEvents, double(agents->size()) * double(limit) / q.rowSelectivity) * RandomReadCost;
        if (cost < best) {
            best = cost;
            drive = Drive::Agents;
        }
    }
    if (allWithin(q.outcomes, { 2, 3 })) {
        const double others = std::min(1.0, q.rowSelectivity / q.outcomeSelectivity) * agentShare;
        const double cost = std::min(rows * q.outcomeSelectivity, double(limit) / others) * RandomReadCost;
        if (cost < best) {
            best = cost;
            drive = Drive::Outcomes;
        }
    }
    if (q.notableActionEvents >= 0) {
        const double actionShare = std::max(1e-6, double(q.notableActionEvents) / rows);
        const double others = std::min(1.0, q.rowSelectivity / actionShare) * agentShare;
        const double cost = std::min(double(q.notableActionEvents), double(limit) / others) * RandomReadCost;
        if (cost < best)
            drive = Drive::Actions;
    }
    return drive;
}
} // namespace

AccessEventRepository::AccessEventRepository(Database& database)
    : m_database(database)
{
}

Result<AccessQuery> AccessEventRepository::resolve(const AccessFilter& filter, qint64 nowMs)
{
    if (auto status = filter.validate(); !status)
        return status.error();
    AccessQuery q;
    std::tie(q.fromMs, q.toMs) = filter.resolveRange(nowMs);
    q.dataClasses = filter.dataClasses;
    q.actions = filter.actions;
    q.outcomes = filter.outcomes;
    q.channels = filter.channels;

    if (!filter.agentIds.isEmpty())
        q.agents = sortedUnique(Ids(filter.agentIds.begin(), filter.agentIds.end()));
    if (!filter.teamIds.isEmpty()) {
        auto ids = queryIds(
            m_database,
            QStringLiteral("SELECT id FROM agent WHERE team_id IN (%1)").arg(AccessQuerySql::list(filter.teamIds)));
        if (!ids)
            return ids.error();
        q.agents = intersect(q.agents, *ids);
    }
    if (!filter.siteIds.isEmpty()) {
        auto ids = queryIds(m_database,
                            QStringLiteral("SELECT a.id FROM agent a JOIN team t ON t.id = a.team_id "
                                           "WHERE t.site_id IN (%1)")
                                .arg(AccessQuerySql::list(filter.siteIds)));
        if (!ids)
            return ids.error();
        q.agents = intersect(q.agents, *ids);
    }
    if (!filter.recordIds.isEmpty())
        q.records = sortedUnique(Ids(filter.recordIds.begin(), filter.recordIds.end()));
    if (!filter.workstationIds.isEmpty()) {
        q.workstations = sortedUnique(Ids(filter.workstationIds.begin(), filter.workstationIds.end()));
        auto seen = queryIds(m_database,
                             QStringLiteral("SELECT agent_id FROM agent_workstation WHERE workstation_id IN (%1)")
                                 .arg(AccessQuerySql::list(*q.workstations)));
        if (!seen)
            return seen.error();
        q.agentHint = std::move(*seen);
    }
    if (filter.findingId) {
        auto ids = queryIds(
            m_database,
            QStringLiteral("SELECT event_id FROM finding_evidence WHERE finding_id = %1").arg(filter.findingId));
        if (!ids)
            return ids.error();
        q.events = std::move(*ids);
    }
    if (filter.incidentId) {
        // Through incident_event's primary key (incident_id, event_id): at most 10 000 events per incident.
        auto ids = queryIds(
            m_database,
            QStringLiteral("SELECT event_id FROM incident_event WHERE incident_id = %1").arg(filter.incidentId));
        if (!ids)
            return ids.error();
        q.events = q.events ? intersect(q.events, *ids) : std::move(*ids);
    }
    if (!filter.findingKinds.isEmpty()) {
        QString sql
            = QStringLiteral("SELECT fe.event_id FROM finding_evidence fe JOIN finding f ON f.id = fe.finding_id "
                             "WHERE f.kind IN (%1)")
                  .arg(AccessQuerySql::list(filter.findingKinds));
        if (q.agents)
            sql += QStringLiteral(" AND f.agent_id IN (%1)").arg(AccessQuerySql::list(*q.agents));
        auto ids = queryIds(m_database, sql);
        if (!ids)
            return ids.error();
        q.events = q.events ? intersect(q.events, *ids) : std::move(*ids);
    }

    // Full text: every word must match, each as a prefix ("lis" finds Lisbon). Only letters and digits reach
    // the MATCH expression, so no user input can form FTS syntax.
    static const QRegularExpression wordSplit(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString& word : filter.text.split(wordSplit, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QLatin1String("*\""); // FTS4: the prefix star goes inside the quotes
    if (!terms.isEmpty()) {
        auto statement
            = m_database.prepare(QStringLiteral("SELECT kind, ref_id FROM search_text WHERE search_text MATCH ?"));
        if (!statement)
            return statement.error();
        statement->bind(1, terms.join(QLatin1Char(' ')));
        AccessQuery::TextMatch match;
        while (true) {
            auto row = statement->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const QString kind = statement->text(0);
            const qint64 id = statement->int64(1);
            if (kind == QLatin1String("agent"))
                match.agents.push_back(id);
            else if (kind == QLatin1String("record"))
                match.records.push_back(id);
            else if (kind == QLatin1String("workstation"))
                match.workstations.push_back(id);
        }
        match.agents = sortedUnique(std::move(match.agents));
        match.records = sortedUnique(std::move(match.records));
        match.workstations = sortedUnique(std::move(match.workstations));
        if (match.agents.empty() && match.records.empty() && match.workstations.empty()) {
            q.matchesNothing = true;
        } else if (match.records.empty() && match.workstations.empty()) {
            q.agents = intersect(q.agents, match.agents); // names only: an agent filter
        } else if (match.agents.empty() && match.workstations.empty()) {
            q.records = q.records ? intersect(q.records, match.records) : match.records;
        } else {
            q.text = std::move(match);
        }
    }

    if (auto status = estimate(m_database, q); !status)
        return status.error();

    const auto tooMany = [](const std::optional<Ids>& ids) { return ids && ids->size() > MaxListedIds; };
    if (tooMany(q.agents) || tooMany(q.records) || tooMany(q.events)
        || (q.text && (q.text->records.size() > MaxListedIds || q.text->agents.size() > MaxListedIds)))
        return Error(Error::Code::InvalidArgument,
                     QStringLiteral("The search matches more than %1 agents or records; add a word to narrow it.")
                         .arg(MaxListedIds));
    if ((q.agents && q.agents->empty()) || (q.records && q.records->empty()) || (q.events && q.events->empty())
        || q.toMs <= q.fromMs)
        q.matchesNothing = true;
    return q;
}

AccessEventRepository::Anchor AccessEventRepository::anchorAtTime(AccessSort sort, qint64 timeMs)
{
    // Exclusive anchors: newest-first starts below the first id after timeMs' millisecond, oldest-first above
    // the last id before it.
    Anchor anchor;
    anchor.occurredAt = timeMs;
    anchor.id = descending(sort) ? AccessEventId::firstAt(timeMs + 1) : AccessEventId::firstAt(timeMs) - 1;
    return anchor;
}

Result<std::vector<AccessEventRow>> AccessEventRepository::page(const AccessQuery& q, AccessSort sort,
                                                                std::optional<Anchor> after, bool backwards, int limit)
{
    std::vector<AccessEventRow> rows;
    if (q.matchesNothing || limit <= 0)
        return rows;
    const bool agentOrder = byAgent(sort);
    const bool readDescending = descending(sort) != backwards;
    const QLatin1String d = readDescending ? QLatin1String(" DESC") : QLatin1String("");
    const QString limitSql = QStringLiteral(" LIMIT %1").arg(limit);
    const QString idRange = QStringLiteral("e.id >= %1 AND e.id < %2")
                                .arg(AccessEventId::firstAt(q.fromMs))
                                .arg(AccessEventId::firstAt(q.toMs));
    const QString timeRange = QStringLiteral("e.occurred_at >= %1 AND e.occurred_at < %2").arg(q.fromMs).arg(q.toMs);

    const Ids* agents = drivingAgents(q);
    const bool evidence = q.events.has_value();
    const bool recordsDrive = !evidence && q.records.has_value() && q.records->size() <= 5000;
    Drive drive = Drive::Scan;
    if (!evidence && !recordsDrive && !agentOrder) {
        switch (m_plan) {
        case Plan::Auto:
            drive = cheapestDrive(q, agents, limit);
            break;
        case Plan::MergeAgents:
            drive = agents ? Drive::Agents : Drive::Scan;
            break;
        case Plan::NotableIndexes:
            drive = allWithin(q.outcomes, { 2, 3 }) ? Drive::Outcomes
                : allWithin(q.actions, { 4, 5, 8 }) ? Drive::Actions
                                                    : Drive::Scan;
            break;
        case Plan::ScanPrimaryKey:
            break;
        }
    }
    if (agentOrder && agents)
        drive = Drive::Agents;

    if (drive == Drive::Scan) {
        QStringList where = AccessQuerySql::rowConditions(q,
                                                          evidence           ? Driven::Events
                                                              : recordsDrive ? Driven::Records
                                                                             : Driven::Nothing);
        QString from;
        if (evidence) {
            where.prepend(QStringLiteral("e.id IN (%1)").arg(AccessQuerySql::list(*q.events)));
            where << idRange;
        } else if (recordsDrive) {
            from = QStringLiteral("INDEXED BY access_event_record");
            where.prepend(QStringLiteral("e.record_id IN (%1)").arg(AccessQuerySql::list(*q.records)));
            where << timeRange;
        } else if (agentOrder) {
            from = QStringLiteral("INDEXED BY access_event_agent_time");
            where << timeRange;
        } else {
            where.prepend(idRange);
        }
        if (after)
            where << keysetCondition(agentOrder, readDescending, *after);
        const QString sql = QString::fromLatin1(SelectColumns).arg(QStringLiteral("access_event e ") + from)
            + QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND ")) + orderBy(agentOrder, readDescending)
            + limitSql;
        if (auto status = readInto(m_database, sql, &rows); !status)
            return status.error();
    } else if (drive == Drive::Agents) {
        // One index-ordered read per agent. In time order every agent contributes up to `limit` rows and the
        // reads are merged; in agent order the agents are read one after another until the window is full.
        const QStringList conditions = AccessQuerySql::rowConditions(q, Driven::Agents);
        std::vector<AccessQuery::AgentSpan> spans;
        if (q.agentSpans) {
            spans = *q.agentSpans; // agents without matching events are not in it
        } else {
            for (qint64 agent : *agents)
                spans.push_back({ agent, q.fromMs, q.toMs, 0 });
        }
        std::sort(spans.begin(), spans.end(), [](const auto& a, const auto& b) { return a.agentId < b.agentId; });
        if (readDescending)
            std::reverse(spans.begin(), spans.end());
        for (const auto& span : spans) {
            const qint64 agent = span.agentId;
            if (agentOrder && after) {
                if (readDescending ? agent > after->agentId : agent < after->agentId)
                    continue;
            }
            QStringList where = conditions;
            where.prepend(QStringLiteral("e.agent_id = %1").arg(agent));
            where << QStringLiteral("e.occurred_at >= %1 AND e.occurred_at < %2").arg(span.fromMs).arg(span.toMs);
            if (after) {
                if (agentOrder) {
                    if (agent == after->agentId)
                        where << QStringLiteral("(e.occurred_at, e.id) %1 (%2, %3)")
                                     .arg(readDescending ? QLatin1String("<") : QLatin1String(">"))
                                     .arg(after->occurredAt)
                                     .arg(after->id);
                } else {
                    // Bound the index range by the anchor's time too, so the read starts at the anchor.
                    const qint64 anchorTime = AccessEventId::occurredAt(after->id);
                    where << QStringLiteral("e.occurred_at %1 %2 AND e.id %3 %4")
                                 .arg(readDescending ? QLatin1String("<=") : QLatin1String(">="))
                                 .arg(anchorTime)
                                 .arg(readDescending ? QLatin1String("<") : QLatin1String(">"))
                                 .arg(after->id);
                }
            }
            const int want = agentOrder ? limit - int(rows.size()) : limit;
            const QString sql = QString::fromLatin1(SelectColumns)
                                    .arg(QStringLiteral("access_event e INDEXED BY access_event_agent_time"))
                + QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "))
                + QStringLiteral(" ORDER BY e.occurred_at%1, e.id%1 LIMIT %2").arg(d).arg(want);
            if (auto status = readInto(m_database, sql, &rows); !status)
                return status.error();
            if (agentOrder && int(rows.size()) >= limit)
                break;
        }
    } else {
        // Exports, prints and bulk searches, or denied and failed accesses: read through access_notable (schema 5),
        // which lists only those, in id order, joining each to its event.
        const bool byOutcome = drive == Drive::Outcomes;
        QStringList where = AccessQuerySql::rowConditions(q, Driven::Nothing);
        where.prepend(byOutcome ? QStringLiteral("n.outcome IN (%1)").arg(AccessQuerySql::list(q.outcomes))
                                : QStringLiteral("n.action IN (%1)").arg(AccessQuerySql::list(q.actions)));
        where.prepend(QStringLiteral("n.id >= %1 AND n.id < %2")
                          .arg(AccessEventId::firstAt(q.fromMs))
                          .arg(AccessEventId::firstAt(q.toMs)));
        if (after)
            where << QStringLiteral("n.id %1 %2")
                         .arg(readDescending ? QLatin1String("<") : QLatin1String(">"))
                         .arg(after->id);
        // CROSS JOIN keeps access_notable the outer loop: its rows are few and in order.
        const QString sql = QString::fromLatin1(SelectColumns)
                                .arg(QStringLiteral("access_notable n CROSS JOIN access_event e ON e.id = n.id"))
            + QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND ")) + QStringLiteral(" ORDER BY n.id%1").arg(d)
            + limitSql;
        if (auto status = readInto(m_database, sql, &rows); !status)
            return status.error();
    }
    if (drive != Drive::Scan && !agentOrder) {
        std::sort(rows.begin(), rows.end(), [readDescending](const AccessEventRow& a, const AccessEventRow& b) {
            return readDescending ? a.id > b.id : a.id < b.id;
        });
        if (int(rows.size()) > limit)
            rows.resize(std::size_t(limit));
    }
    if (backwards)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Status AccessEventRepository::forEach(const AccessQuery& query, AccessSort sort,
                                      const std::function<bool(const AccessEventRow&)>& sink, int pageSize)
{
    std::optional<Anchor> after;
    while (true) {
        auto rows = page(query, sort, after, false, pageSize);
        if (!rows)
            return rows.error();
        for (const AccessEventRow& row : *rows) {
            if (!sink(row))
                return {};
        }
        if (int(rows->size()) < pageSize)
            return {};
        after = anchorOf(rows->back());
    }
}

} // namespace custodian
