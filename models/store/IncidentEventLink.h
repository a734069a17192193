#pragma once

#include "domain/AccessFilter.h"
#include "domain/IncidentSessionGroup.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <vector>

namespace custodian {

class Database;

// Links access events to an incident as its evidence (issue 17, point 3: a selection on the access page, a whole
// filter, a finding's evidence). The links are `incident_event`; the incident's agents (as subjects) follow, and its
// observables are rebuilt (IncidentObservableIndex).
class IncidentEventLink
{
    Q_DECLARE_TR_FUNCTIONS(IncidentEventLink)

public:
    // At most this many events per incident: the `incidents` sync stream's limit on an incident's `events`
    // (docs/sync-api.md), so that what a console links the central service and every other console can hold.
    static constexpr qint64 MaxEvents = 10'000;

    struct Linked
    {
        qint64 added = 0; // events newly linked
        qint64 alreadyLinked = 0; // of the given events, those the incident held already (not linked twice)
        qint64 total = 0; // the incident's events afterwards
        // The added events by session, earliest first: what the timeline records at the events' times.
        std::vector<IncidentSessionGroup> sessions;
    };

    // Links `eventIds` (any order, repeats ignored) to incident `incidentId`, inside the caller's transaction — the
    // change the supervisor makes (opening an incident from a selection, adding evidence) is one transaction with its
    // timeline and audit entries. Refuses, writing nothing: an unknown incident (NotFound), an empty selection, an
    // event this store does not hold, and more than MaxEvents in all (InvalidArgument, with the numbers).
    [[nodiscard]] static Result<Linked> link(Database& database, qint64 incidentId, std::vector<qint64> eventIds);

    // The ids of every event `filter` matches at `nowMs`, time-ordered — "the whole filter" as a selection. More
    // than `limit` is refused (InvalidArgument, naming the limit) without reading further: narrow the filter.
    [[nodiscard]] static Result<std::vector<qint64>> eventsMatching(Database& database, const AccessFilter& filter,
                                                                    qint64 nowMs, qint64 limit = MaxEvents);

    // The incidents that already hold any of `eventIds`, with how many of them each holds: asked before linking, so
    // the supervisor can add to the incident that already covers the selection instead of opening a second one.
    struct Holder
    {
        qint64 incidentId = 0;
        qint64 events = 0;
    };
    [[nodiscard]] static Result<std::vector<Holder>> holdersOf(Database& database, std::vector<qint64> eventIds);
};

} // namespace custodian
