#pragma once

#include "domain/BreachExposure.h"
#include "domain/BreachNotificationForm.h"
#include "domain/Result.h"
#include "domain/SubjectDecision.h"
#include "rules/RoleAssignmentWorkflow.h"

#include <QCoreApplication>
#include <QString>

namespace custodian {

class Database;

// A supervisor's decisions about an incident as a GDPR personal-data breach (issue 17, point 5;
// docs/incidents-gdpr.md). Each is ONE transaction holding its rows, ONE console-audit entry (target
// "incident:<id>", never a customer identifier in the detail) and its sync-outbox line (IncidentOutbox; the central
// service records it through this same workflow), and each writes in one function, so the incident's timeline entry
// can join the same transaction there. A refusal writes nothing and says why.
//
//  * recordAwareness: the incident is a personal-data breach, "aware at" an explicit instant — when there was
//    reasonable certainty that personal data was compromised: not in the future, not before the incident was
//    detected —, with a reason. Sets breach_established_at and the deadline (BreachNotificationClock).
//  * changeAwareness: moves a recorded aware-at, with a reason; the audit entry holds the old and the new instant.
//    Refused when it would make a first notification already sent late without the reasons for the delay.
//  * withdraw: not a personal-data breach after all, with a reason. The incident's breach columns are cleared (no
//    clock runs for it any more); its history stays, so the register still lists it as withdrawn (Art. 33(5)).
//  * notifyAuthority: one phase of the notification to the supervisory authority (Art. 33(4)), the Art. 33(3) form
//    as sent. The first phase stops the clock (authority_notified_at); made after the deadline it needs the reasons
//    for the delay (Art. 33(1)).
//  * decideSubjects: the Art. 34 decision — tell the data subjects (when, how), or not and on which ground; a change
//    needs a reason and names what it replaced.
class BreachWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(BreachWorkflow)

public:
    using Actor = RoleAssignmentWorkflow::Actor;

    static constexpr int MaxReasonLength = 2000;
    static constexpr int MaxTextLength = 10000; // each text of the form
    static constexpr int MaxReferenceLength = 200;

    struct Notification
    {
        BreachNotificationForm form;
        qint64 sentAt = 0; // when it went to the authority
        QString authorityReference; // the authority's case number, if it gave one
        QString delayReasons; // required for a first phase after the deadline
    };

    struct Notified
    {
        qint64 notificationId = 0;
        int phase = 0;
        bool late = false; // the first phase came after the deadline
    };

    // `now` < 0: Clock::nowMs(). Return the new deadline.
    [[nodiscard]] static Result<qint64> recordAwareness(Database& database, qint64 incidentId, qint64 awareAt,
                                                        const QString& reason, const Actor& actor, qint64 now = -1);
    [[nodiscard]] static Result<qint64> changeAwareness(Database& database, qint64 incidentId, qint64 awareAt,
                                                        const QString& reason, const Actor& actor, qint64 now = -1);
    [[nodiscard]] static Status withdraw(Database& database, qint64 incidentId, const QString& reason,
                                         const Actor& actor, qint64 now = -1);

    // The form pre-filled from the incident's linked events, for the supervisor to edit before recording; for a later
    // phase, the last phase's form as sent, with the counts only where it left a value out.
    [[nodiscard]] static Result<BreachNotificationForm> prefill(Database& database, qint64 incidentId);
    // The same from counts already read: (a)'s numbers and categories; the other texts stay for the supervisor.
    [[nodiscard]] static BreachNotificationForm prefilled(const BreachExposure& exposure);

    [[nodiscard]] static Result<Notified> notifyAuthority(Database& database, qint64 incidentId,
                                                          const Notification& notification, const Actor& actor,
                                                          qint64 now = -1);

    // `decision`'s notify, exemption, communicatedAt, means and reason are used; who and when are the actor and now.
    [[nodiscard]] static Status decideSubjects(Database& database, qint64 incidentId, const SubjectDecision& decision,
                                               const Actor& actor, qint64 now = -1);
};

} // namespace custodian
