#include "domain/Vocabulary.h"

#include "domain/Clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace custodian {

QString Vocabulary::dataClass(DataClass dataClass)
{
    switch (dataClass) {
    case DataClass::None:
        return tr("no customer data");
    case DataClass::Pii:
        return tr("personal data");
    case DataClass::PaymentCard:
        return tr("payment card data");
    case DataClass::Communications:
        return tr("communications");
    }
    return tr("data class %1").arg(int(dataClass));
}

QString Vocabulary::dataClassFromCode(const QString& code)
{
    for (DataClass each : { DataClass::None, DataClass::Pii, DataClass::PaymentCard, DataClass::Communications }) {
        if (code == toString(each))
            return dataClass(each);
    }
    return code;
}

QString Vocabulary::action(AccessAction action)
{
    switch (action) {
    case AccessAction::View:
        return tr("view");
    case AccessAction::Search:
        return tr("search");
    case AccessAction::Update:
        return tr("update");
    case AccessAction::Export:
        return tr("export");
    case AccessAction::Print:
        return tr("print");
    case AccessAction::Login:
        return tr("log in");
    case AccessAction::Logout:
        return tr("log out");
    case AccessAction::BulkSearch:
        return tr("bulk search");
    }
    return tr("action %1").arg(int(action));
}

QString Vocabulary::outcome(AccessOutcome outcome)
{
    switch (outcome) {
    case AccessOutcome::Success:
        return tr("success");
    case AccessOutcome::Denied:
        return tr("denied");
    case AccessOutcome::Failed:
        return tr("failed");
    }
    return tr("outcome %1").arg(int(outcome));
}

QString Vocabulary::channel(Channel channel)
{
    switch (channel) {
    case Channel::Voice:
        return tr("voice");
    case Channel::Chat:
        return tr("chat");
    case Channel::Email:
        return tr("e-mail");
    case Channel::BackOffice:
        return tr("back office");
    }
    return tr("channel %1").arg(int(channel));
}

QString Vocabulary::assignmentStatus(AssignmentStatus status)
{
    switch (status) {
    case AssignmentStatus::Pending:
        return tr("pending");
    case AssignmentStatus::Active:
        return tr("active");
    case AssignmentStatus::Rejected:
        return tr("rejected");
    case AssignmentStatus::Revoked:
        return tr("revoked");
    case AssignmentStatus::Expired:
        return tr("expired");
    }
    return tr("status %1").arg(int(status));
}

QString Vocabulary::incidentPhase(IncidentPhase phase)
{
    switch (phase) {
    case IncidentPhase::Declared:
        return tr("declared");
    case IncidentPhase::Analysing:
        return tr("analysing");
    case IncidentPhase::Containing:
        return tr("containing");
    case IncidentPhase::Eradicating:
        return tr("eradicating");
    case IncidentPhase::Recovering:
        return tr("recovering");
    case IncidentPhase::Closed:
        return tr("closed");
    }
    return tr("phase %1").arg(int(phase));
}

QString Vocabulary::incidentImpact(IncidentImpact impact)
{
    switch (impact) {
    case IncidentImpact::None:
        return tr("no impact");
    case IncidentImpact::Minor:
        return tr("minor");
    case IncidentImpact::Moderate:
        return tr("moderate");
    case IncidentImpact::Major:
        return tr("major");
    }
    return tr("impact %1").arg(int(impact));
}

QString Vocabulary::incidentOutcome(IncidentOutcome outcome)
{
    switch (outcome) {
    case IncidentOutcome::TruePositiveWithImpact:
        return tr("true positive with impact");
    case IncidentOutcome::TruePositiveWithoutImpact:
        return tr("true positive without impact");
    case IncidentOutcome::FalsePositive:
        return tr("false positive");
    case IncidentOutcome::Duplicate:
        return tr("duplicate");
    case IncidentOutcome::Benign:
        return tr("benign or expected activity");
    }
    return tr("outcome %1").arg(int(outcome));
}

QString Vocabulary::csfFunction(IncidentPhases::CsfFunction function)
{
    switch (function) {
    case IncidentPhases::CsfFunction::Detect:
        return tr("Detect");
    case IncidentPhases::CsfFunction::Respond:
        return tr("Respond");
    case IncidentPhases::CsfFunction::Recover:
        return tr("Recover");
    case IncidentPhases::CsfFunction::Improve:
        return tr("Improve");
    }
    return {};
}

QString Vocabulary::trainingState(TrainingState state)
{
    switch (state) {
    case TrainingState::NotRequired:
        return tr("not required");
    case TrainingState::Compliant:
        return tr("compliant");
    case TrainingState::DueSoon:
        return tr("due soon");
    case TrainingState::Pending:
        return tr("pending");
    case TrainingState::Overdue:
        return tr("overdue");
    case TrainingState::Expired:
        return tr("expired");
    }
    return tr("state %1").arg(int(state));
}

QString Vocabulary::sentence(const QString& words)
{
    if (words.isEmpty())
        return words;
    return words.left(1).toUpper() + words.mid(1);
}

QString Vocabulary::consoleZone()
{
    // The zone the console's clock shows now (summer and winter time differ), as the table cells are written.
    const QString zone = QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).timeZoneAbbreviation();
    return zone.isEmpty() ? tr("local time") : zone;
}

QString Vocabulary::timeHeader(const QString& title)
{
    return tr("%1 (%2)").arg(title, consoleZone());
}

QString Vocabulary::utcHeader(const QString& title)
{
    return tr("%1 (UTC)").arg(title);
}

} // namespace custodian
