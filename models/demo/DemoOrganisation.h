#pragma once

#include "demo/DemoWorld.h"
#include "domain/Result.h"

namespace custodian {

class Database;
class DemoRandom;

// The organisation: four sites in four time zones, shifts in site-local time, teams per site with a
// supervisor each, site managers and central security staff, agents (with joiners, leavers and suspensions
// during the log) and the workstations they use.
class DemoOrganisation
{
public:
    struct Sizes
    {
        qint64 agents = 40;
        int departedInLog = 3; // at least this many agents leave during the log
    };

    static void build(DemoWorld& world, const Sizes& sizes, DemoRandom& random);
    [[nodiscard]] static Status write(Database& database, const DemoWorld& world);
};

} // namespace custodian
