#include "domain/Enums.h"

namespace custodian {

QString toString(DataClass value)
{
    switch (value) {
    case DataClass::None:
        return QStringLiteral("none");
    case DataClass::Pii:
        return QStringLiteral("pii");
    case DataClass::PaymentCard:
        return QStringLiteral("payment_card");
    case DataClass::Communications:
        return QStringLiteral("communications");
    }
    return {};
}

QString toString(AccessAction value)
{
    switch (value) {
    case AccessAction::View:
        return QStringLiteral("view");
    case AccessAction::Search:
        return QStringLiteral("search");
    case AccessAction::Update:
        return QStringLiteral("update");
    case AccessAction::Export:
        return QStringLiteral("export");
    case AccessAction::Print:
        return QStringLiteral("print");
    case AccessAction::Login:
        return QStringLiteral("login");
    case AccessAction::Logout:
        return QStringLiteral("logout");
    case AccessAction::BulkSearch:
        return QStringLiteral("bulk_search");
    }
    return {};
}

QString toString(AccessOutcome value)
{
    switch (value) {
    case AccessOutcome::Success:
        return QStringLiteral("success");
    case AccessOutcome::Denied:
        return QStringLiteral("denied");
    case AccessOutcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString toString(Channel value)
{
    switch (value) {
    case Channel::Voice:
        return QStringLiteral("voice");
    case Channel::Chat:
        return QStringLiteral("chat");
    case Channel::Email:
        return QStringLiteral("email");
    case Channel::BackOffice:
        return QStringLiteral("back_office");
    }
    return {};
}

QString toString(AgentStatus value)
{
    switch (value) {
    case AgentStatus::Active:
        return QStringLiteral("active");
    case AgentStatus::Suspended:
        return QStringLiteral("suspended");
    case AgentStatus::Departed:
        return QStringLiteral("departed");
    }
    return {};
}

QString toString(AssignmentStatus value)
{
    switch (value) {
    case AssignmentStatus::Pending:
        return QStringLiteral("pending");
    case AssignmentStatus::Active:
        return QStringLiteral("active");
    case AssignmentStatus::Rejected:
        return QStringLiteral("rejected");
    case AssignmentStatus::Revoked:
        return QStringLiteral("revoked");
    case AssignmentStatus::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString toString(Severity value)
{
    switch (value) {
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString toString(IncidentPhase value)
{
    switch (value) {
    case IncidentPhase::Declared:
        return QStringLiteral("declared");
    case IncidentPhase::Analysing:
        return QStringLiteral("analysing");
    case IncidentPhase::Containing:
        return QStringLiteral("containing");
    case IncidentPhase::Eradicating:
        return QStringLiteral("eradicating");
    case IncidentPhase::Recovering:
        return QStringLiteral("recovering");
    case IncidentPhase::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString toString(IncidentImpact value)
{
    switch (value) {
    case IncidentImpact::None:
        return QStringLiteral("none");
    case IncidentImpact::Minor:
        return QStringLiteral("minor");
    case IncidentImpact::Moderate:
        return QStringLiteral("moderate");
    case IncidentImpact::Major:
        return QStringLiteral("major");
    }
    return {};
}

QString toString(IncidentOutcome value)
{
    switch (value) {
    case IncidentOutcome::TruePositiveWithImpact:
        return QStringLiteral("true_positive_with_impact");
    case IncidentOutcome::TruePositiveWithoutImpact:
        return QStringLiteral("true_positive_without_impact");
    case IncidentOutcome::FalsePositive:
        return QStringLiteral("false_positive");
    case IncidentOutcome::Duplicate:
        return QStringLiteral("duplicate");
    case IncidentOutcome::Benign:
        return QStringLiteral("benign");
    }
    return {};
}

QString toString(IncidentTaskState value)
{
    switch (value) {
    case IncidentTaskState::Open:
        return QStringLiteral("open");
    case IncidentTaskState::Done:
        return QStringLiteral("done");
    case IncidentTaskState::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

QString toString(FindingStatus value)
{
    switch (value) {
    case FindingStatus::Open:
        return QStringLiteral("open");
    case FindingStatus::Acknowledged:
        return QStringLiteral("acknowledged");
    case FindingStatus::Dismissed:
        return QStringLiteral("dismissed");
    case FindingStatus::Escalated:
        return QStringLiteral("escalated");
    }
    return {};
}

QString toString(FindingKind value)
{
    switch (value) {
    case FindingKind::OffHours:
        return QStringLiteral("off_hours");
    case FindingKind::BulkAccess:
        return QStringLiteral("bulk_access");
    case FindingKind::FailedLoginBurst:
        return QStringLiteral("failed_login_burst");
    case FindingKind::PaymentDataWithoutTraining:
        return QStringLiteral("payment_data_without_training");
    case FindingKind::InactiveAgentAccess:
        return QStringLiteral("inactive_agent_access");
    case FindingKind::NewWorkstation:
        return QStringLiteral("new_workstation");
    case FindingKind::AccessBeyondRole:
        return QStringLiteral("access_beyond_role");
    case FindingKind::UntrainedRoleHolder:
        return QStringLiteral("untrained_role_holder");
    }
    return {};
}

QString toString(TrainingStatus value)
{
    switch (value) {
    case TrainingStatus::Assigned:
        return QStringLiteral("assigned");
    case TrainingStatus::Completed:
        return QStringLiteral("completed");
    case TrainingStatus::Failed:
        return QStringLiteral("failed");
    case TrainingStatus::Overdue:
        return QStringLiteral("overdue");
    case TrainingStatus::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

} // namespace custodian
