#include "item/AccessTerms.h"

#include <QDateTime>

namespace custodian {

QString AccessTerms::action(AccessAction action)
{
    switch (action) {
    case AccessAction::View:
        return tr("View");
    case AccessAction::Search:
        return tr("Search");
    case AccessAction::Update:
        return tr("Update");
    case AccessAction::Export:
        return tr("Export");
    case AccessAction::Print:
        return tr("Print");
    case AccessAction::Login:
        return tr("Log in");
    case AccessAction::Logout:
        return tr("Log out");
    case AccessAction::BulkSearch:
        return tr("Bulk search");
    }
    return tr("Action %1").arg(int(action));
}

QString AccessTerms::outcome(AccessOutcome outcome)
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

QString AccessTerms::dataClass(DataClass dataClass)
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

QString AccessTerms::dataClassFromCode(const QString& code)
{
    for (DataClass each : { DataClass::Pii, DataClass::PaymentCard, DataClass::Communications }) {
        if (code == toString(each))
            return dataClass(each);
    }
    return code;
}

QString AccessTerms::channel(Channel channel)
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

QString AccessTerms::assignmentStatus(AssignmentStatus status)
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
    return {};
}

QString AccessTerms::trainingState(AccessEventDetailRepository::TrainingState state)
{
    using State = AccessEventDetailRepository::TrainingState;
    switch (state) {
    case State::Valid:
        return tr("Valid");
    case State::Expired:
        return tr("Expired");
    case State::Failed:
        return tr("Failed");
    case State::Overdue:
        return tr("Overdue");
    case State::Assigned:
        return tr("Assigned, not yet due");
    case State::Never:
        return tr("Never trained");
    }
    return {};
}

QString AccessTerms::dateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString AccessTerms::date(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms).toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

} // namespace custodian
