#pragma once

#include "domain/Enums.h"
#include "domain/IncidentPhases.h"
#include "rules/BreachNotificationClock.h"
#include "rules/IncidentSla.h"

#include <QCoreApplication>
#include <QString>

namespace custodian {

// The words the Incidents page and its models show for an incident's codes and clocks, translated in one place so that
// the list, the detail and the tests say the same thing. States are said in words, never by colour alone. The closed
// vocabularies (phase, CSF function, impact, outcome) keep their words in Vocabulary; this class only puts them in the
// shape a list or a heading wants.
class IncidentTerms
{
    Q_DECLARE_TR_FUNCTIONS(IncidentTerms)

public:
    IncidentTerms() = delete;

    [[nodiscard]] static QString severity(Severity severity);
    [[nodiscard]] static QString phase(IncidentPhase phase);
    // "containing (Respond)": the phase with the CSF 2.0 function it serves.
    [[nodiscard]] static QString phaseWithFunction(IncidentPhase phase);
    [[nodiscard]] static QString impact(IncidentImpact impact);
    [[nodiscard]] static QString outcome(IncidentOutcome outcome);
    [[nodiscard]] static QString taskState(IncidentTaskState state);
    [[nodiscard]] static QString category(const QString& code);
    [[nodiscard]] static QString sla(const IncidentSla::Reading& reading);
    // The Art. 33 clock: the time left while it runs, "late" after; empty when it has not started.
    [[nodiscard]] static QString gdpr(const BreachNotificationClock::Reading& reading);
    // "3 d 4 h", "5 h 12 min", "40 min".
    [[nodiscard]] static QString duration(qint64 ms);
};

} // namespace custodian
