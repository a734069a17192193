#pragma once

#include "demo/DemoWorld.h"
#include "domain/Result.h"

namespace custodian {

class Database;
class DemoRandom;

// Security incident tickets after NIST SP 800-61: every phase from detection to closed, severities,
// categories (phishing, social engineering, insider misuse, lost device, misdirected e-mail), personal-data
// breaches with the GDPR Art. 33 72-hour notification deadline, timelines, the agents involved and the access
// events in evidence. The first tickets are the security team's response to planted anomalies (bulk access,
// access after leaving) and link that anomaly's events. Written after the access log, which they point into.
class DemoIncidents
{
public:
    static qint64 countFor(qint64 events);
    // Returns the number of incidents written. Each timeline is chained as IncidentTimeline::append chains it (a demo
    // ticket verifies like one written on the console); `timelineLength` > 0 adds investigation notes until a ticket
    // has about that many entries (the largest demo: 20), 0 writes only the milestones (opened, assigned, phases...).
    [[nodiscard]] static Result<qint64> write(Database& database, const DemoWorld& world, qint64 count,
                                              int timelineLength, DemoRandom& random);
};

} // namespace custodian
