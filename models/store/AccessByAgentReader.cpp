#include "store/AccessByAgentReader.h"

#include "domain/AccessEventId.h"
#include "store/AccessQuerySql.h"
#include "store/Database.h"

#include <algorithm>
#include <map>

namespace custodian {

namespace {
constexpr qint64 DayMs = 86'400'000;

struct Tally
{
    qint64 events = 0;
    qint64 first = 0;
    qint64 last = 0;
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// The matching events of [from, to) grouped by agent, read through the primary key (ids are time-ordered) or, for a
// finding's evidence, by id.
Status groupEvents(Database& database, const AccessQuery& q, qint64 from, qint64 to, std::map<qint64, Tally>& tallies)
{
    if (from >= to)
        return {};
    QStringList where = AccessQuerySql::rowConditions(q, AccessQuerySql::Driven::Nothing);
    where.prepend(
        QStringLiteral("e.id >= %1 AND e.id < %2").arg(AccessEventId::firstAt(from)).arg(AccessEventId::firstAt(to)));
    auto s = database.prepare(QStringLiteral("SELECT e.agent_id, count(*), min(e.occurred_at), max(e.occurred_at) "
                                             "FROM access_event e WHERE %1 GROUP BY e.agent_id")
                                  .arg(where.join(QLatin1String(" AND "))));
    if (!s)
        return s.error();
    return s->forEachRow([&](const Statement& row) {
        Tally& t = tallies[row.int64(0)];
        const qint64 first = row.int64(2);
        const qint64 last = row.int64(3);
        t.first = t.events ? std::min(t.first, first) : first;
        t.last = t.events ? std::max(t.last, last) : last;
        t.events += row.int64(1);
    });
}

QString codeList(const char* column, const QList<int>& values)
{
    return values.isEmpty()
        ? QString()
        : QStringLiteral(" AND %1 IN (%2)").arg(QLatin1String(column), AccessQuerySql::list(values));
}
} // namespace

bool AccessByAgentReader::rollupsAnswer(const AccessQuery& q)
{
    // The daily rollup is kept by agent, day, data class and outcome: only filters on those.
    return !q.records && !q.workstations && !q.events && !q.text && q.actions.isEmpty() && q.channels.isEmpty();
}

Result<AccessByAgentReader::Summary> AccessByAgentReader::read(Database& database, const AccessQuery& q)
{
    Summary summary;
    if (q.matchesNothing || q.fromMs >= q.toMs)
        return summary;
    std::map<qint64, Tally> tallies;
    const qint64 firstDay = floorDiv(q.fromMs + DayMs - 1, DayMs); // the first whole day in the range
    const qint64 endDay = floorDiv(q.toMs, DayMs); // the day after the last whole day
    if (!rollupsAnswer(q) || firstDay >= endDay) {
        // Not what the rollups are kept by, or less than a whole day: count the events themselves.
        if (auto status = groupEvents(database, q, q.fromMs, q.toMs, tallies); !status)
            return status.error();
    } else {
        summary.fromRollups = true;
        QString where = QStringLiteral("day >= %1 AND day < %2").arg(firstDay).arg(endDay);
        if (q.agents)
            where += QStringLiteral(" AND agent_id IN (%1)").arg(AccessQuerySql::list(*q.agents));
        where += codeList("data_class", q.dataClasses) + codeList("outcome", q.outcomes);
        auto s = database.prepare(
            QStringLiteral("SELECT agent_id, sum(events), min(day), max(day) FROM access_daily_agent WHERE %1 AND "
                           "events > 0 GROUP BY agent_id")
                .arg(where));
        if (!s)
            return s.error();
        // Per agent: events of the whole days, and the first and last of those days that hold a matching event.
        std::map<qint64, std::pair<qint64, qint64>> days;
        if (auto status = s->forEachRow([&](const Statement& row) {
                tallies[row.int64(0)].events += row.int64(1);
                days[row.int64(0)] = { row.int64(2), row.int64(3) };
            });
            !status)
            return status.error();
        // The partial days at either end, from the events: their counts, and there the exact first and last.
        std::map<qint64, Tally> leading;
        std::map<qint64, Tally> trailing;
        if (auto status = groupEvents(database, q, q.fromMs, firstDay * DayMs, leading); !status)
            return status.error();
        if (auto status = groupEvents(database, q, endDay * DayMs, q.toMs, trailing); !status)
            return status.error();
        for (const auto& [agent, edge] : leading)
            tallies[agent].events += edge.events;
        for (const auto& [agent, edge] : trailing)
            tallies[agent].events += edge.events;
        // Otherwise an agent's first and last matching event lie in the first and last whole day the rollup names:
        // the agent index, read within that one day, from either end.
        QStringList conditions = AccessQuerySql::rowConditions(q, AccessQuerySql::Driven::Agents);
        conditions.prepend(QStringLiteral("e.agent_id = ?1 AND e.occurred_at >= ?2 AND e.occurred_at < ?3"));
        const QString base = QStringLiteral("SELECT e.occurred_at FROM access_event e INDEXED BY "
                                            "access_event_agent_time WHERE %1 ORDER BY e.occurred_at%2 LIMIT 1")
                                 .arg(conditions.join(QLatin1String(" AND ")));
        auto first = database.prepare(base.arg(QString()));
        if (!first)
            return first.error();
        auto last = database.prepare(base.arg(QStringLiteral(" DESC")));
        if (!last)
            return last.error();
        const auto withinDay = [](Statement& statement, qint64 agent, qint64 day, qint64* target) -> Status {
            statement.reset();
            statement.bind(1, agent).bind(2, day * DayMs).bind(3, (day + 1) * DayMs);
            auto row = statement.step();
            if (!row)
                return row.error();
            if (*row)
                *target = statement.int64(0);
            return {};
        };
        for (auto& [agent, tally] : tallies) {
            const auto whole = days.find(agent);
            if (const auto edge = leading.find(agent); edge != leading.end())
                tally.first = edge->second.first;
            else if (whole != days.end()) {
                if (auto status = withinDay(*first, agent, whole->second.first, &tally.first); !status)
                    return status.error();
            } else
                tally.first = trailing.at(agent).first;
            if (const auto edge = trailing.find(agent); edge != trailing.end())
                tally.last = edge->second.last;
            else if (whole != days.end()) {
                if (auto status = withinDay(*last, agent, whole->second.second, &tally.last); !status)
                    return status.error();
            } else
                tally.last = leading.at(agent).last;
        }
    }

    // Names, employee numbers and site zones: the agent table is small.
    auto names = database.prepare(QStringLiteral(
        "SELECT a.id, a.display_name, a.employee_no, s.timezone FROM agent a LEFT JOIN team t ON t.id = a.team_id "
        "LEFT JOIN site s ON s.id = t.site_id"));
    if (!names)
        return names.error();
    std::map<qint64, Row> known;
    if (auto status = names->forEachRow([&](const Statement& row) {
            if (tallies.count(row.int64(0)))
                known[row.int64(0)] = { row.int64(0), row.text(1), row.text(2), row.text(3), 0, 0, 0 };
        });
        !status)
        return status.error();
    summary.rows.reserve(tallies.size());
    for (const auto& [agent, tally] : tallies) {
        if (tally.events <= 0)
            continue;
        Row row = known.count(agent) ? known[agent] : Row { agent, {}, {}, {}, 0, 0, 0 };
        row.events = tally.events;
        row.firstMs = tally.first;
        row.lastMs = tally.last;
        summary.rows.push_back(std::move(row));
    }
    std::sort(summary.rows.begin(), summary.rows.end(), [](const Row& a, const Row& b) {
        return a.events != b.events ? a.events > b.events : a.agentId < b.agentId;
    });
    return summary;
}

} // namespace custodian
