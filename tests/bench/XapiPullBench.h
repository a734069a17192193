#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace custodian::bench {

// `custodian-bench xapi-pull --statements N`: the central service's xAPI pull (docs/xapi.md) from the real learning
// record store — Learning Locker's xapi-statements under Node, in memory on 127.0.0.1 (tests/peers/lrs) — holding N
// realistic statements about the agents and modules of a `custodian-central init` demo, grown to the largest
// organisation (20 000 agents, 40 modules; --agents, --modules). Each round times, against the
// same LRS in the same run: the ceiling, a plain HTTP client GETting exactly the pages the pull GETs and discarding
// them; the whole `custodian-central xapi-pull --json` command on a fresh copy of the data directory, from an empty
// cursor, start to exit; the command's fixed part (process start, store unlock, schema check: `xapi-pull
// --unmatched` on another fresh copy); and the pull's two halves in this process (XapiPull::run, then
// SqlXapiRepository::apply, on a third copy) to say where the time goes. Medians over the rounds.
class XapiPullBench
{
public:
    struct Options
    {
        int statements = 20'000;
        int limit = 500;
        int rounds = 3;
        int agents = 20'000; // the demo organisation grown to this many (fewer: the demo's own)
        int modules = 40;
        QString directory; // parent of the temporary directory; empty: the system's
        QStringList sql; // run on the central store before the rounds (investigation: what an index is worth)
    };

    static int run(const QStringList& arguments);
    // The measurement without printing: the object `--json` prints. `training --xapi-statements N` merges it.
    [[nodiscard]] static Result<QJsonObject> measure(const Options& options);
};

} // namespace custodian::bench
