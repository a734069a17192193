#pragma once

#include "domain/Result.h"
#include "domain/SubjectDecision.h"
#include "ui/widgets/ActionDialog.h"

#include <functional>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace custodian {

// The GDPR Art. 34 decision of a personal-data breach: tell the data subjects (how, when) or not, and on which ground
// — Art. 34(3)(a), (b), (c) (then a public communication, its how required) or no high risk —, with a reason. The
// choices are the exemptions' names in words; BreachWorkflow::decideSubjects decides what is missing, and its refusal
// is shown here with everything kept.
class SubjectDecisionDialog : public ActionDialog
{
    Q_OBJECT
public:
    using Record = std::function<Status(const SubjectDecision&)>;

    SubjectDecisionDialog(const QString& subject, const std::optional<SubjectDecision>& current, qint64 now,
                          Record record, QWidget* parent = nullptr);

    // nullopt: tell the data subjects.
    void setExemption(std::optional<SubjectExemption> exemption);
    void setMeans(const QString& text);
    void setReason(const QString& text);
    [[nodiscard]] SubjectDecision decision() const;

private:
    [[nodiscard]] Status submit() override;
    void updateFields();

    Record m_record;
    QComboBox* m_choice;
    QDateTimeEdit* m_communicatedAt;
    QLineEdit* m_means;
    QPlainTextEdit* m_reason;
};

} // namespace custodian
