#pragma once

#include "demo/DemoWorld.h"
#include "domain/Result.h"

namespace custodian {

class Database;
class DemoRandom;

// RBAC for the demo: permissions, ten roles (with data classes, training requirements, sensitivity, maximum
// durations and training gates), separation-of-duties rules, and every agent's role assignments over time —
// open-ended and time-bound grants, expiries, leaver revocations, supervisor revocations, pending requests, a
// rejection, granted SoD exceptions and one planted SoD conflict — with the change history of each. Sets the
// agents' windows for payment-card, export and fraud work, which the access log follows.
class DemoAccessControl
{
public:
    static void build(DemoWorld& world, DemoRandom& random);
    [[nodiscard]] static Status write(Database& database, const DemoWorld& world);
};

} // namespace custodian
