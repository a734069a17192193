#pragma once

#include "domain/Result.h"
#include "store/ChoiceLists.h"
#include "ui/widgets/ActionDialog.h"

#include <functional>
#include <vector>

class QComboBox;
class QPlainTextEdit;

namespace custodian {

// Asks whom an escalated finding goes to (one of the supervisors this console knows) and what they should know, then
// runs `escalate`. The dialog names the finding it acts on. A refusal (no note, no recipient, a finding changed
// meanwhile) is shown in the dialog, which stays open with everything typed; nothing is written.
class EscalateFindingDialog : public ActionDialog
{
    Q_OBJECT
public:
    using Escalate = std::function<Status(const QString& note, qint64 recipientId)>;

    EscalateFindingDialog(const QString& subject, const std::vector<ChoiceLists::Choice>& supervisors,
                          Escalate escalate, QWidget* parent = nullptr);

    void setNote(const QString& text);
    // 0: no one chosen.
    void setRecipient(qint64 supervisorId);

private:
    [[nodiscard]] Status submit() override;

    Escalate m_escalate;
    QComboBox* m_recipient;
    QPlainTextEdit* m_note;
};

} // namespace custodian
