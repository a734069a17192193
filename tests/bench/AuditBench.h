#pragma once

#include <QStringList>

namespace custodian::bench {

// `custodian-bench audit`: drives the real access page offscreen on an N-event store and prints how fast it
// answers (first rows, filter changes, jump to end, chart, full text), its peak memory, and the longest stall of
// the GUI thread while scrolling and filtering.
class AuditBench
{
public:
    static int run(const QStringList& arguments);
    // `custodian-bench audit-seed PATH N`: creates and seeds the store in a process of its own (internal).
    static int seed(const QStringList& arguments);
};

} // namespace custodian::bench
