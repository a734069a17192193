#pragma once

#include <QStringList>

namespace custodian::bench {

// `custodian-bench reviews`: on an N-event demo store, how fast the access-review and roles pages answer — the
// evidence of one review item (p95 over many assignments), "who could, who did" for one record, a whole campaign's
// evidence — and the longest stall of the GUI thread while the real pages load, show a campaign and its evidence,
// and move through its items.
class ReviewsBench
{
public:
    static int run(const QStringList& arguments);
};

} // namespace custodian::bench
