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
    case IncidentPhase::Detection:
        return QStringLiteral("detection");
    case IncidentPhase::Analysis:
        return QStringLiteral("analysis");
    case IncidentPhase::Containment:
        return QStringLiteral("containment");
    case IncidentPhase::Eradication:
        return QStringLiteral("eradication");
    case IncidentPhase::Recovery:
        return QStringLiteral("recovery");
    case IncidentPhase::PostIncident:
        return QStringLiteral("post_incident");
    case IncidentPhase::Closed:
        return QStringLiteral("closed");
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
