#pragma once

#include "demo/DemoWorld.h"
#include "domain/Result.h"

#include <functional>

namespace custodian {

class Database;
class DemoRandom;

// The access log: exactly `world.events` events, time-ordered ids (AccessEventId: occurred_at × 65 536 + n), written
// through AccessEventWriter (which keeps access_hourly and agent_workstation current) in transactions of 100 000
// events.
//
// Background activity follows the agents' shifts in site-local time (a weekly rhythm through the shifts'
// weekday masks and busier Mondays, a daily rhythm peaking mid-shift), sessions from login to logout on the
// agent's own workstations, contacts of a few events on one customer record each, and the data classes the
// agent's roles allow at that moment. It is built never to trip a detection on its own: no event outside the
// agent's shift, far fewer events per hour than the bulk threshold, no more than one failed login in a row,
// card data only while PCI DSS training is valid, nothing after an agent left or was suspended, and every
// workstation an agent uses is first seen in their first two sessions. The planted anomalies (world.anomalies)
// are the exceptions; their events are counted as they are written.
class DemoActivity
{
public:
    [[nodiscard]] static Result<qint64> write(Database& database, DemoWorld& world, DemoRandom& random,
                                              const std::function<void(qint64)>& progress);
};

} // namespace custodian
