#pragma once

#include "domain/Enums.h"
#include "domain/IncidentPhases.h"
#include "domain/TrainingStanding.h"

#include <QCoreApplication>
#include <QString>

namespace custodian {

// The one place where the product's codes become words a supervisor reads: a data class, an access action, an
// outcome, a channel, an assignment's status. Tables, filter choices, finding summaries, review evidence and the
// CSV/PDF exports all ask here, so "payment card data" is never "PII" in one place and "payment" in another.
// It lives in models/domain because the store, the rules and the exports need the words as much as the pages do.
//
// Times follow one rule (docs/architecture.md, "Times and words"): exports and machine-readable text are UTC,
// what a page shows is the console's own zone, and a header or summary names its zone — timeHeader() writes it.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
public:
    Vocabulary() = delete;

    // Lower case, to sit inside a sentence or a cell; sentence() starts a sentence with it.
    [[nodiscard]] static QString dataClass(DataClass dataClass);
    // A data class as role_data_class stores it ('pii', 'payment_card', …); an unknown code is shown as it is.
    [[nodiscard]] static QString dataClassFromCode(const QString& code);
    [[nodiscard]] static QString action(AccessAction action);
    [[nodiscard]] static QString outcome(AccessOutcome outcome);
    [[nodiscard]] static QString channel(Channel channel);
    [[nodiscard]] static QString assignmentStatus(AssignmentStatus status);
    // An incident's phase (NIST SP 800-61 Rev. 3), impact and closing outcome; the CSF 2.0 function a phase serves.
    [[nodiscard]] static QString incidentPhase(IncidentPhase phase);
    [[nodiscard]] static QString incidentImpact(IncidentImpact impact);
    [[nodiscard]] static QString incidentOutcome(IncidentOutcome outcome);
    [[nodiscard]] static QString csfFunction(IncidentPhases::CsfFunction function);
    // An agent's standing in a training module ("compliant", "due soon", "overdue", …).
    [[nodiscard]] static QString trainingState(TrainingState state);

    // The word with its first letter in upper case, for the start of a sentence or a choice in a list.
    [[nodiscard]] static QString sentence(const QString& words);

    // The abbreviation of the console's own time zone now ("CET", "UTC").
    [[nodiscard]] static QString consoleZone();
    // A column heading or label that names the console's zone: "Time" -> "Time (CET)".
    [[nodiscard]] static QString timeHeader(const QString& title);
    // A heading for a time written in UTC: "Time" -> "Time (UTC)".
    [[nodiscard]] static QString utcHeader(const QString& title);
};

} // namespace custodian
