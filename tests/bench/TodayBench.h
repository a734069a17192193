#pragma once

#include <QStringList>

namespace custodian::bench {

// `custodian-bench today`: on an N-event demo store, how long after the store opens the Today page's numbers are
// painted (`first_paint_ms`), what its counting costs on a connection of its own (`snapshot_ms`), and the longest stall
// of the GUI thread from the unlock until a moment after the paint (`max_stall_ms`): the page alone, or with --window
// in the whole console window, where every page builds its content at the unlock.
class TodayBench
{
public:
    static int run(const QStringList& arguments);
};

} // namespace custodian::bench
