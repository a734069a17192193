#pragma once

#include "domain/Enums.h"
#include "store/AccessEventDetailRepository.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace custodian {

// The words a supervisor reads for the access log's codes (an action, an outcome, a data class, a channel, an
// assignment's status, a training state) and its dates, for the detail pane and its models. The code words come
// from Vocabulary (models/domain), the product's one source of them; this class adds what only the pane needs.
class AccessTerms
{
    Q_DECLARE_TR_FUNCTIONS(AccessTerms)
public:
    AccessTerms() = delete;

    [[nodiscard]] static QString action(AccessAction action);
    [[nodiscard]] static QString outcome(AccessOutcome outcome);
    [[nodiscard]] static QString dataClass(DataClass dataClass);
    // A data class as role_data_class stores it ('pii', 'payment_card', …); an unknown code is shown as it is.
    [[nodiscard]] static QString dataClassFromCode(const QString& code);
    [[nodiscard]] static QString channel(Channel channel);
    [[nodiscard]] static QString assignmentStatus(AssignmentStatus status);
    [[nodiscard]] static QString trainingState(AccessEventDetailRepository::TrainingState state);

    // Console-local time with its zone, so that a supervisor comparing with another tool knows which clock it is.
    [[nodiscard]] static QString dateTime(qint64 ms);
    // The day alone; empty when there is none.
    [[nodiscard]] static QString date(std::optional<qint64> ms);
};

} // namespace custodian
