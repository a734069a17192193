#pragma once

#include <QStringList>

namespace custodian::bench {

// `custodian-bench view-baseline --rows N`: what a stock QTableView costs over a model that reports every row —
// the alternative the access page's windowed model was measured against (docs/access-audit.md).
class ViewBaselineBench
{
public:
    static int run(const QStringList& arguments);
};

} // namespace custodian::bench
