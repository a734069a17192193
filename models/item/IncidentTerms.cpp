#include "item/IncidentTerms.h"

#include "domain/Vocabulary.h"
#include "rules/IncidentTemplates.h"

#include <cstdlib>

namespace custodian {

QString IncidentTerms::severity(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QString IncidentTerms::phase(IncidentPhase phase)
{
    // Vocabulary keeps the words; a list or a heading shows them as a choice, starting upper case.
    return Vocabulary::sentence(Vocabulary::incidentPhase(phase));
}

QString IncidentTerms::phaseWithFunction(IncidentPhase phase)
{
    return tr("%1 (%2)").arg(IncidentTerms::phase(phase), Vocabulary::csfFunction(IncidentPhases::csfFunction(phase)));
}

QString IncidentTerms::impact(IncidentImpact impact)
{
    // "None" stands alone in a choice where Vocabulary's "no impact" sits inside a sentence.
    if (impact == IncidentImpact::None)
        return tr("None");
    return Vocabulary::sentence(Vocabulary::incidentImpact(impact));
}

QString IncidentTerms::outcome(IncidentOutcome outcome)
{
    return Vocabulary::sentence(Vocabulary::incidentOutcome(outcome));
}

QString IncidentTerms::taskState(IncidentTaskState state)
{
    switch (state) {
    case IncidentTaskState::Open:
        return tr("Open");
    case IncidentTaskState::Done:
        return tr("Done");
    case IncidentTaskState::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

QString IncidentTerms::category(const QString& code)
{
    for (const IncidentTemplates::Category& category : IncidentTemplates::categories()) {
        if (category.code == code)
            return category.name;
    }
    // A category the central service knows and this console does not: its code, rather than nothing.
    return code;
}

QString IncidentTerms::sla(const IncidentSla::Reading& reading)
{
    switch (reading.state) {
    case IncidentSla::State::OnTrack:
        return tr("On track");
    case IncidentSla::State::DueSoon:
        return tr("Due soon (%1 left)").arg(duration(reading.remainingMs));
    case IncidentSla::State::Breached:
        return tr("Breached (%1 late)").arg(duration(-reading.remainingMs));
    case IncidentSla::State::MetAt:
        return tr("Met");
    case IncidentSla::State::ClosedLate:
        return tr("Closed late");
    }
    return {};
}

QString IncidentTerms::gdpr(const BreachNotificationClock::Reading& reading)
{
    switch (reading.state) {
    case BreachNotificationClock::State::NotStarted:
        return {};
    case BreachNotificationClock::State::Running:
    case BreachNotificationClock::State::Urgent:
        return tr("%1 left").arg(duration(reading.remainingMs));
    case BreachNotificationClock::State::Overdue:
        return tr("Late (%1)").arg(duration(-reading.remainingMs));
    case BreachNotificationClock::State::NotifiedInTime:
        return tr("Notified in time");
    case BreachNotificationClock::State::NotifiedLate:
        return tr("Notified late");
    }
    return {};
}

QString IncidentTerms::duration(qint64 ms)
{
    const qint64 minutes = std::llabs(ms) / 60'000;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours % 24);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 min").arg(minutes);
}

} // namespace custodian
