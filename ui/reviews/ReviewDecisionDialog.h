#pragma once

#include "domain/Result.h"
#include "domain/ReviewCampaign.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;

namespace custodian {

// Asks for the justification of a review decision on one or many items (and the new end, for "shorten"), then
// runs `decide`. A refusal is shown in the dialog, which stays open with everything typed; nothing is written.
class ReviewDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    using Decide = std::function<Status(const QString& justification, std::optional<qint64> newValidUntil)>;

    ReviewDecisionDialog(ReviewDecision decision, int items, Decide decide, QWidget* parent = nullptr);

    void setJustification(const QString& text);
    void setNewValidUntil(qint64 ms);
    [[nodiscard]] QString problem() const;

    void accept() override;

private:
    ReviewDecision m_decision;
    Decide m_decide;
    QPlainTextEdit* m_justification;
    QDateTimeEdit* m_until = nullptr;
    QLabel* m_problem;
};

} // namespace custodian
