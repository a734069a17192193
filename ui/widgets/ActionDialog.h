#pragma once

#include "domain/Result.h"

#include <QDialog>

class QFormLayout;
class QLabel;

namespace custodian {

// A form dialog whose OK runs an action the rules may refuse (escalate a finding, record a GDPR decision). The rule
// decides what is missing, so the dialog and the rule cannot disagree: a refusal is shown in the dialog, above the
// buttons, and the dialog stays open with everything typed; nothing is written. A subclass builds its fields, then
// addRefusalAndButtons(), and says in submit() what OK runs. Tests fill the fields and press OK with accept().
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    // The refusal shown, or empty.
    [[nodiscard]] QString problem() const;

    void accept() override;

protected:
    explicit ActionDialog(QWidget* parent = nullptr);

    // The refusal's row (hidden until there is one) and OK/Cancel, the OK button named `okText` and `okObjectName`.
    void addRefusalAndButtons(QFormLayout* form, const QString& okText, const QString& okObjectName);
    // Runs the action with what was typed.
    [[nodiscard]] virtual Status submit() = 0;

private:
    QLabel* m_problem = nullptr;
};

} // namespace custodian
