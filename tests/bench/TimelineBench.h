#pragma once

#include <QStringList>

namespace custodian::bench {

// `custodian-bench timeline --store PATH`: the events-over-time chart's counting (AccessTimelineRepository) for a
// fixed set of filters over all events, the last 7 days and the last shift of an existing store, as the chart does
// it (shown range, bucket size for a plot `--width` pixels wide, load). Each filter on a fresh read-only connection:
// the first load (empty page cache, as after an unlock) and the median of the next ones, the table that answered
// and the filters the chart could not reflect.
class TimelineBench
{
public:
    static int run(const QStringList& arguments);
};

} // namespace custodian::bench
