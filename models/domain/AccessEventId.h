#pragma once

#include <QtGlobal>

namespace custodian {

// Access-event ids are time-ordered by construction: the central service assigns
//     id = occurred_at (ms since epoch) × 65 536 + n,   n = 0 … 65 535 within that millisecond
// (the Snowflake/ULID idea). The table's rowid is therefore in time order, so the access log needs no
// separate time index — the 10 M-row table is paged, range-filtered and sorted by time on its primary key,
// and ingest maintains one B-tree fewer (docs/performance.md). Events that arrive late simply get ids in
// the past. Good until the year 6400.
class AccessEventId
{
public:
    static constexpr qint64 PerMillisecond = 65'536;

    static constexpr qint64 make(qint64 occurredAtMs, qint64 sequence)
    {
        return occurredAtMs * PerMillisecond + sequence;
    }
    static constexpr qint64 occurredAt(qint64 id) { return id / PerMillisecond; }
    // The smallest id at or after a moment, and the largest at or before it: a time range as an id range.
    static constexpr qint64 firstAt(qint64 ms) { return ms * PerMillisecond; }
    static constexpr qint64 lastAt(qint64 ms) { return ms * PerMillisecond + PerMillisecond - 1; }
    static constexpr bool isConsistent(qint64 id, qint64 occurredAtMs) { return occurredAt(id) == occurredAtMs; }
};

} // namespace custodian
