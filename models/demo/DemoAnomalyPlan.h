#pragma once

#include "demo/DemoWorld.h"

namespace custodian {

class DemoRandom;

// Chooses who carries each planted anomaly, before roles and training are drawn (a never-trained payments
// agent needs a joiner in a payments team; an agent who logs in after leaving needs to be a leaver). How many
// of each kind scales with the number of events (see docs/demo-data.md); the agents are distinct, and each
// is kept out of the other hand-picked cases so that every anomaly stands alone.
class DemoAnomalyPlan
{
public:
    struct Counts
    {
        int offHours = 2;
        int bulkAccess = 1;
        int failedLoginBurst = 2;
        int paymentWithoutTraining = 3;
        int inactiveAgentAccess = 2;
        int newWorkstation = 2;
        int accessBeyondRole = 2;
    };

    static Counts countsFor(qint64 events);
    static void choose(DemoWorld& world, const Counts& counts, DemoRandom& random);
    static const char* kindName(DemoWorld::AnomalyKind kind);
};

} // namespace custodian
