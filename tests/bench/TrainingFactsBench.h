#pragma once

#include <QStringList>

namespace custodian::bench {

// `custodian-bench training-facts`: what reading the training facts (TrainingFactsReader) and deciding every standing
// (TrainingMatrix) cost at scale, on a synthetic keyed store of --agents agents × --modules modules with --years of
// yearly completions each (defaults 20 000 × 40 × 3: about 2.4 M training records, the largest demo):
// `read_all_ms`, `matrix_ms` (rules and counting), `read_team_ms` and `read_agent_ms`, medians of --rounds runs.
// The page benchmark (open the page → matrix painted) is the Training page's, later.
class TrainingFactsBench
{
public:
    static int run(const QStringList& arguments);
};

} // namespace custodian::bench
