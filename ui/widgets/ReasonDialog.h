#pragma once

#include "domain/Result.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace custodian {

// Asks for the reason of one decision about a named subject (revoke, shorten, approve or reject a role; keep, revoke
// or shorten in a review; reveal a record) and runs it. The subject line says what the decision acts on, so that a
// supervisor never decides blind; the decision runs on OK, and a refusal (an empty reason, a rule the change breaks)
// is shown inline while the dialog stays open with everything typed and nothing written. A refusal goes as soon as
// the input changes. Tests fill it with setReason()/setNewEnd() and press OK with accept().
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    // Runs the decision with what was typed (`newEnd` only when askNewEnd() was called); an error keeps the dialog
    // open with its message.
    using Decide = std::function<Status(const QString& reason, std::optional<qint64> newEnd)>;

    ReasonDialog(const QString& title, const QString& subject, Decide decide, QWidget* parent = nullptr);

    // What the decision does, under the subject.
    void setIntro(const QString& text);
    void setReasonLabel(const QString& label, const QString& placeholder);
    void setAcceptText(const QString& text);
    // Adds a "new end" field (shortening), starting at `initialMs`.
    void askNewEnd(qint64 initialMs);

    void setReason(const QString& text);
    void setNewEnd(qint64 ms);
    [[nodiscard]] QString subject() const;
    [[nodiscard]] QString reason() const;
    // The refusal shown, or empty.
    [[nodiscard]] QString problem() const;

    void accept() override;

private:
    void clearProblem();

    Decide m_decide;
    QFormLayout* m_form;
    QLabel* m_subject;
    QLabel* m_intro;
    QLabel* m_reasonLabel;
    QPlainTextEdit* m_reason;
    QDateTimeEdit* m_newEnd = nullptr;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace custodian
