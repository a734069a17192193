#pragma once

namespace custodian {

// The orders the access log can be read in without sorting millions of rows: time is the primary key's order
// (ids are time-ordered), and "by agent" is the (agent_id, occurred_at) index. Other columns are filters, not
// sort keys: ordering 10 M rows by an unindexed column means reading all of them (docs/performance.md).
enum class AccessSort { NewestFirst, OldestFirst, AgentAscending, AgentDescending };

} // namespace custodian
