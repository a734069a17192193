#pragma once

#include "domain/TodayAttentionItem.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace custodian {

// What the Today page shows, counted at one instant (TodayRepository, off the GUI thread). Each number is exactly what
// the page it opens shows once filtered (docs/today.md says what each counts).
struct TodaySnapshot
{
    qint64 takenAt = 0; // the "now" the counts were made at
    // The unlock before the current one (console audit); none on a store's first unlock, when "new" counts from the
    // store's creation.
    std::optional<qint64> previousUnlockAt;
    qint64 newFindings = 0; // detected after previousUnlockAt, any status
    qint64 criticalFindings = 0; // critical and needing attention (open or acknowledged)
    qint64 approvalsWaiting = 0; // pending requests that this console's supervisor did not request
    qint64 reviewsDue = 0; // my open reviews with undecided items, due within the reminder time or overdue
    qint64 reviewsOverdue = 0; // of those, overdue
    qint64 undecidedItems = 0; // the undecided items of those reviews
    bool syncConfigured = false;
    std::optional<qint64> lastSyncAt; // end of the last run that ended well
    qint64 changesWaiting = 0; // outbox entries queued
    qint64 conflicts = 0; // open sync conflicts
    std::optional<qint64> newestEventAt; // the newest access event's time
    // Incidents (issue 17, point 9; TodayRepository::countIncidents).
    qint64 incidentsOpen = 0; // not closed
    qint64 incidentsSlaBreached = 0; // of those, past their due instant (IncidentSla)
    qint64 gdprClocksRunning = 0; // personal-data breaches with an aware-at and no first notification
    struct GdprClock
    {
        qint64 incidentId = 0;
        QString reference;
        qint64 deadline = 0;
    };
    std::optional<GdprClock> nearestGdprClock; // the earliest deadline of those, overdue ones first
    std::vector<TodayAttentionItem> attention; // in TodayAttentionItem::before order
};

} // namespace custodian
