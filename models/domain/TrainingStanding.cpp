#include "domain/TrainingStanding.h"

namespace custodian {

QString toString(TrainingState state)
{
    switch (state) {
    case TrainingState::NotRequired:
        return QStringLiteral("not_required");
    case TrainingState::Compliant:
        return QStringLiteral("compliant");
    case TrainingState::DueSoon:
        return QStringLiteral("due_soon");
    case TrainingState::Pending:
        return QStringLiteral("pending");
    case TrainingState::Overdue:
        return QStringLiteral("overdue");
    case TrainingState::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

} // namespace custodian
