#pragma once

#include "domain/BreachNotificationForm.h"
#include "domain/Result.h"
#include "rules/BreachWorkflow.h"
#include "ui/widgets/ActionDialog.h"

#include <functional>
#include <optional>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace custodian {

// One phase of the notification to the supervisory authority (GDPR Art. 33(3)/(4)): the form pre-filled from the
// incident's linked events (BreachWorkflow::prefill), every value editable, when it was sent, the authority's
// reference, and the reasons for a delay. For a first phase sent after the deadline the reasons field says why it is
// required (Art. 33(1)) as soon as the sending time passes the deadline; BreachWorkflow refuses it without them, and
// the refusal is shown here with everything typed kept.
class BreachNotificationDialog : public ActionDialog
{
    Q_OBJECT
public:
    using Record = std::function<Status(const BreachWorkflow::Notification&)>;

    // `awareAt` set and `phase` 1: the clock this notification stops, for the lateness explanation.
    BreachNotificationDialog(const QString& subject, int phase, std::optional<qint64> awareAt,
                             const BreachNotificationForm& prefilled, qint64 sentAt, Record record,
                             QWidget* parent = nullptr);

    [[nodiscard]] BreachWorkflow::Notification notification() const;
    void setSentAt(qint64 ms);
    void setContactPoint(const QString& text);
    void setDelayReasons(const QString& text);
    // Whether the delay-reasons explanation is shown (the sending time is past the deadline of a first phase).
    [[nodiscard]] bool lateExplained() const;

private:
    [[nodiscard]] Status submit() override;
    void updateLateness();

    Record m_record;
    int m_phase;
    std::optional<qint64> m_awareAt;
    QPlainTextEdit* m_nature;
    QLineEdit* m_subjectCategories;
    QSpinBox* m_subjects;
    QLineEdit* m_recordCategories;
    QSpinBox* m_records;
    QLineEdit* m_contactPoint;
    QPlainTextEdit* m_consequences;
    QPlainTextEdit* m_measures;
    QDateTimeEdit* m_sentAt;
    QLineEdit* m_reference;
    QLabel* m_lateNote;
    QPlainTextEdit* m_delayReasons;
};

} // namespace custodian
