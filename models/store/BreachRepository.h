#pragma once

#include "domain/BreachNotificationForm.h"
#include "domain/Result.h"
#include "domain/SubjectDecision.h"

#include <QString>

#include <optional>

namespace custodian {

class Database;

// The SQL of the GDPR Art. 33/34 record of an incident (docs/incidents-gdpr.md): the incident's breach columns and the
// tables of schema version 16 (incident_breach_awareness, incident_breach_notification, incident_subject_decision).
// Runs inside the caller's transaction (BreachWorkflow); the decisions are the workflow's.
class BreachRepository
{
public:
    // What a decision about the incident's breach needs to know of it.
    struct IncidentFacts
    {
        qint64 id = 0;
        QString reference;
        qint64 detectedAt = 0;
        bool personalDataBreach = false;
        std::optional<qint64> awareAt; // breach_established_at
        std::optional<qint64> authorityNotifiedAt;
    };

    struct Notification
    {
        qint64 incidentId = 0;
        int phase = 1;
        qint64 sentAt = 0;
        qint64 recordedAt = 0;
        qint64 recordedBy = 0;
        QString authorityReference; // empty: none
        QString delayReasons; // empty: none
        BreachNotificationForm form;
    };

    explicit BreachRepository(Database& database);

    [[nodiscard]] Result<std::optional<IncidentFacts>> incident(qint64 incidentId);

    // Sets the incident's breach columns: a breach aware at `awareAt` with its deadline, or (nothing) not a breach,
    // the aware-at and deadline cleared so that no reader of the columns runs a clock for it. The incident's version
    // moves on, as for every local change of a row that syncs.
    [[nodiscard]] Status setBreach(qint64 incidentId, std::optional<qint64> awareAt, std::optional<qint64> deadline);
    // One row of the aware-at's history: kind "recorded", "changed" or "withdrawn".
    [[nodiscard]] Status addAwareness(qint64 incidentId, const QString& kind, std::optional<qint64> awareAt,
                                      std::optional<qint64> previousAwareAt, const QString& reason, qint64 at,
                                      qint64 by);

    // The phase the next notification of this incident is (1 for the first).
    [[nodiscard]] Result<int> nextPhase(qint64 incidentId);
    // When the last phase so far was sent, if any.
    [[nodiscard]] Result<std::optional<qint64>> lastSentAt(qint64 incidentId);
    [[nodiscard]] Result<qint64> addNotification(const Notification& notification);
    [[nodiscard]] Status setAuthorityNotified(qint64 incidentId, qint64 at);
    // The form as the last phase sent it, if any phase was sent.
    [[nodiscard]] Result<std::optional<BreachNotificationForm>> lastForm(qint64 incidentId);

    [[nodiscard]] Result<std::optional<SubjectDecision>> subjectDecision(qint64 incidentId);
    [[nodiscard]] Result<qint64> addSubjectDecision(qint64 incidentId, const SubjectDecision& decision);

private:
    Database& m_database;
};

} // namespace custodian
