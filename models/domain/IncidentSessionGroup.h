#pragma once

#include <QtGlobal>

namespace custodian {

// The access events a link added to an incident, one group per agent's application session: what the incident's
// timeline records at the events' own times, one entry per session rather than one per event (a bulk export is
// thousands of events and one thing that happened).
struct IncidentSessionGroup
{
    qint64 agentId = 0;
    qint64 sessionId = 0;
    qint64 firstAt = 0;
    qint64 lastAt = 0;
    qint64 events = 0;
    qint64 records = 0; // distinct customer records
    qint64 exports = 0; // exports, prints and bulk searches: what takes data out
    qint64 refused = 0; // denied or failed
};

} // namespace custodian
