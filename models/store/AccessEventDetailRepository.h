#pragma once

#include "domain/AccessEvent.h"
#include "domain/Enums.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// Everything the access page's detail pane shows about one access event, read in one go on the caller's
// (worker) connection: the event with its agent, team, site, workstation and masked record; the agent's role
// assignments AT THE MOMENT OF THE EVENT; their training status at that moment for every module those roles
// require; and the other events of the same session around it. Every query is a primary-key or index look-up
// bounded by one agent, so the cost does not grow with the size of access_event (see the .cpp).
//
// "Held at t" (t = the event's occurred_at) is AssignmentInForce's point-in-time rule (heldAt): from the
// assignment's change history when it has one, so a grant revoked or expired since was held at t if it was active
// then, and a grant approved after t (still pending at t) or rejected was not.
//
// Training at t, per module required by a role held at t (precedence top-down):
//   Valid    a passed completion with completed_at ≤ t < expires_at (expires_at missing: completed_at + validity);
//   Expired  passed before t, but every pass had expired by t;
//   Failed   only failed attempts completed by t;
//   Overdue  assigned by t, not completed by t, due_at ≤ t;
//   Assigned assigned by t, not completed by t, not yet due;
//   Never    no record of this module before t.
class AccessEventDetailRepository
{
    Q_DECLARE_TR_FUNCTIONS(AccessEventDetailRepository)

public:
    struct Options
    {
        // Other events of the session: at most this many, around the event (half before, half after, the rest
        // filled from the side that has more).
        int sessionEventCap = 500;
        // A session lies within one shift (at most 12 h here); the look-up scans the agent's events this far on
        // each side of the event and keeps those of the session.
        qint64 sessionWindowMs = 16ll * 3600 * 1000;
    };

    struct RoleAtTime
    {
        qint64 assignmentId = 0;
        qint64 roleId = 0;
        QString roleCode;
        QString roleName;
        bool sensitive = false;
        qint64 validFrom = 0;
        std::optional<qint64> validUntilAtTime; // as it stood at the event
        std::optional<qint64> approvedAt;
        AssignmentStatus currentStatus = AssignmentStatus::Active; // today, for "since revoked" and the like
        std::optional<qint64> endedAt; // today's ended_at (revoked, expired) — may be after the event
        QString sodExceptionReason;
        QStringList dataClasses; // what the role allows: 'pii', 'payment_card', …
    };

    enum class TrainingState { Valid, Expired, Failed, Overdue, Assigned, Never };

    struct TrainingAtTime
    {
        qint64 moduleId = 0;
        QString code;
        QString title;
        QString framework;
        QString controlRef;
        QStringList requiredBy; // codes of the held roles that require it
        TrainingState state = TrainingState::Never;
        std::optional<qint64> completedAt; // the pass (Valid/Expired) or the failed attempt (Failed)
        std::optional<qint64> expiresAt; // Valid/Expired
        std::optional<qint64> dueAt; // an assignment open at the event (any state)
    };

    struct SessionEvent
    {
        qint64 id = 0;
        qint64 occurredAt = 0;
        AccessAction action = AccessAction::View;
        AccessOutcome outcome = AccessOutcome::Success;
        DataClass dataClass = DataClass::None;
        Channel channel = Channel::Voice;
        qint64 recordId = 0; // 0: none
        QString recordMasked;
        QString recordKind;
        QString workstation; // hostname
    };

    // A finding this event is evidence of (finding_evidence).
    struct EventFinding
    {
        qint64 id = 0;
        FindingKind kind = FindingKind::OffHours;
        FindingStatus status = FindingStatus::Open;
        Severity severity = Severity::Low;
    };

    struct Detail
    {
        AccessEvent event;
        std::vector<EventFinding> findings; // by kind, then id

        bool agentKnown = false; // false: no agent row for event.agentId (an orphan reported by verify)
        QString agentName;
        QString employeeNo;
        AgentStatus agentStatusNow = AgentStatus::Active;
        AgentStatus agentStatusAtTime = AgentStatus::Active; // departed/suspended at or before the event
        qint64 hiredAt = 0;
        std::optional<qint64> departedAt;
        std::optional<qint64> statusChangedAt;
        QString teamName;
        QString siteCode;
        QString siteName;
        QString siteTimezone; // IANA name
        QString shiftName;
        QString managerName;

        QString workstationHostname; // empty: none or unknown
        QString workstationSiteName;

        bool recordKnown = false; // event.recordId != 0 and the record row exists
        QString recordKind;
        QString recordMasked;
        DataClass recordDataClass = DataClass::None;
        bool recordSealed = false; // the store holds the sealed identifier: it can be revealed

        std::vector<RoleAtTime> roles; // held at the event, by valid_from
        std::vector<TrainingAtTime> training; // modules required by those roles, by module id
        std::vector<SessionEvent> sessionEvents; // in time order, the event itself included
        bool moreSessionEventsBefore = false;
        bool moreSessionEventsAfter = false;
    };

    // Error::Code::NotFound when there is no such event.
    [[nodiscard]] static Result<Detail> load(Database& database, qint64 eventId, const Options& options);
    [[nodiscard]] static Result<Detail> load(Database& database, qint64 eventId) { return load(database, eventId, {}); }

    // The SQL of each look-up, for tests that check their query plans use the indexes named in the .cpp.
    [[nodiscard]] static QStringList queriesForPlanCheck();
};

} // namespace custodian
