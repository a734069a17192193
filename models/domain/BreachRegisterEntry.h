#pragma once

#include "domain/SubjectDecision.h"

#include <QString>

#include <optional>

namespace custodian {

// One line of the breach register (GDPR Art. 33(5)): a personal-data breach as the store documents it, notified or
// not, and one that was withdrawn (found not to be a personal-data breach after all) with what it was before. Read by
// BreachRegisterReader; the clock's state is decided from these facts with BreachNotificationClock at the moment the
// register is read.
struct BreachRegisterEntry
{
    qint64 incidentId = 0;
    QString reference;
    QString title;
    bool withdrawn = false;
    // The aware-at in force; for a withdrawn breach, the one it had when it was withdrawn (none when the store never
    // knew one: an incident synced as a breach and withdrawn here keeps its own history only).
    std::optional<qint64> awareAt;
    std::optional<qint64> deadline; // notification_deadline_at; none once withdrawn (the clock rule gives the old one)
    std::optional<qint64> withdrawnAt;
    QString withdrawalReason;

    // Notifications to the supervisory authority (Art. 33(4) phases).
    std::optional<qint64> firstNotifiedAt; // the incident's authority_notified_at
    QString delayReasons; // of the first phase
    QString authorityReference; // of the first phase that has one
    int phases = 0;

    // The latest numbers a phase sent; while no phase gave any, the linked events' distinct records (and the same
    // number as the upper bound of data subjects: see BreachWorkflow::prefill).
    std::optional<qint64> recordsApprox;
    std::optional<qint64> subjectsApprox;
    bool countsFromNotification = false;

    std::optional<SubjectDecision> subjectDecision; // Art. 34, the decision in force
};

} // namespace custodian
