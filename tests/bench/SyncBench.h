#pragma once

#include <QStringList>

namespace custodian::bench {

// `custodian-bench sync --events N`: starts the real custodian-central with N demo access events, then pulls
// everything over loopback HTTPS into a fresh encrypted console store through the console's own SyncService (its
// worker thread, indexes, rollups and detections included), while a precise timer on the GUI thread measures how
// long that thread is kept from running. Baseline in the same run: the keyed writer ingesting N synthetic events
// locally, in the sync's group size, without network, parsing or detections.
class SyncBench
{
public:
    static int run(const QStringList& arguments);
};

} // namespace custodian::bench
