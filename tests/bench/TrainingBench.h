#pragma once

#include <QStringList>

namespace custodian::bench {

// `custodian-bench training`: the Training page offscreen on a keyed store of --agents agents × --modules modules with
// --years of yearly completions (defaults 20 000 × 40 × 3, about 2.4 M records: the largest demo), as a
// supervisor uses it. `first_result_ms`: the page built at unlock → its first matrix on screen (the whole
// organisation read and decided on a worker); `matrix_ms`: opening the page → the matrix painted (the result is
// kept, so this is what a supervisor waits for after the first); `filter_p95_ms` over every filter change (team,
// grouping, role, module, standing, the period's start), each until the matrix is painted again, with each kind's
// median; `agent_ms`: a double-click's agent → their modules painted; `reminders_ms`: the Overdue list's reminders
// read again (as after a send or a sync) → the list painted, with 10 000 agents reminded twice each
// (`training_reminders`); `max_stall_ms`: the longest the GUI thread was kept from its event loop throughout.
class TrainingBench
{
public:
    static int run(const QStringList& arguments);
};

} // namespace custodian::bench
