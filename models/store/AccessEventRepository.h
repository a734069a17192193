#pragma once

#include "domain/AccessFilter.h"
#include "domain/AccessSort.h"
#include "domain/Result.h"
#include "store/AccessEventRow.h"
#include "store/AccessQuery.h"

#include <functional>
#include <optional>
#include <vector>

namespace custodian {

class Database;

// Reads the access log for the access page, its exports and the CLI: resolves a filter, then reads windows of
// rows with keyset ("seek") queries — never OFFSET — in one of the orders that an index gives for free.
//
// How a window is found (docs/performance.md has the measurements behind it):
//  * a finding's evidence: primary-key look-ups;
//  * records: the record index (a record has a handful of events), sorted after the look-up;
//  * a few agents (named, of a team, found by the search, or the agents seen at a filtered workstation) when the
//    rollups estimate it cheaper than scanning: one index-ordered read per agent on (agent_id, occurred_at),
//    merged — each stops after `limit` rows; in agent order always;
//  * denied/failed outcomes, or exports/prints/bulk searches: the list of such events (access_notable), in order;
//  * anything else: the primary key in time order (ids are time-ordered, so a time range is an id range),
//    testing the other filters row by row. Scanning is cheap (~40 ns a row, encrypted); random look-ups are not.
// Used from one thread at a time, with that thread's connection.
class AccessEventRepository
{
public:
    // Where a window continues from: the last row read (for "by agent" orders the agent and time matter too).
    struct Anchor
    {
        qint64 agentId = 0;
        qint64 occurredAt = 0;
        qint64 id = 0;
    };

    explicit AccessEventRepository(Database& database);

    // How time-ordered windows over an agent set are read: chosen by estimate, or forced (tests compare the
    // plans' results; the benchmark compares their speed).
    enum class Plan { Auto, ScanPrimaryKey, MergeAgents, NotableIndexes };
    void setPlan(Plan plan) { m_plan = plan; }

    [[nodiscard]] Result<AccessQuery> resolve(const AccessFilter& filter, qint64 nowMs);

    // Up to `limit` rows after `after` (exclusive) in `sort` order, or from the start when there is no anchor.
    // With `backwards`, the rows before `after` (or the last rows), still returned in display order.
    [[nodiscard]] Result<std::vector<AccessEventRow>> page(const AccessQuery& query, AccessSort sort,
                                                           std::optional<Anchor> after, bool backwards, int limit);
    // The anchor that starts a window at a moment: the rows at `timeMs` and after it in display order.
    [[nodiscard]] static Anchor anchorAtTime(AccessSort sort, qint64 timeMs);
    [[nodiscard]] static Anchor anchorOf(const AccessEventRow& row) { return { row.agentId, row.occurredAt, row.id }; }

    // Every matching row in `sort` order, page by page, until `sink` returns false (exports).
    [[nodiscard]] Status forEach(const AccessQuery& query, AccessSort sort,
                                 const std::function<bool(const AccessEventRow&)>& sink, int pageSize = 2000);

    // Largest sets a query is built for; beyond them the user is asked to narrow the filter.
    static constexpr std::size_t MaxListedIds = 20000;
    static constexpr std::size_t MaxMergedAgents = 64;

private:
    Database& m_database;
    Plan m_plan = Plan::Auto;
};

} // namespace custodian
