#pragma once

#include "domain/Result.h"
#include "store/AccessQuery.h"

#include <QString>

#include <vector>

namespace custodian {

class Database;

// "Which agents?" for the access page: the events of a resolved filter grouped by agent — how many, the first and the
// last — ordered by events, most first. Run on a worker (LatestResultRunner) on its own read connection.
//
// How it stays cheap at millions of events: when the filter is only a time range, agents (named, or by team or site),
// data classes and outcomes — what the rollups are kept by — the counts of whole days come from access_daily_agent
// (a few rows per agent and day), only the partial days at the two ends of the range are counted from the events
// (an id range, at most two days of the log), and each agent's first and last matching event are look-ups on the
// (agent_id, occurred_at) index within the first and last day the rollup names (not from the range's start: for a rare
// class or outcome that walk passed most of the agent's events). Any other filter (records, workstations, actions,
// channels, a search, a finding's evidence) is one grouped read of the matching events — the same read the list makes,
// once.
class AccessByAgentReader
{
public:
    struct Row
    {
        qint64 agentId = 0;
        QString name; // empty: an agent this store does not know
        QString employeeNo;
        QString siteTimezone; // IANA id of the agent's site, empty if unknown
        qint64 events = 0;
        qint64 firstMs = 0;
        qint64 lastMs = 0;
    };
    struct Summary
    {
        std::vector<Row> rows; // events descending, then agent id
        bool fromRollups = false; // the rollup path answered (tests and the bench look)
    };

    [[nodiscard]] static Result<Summary> read(Database& database, const AccessQuery& query);
    // Whether the rollups can answer this filter.
    [[nodiscard]] static bool rollupsAnswer(const AccessQuery& query);
};

} // namespace custodian
