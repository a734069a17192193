#include "item/AccessTerms.h"

#include "domain/Vocabulary.h"

#include <QDateTime>

namespace custodian {

QString AccessTerms::action(AccessAction action)
{
    // Capitalised: the detail pane's heading and the session table start with it.
    return Vocabulary::sentence(Vocabulary::action(action));
}

QString AccessTerms::outcome(AccessOutcome outcome)
{
    return Vocabulary::outcome(outcome);
}

QString AccessTerms::dataClass(DataClass dataClass)
{
    return Vocabulary::dataClass(dataClass);
}

QString AccessTerms::dataClassFromCode(const QString& code)
{
    return Vocabulary::dataClassFromCode(code);
}

QString AccessTerms::channel(Channel channel)
{
    return Vocabulary::channel(channel);
}

QString AccessTerms::assignmentStatus(AssignmentStatus status)
{
    return Vocabulary::assignmentStatus(status);
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
