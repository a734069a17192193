#pragma once

#include "domain/Result.h"
#include "ui/widgets/ActionDialog.h"

#include <functional>

class QDateTimeEdit;
class QPlainTextEdit;

namespace custodian {

// Asks when the organisation became aware of a personal-data breach — reasonable certainty that personal data was
// compromised, not when the incident was opened — and why, then runs `record`. BreachWorkflow decides what is
// refused (a future instant, one before detection, no reason); the refusal is shown here and the dialog stays open
// with everything typed.
class BreachAwarenessDialog : public ActionDialog
{
    Q_OBJECT
public:
    using Record = std::function<Status(qint64 awareAt, const QString& reason)>;

    BreachAwarenessDialog(const QString& subject, qint64 initialAwareAt, Record record, QWidget* parent = nullptr);

    void setAwareAt(qint64 ms);
    void setReason(const QString& text);

private:
    [[nodiscard]] Status submit() override;

    Record m_record;
    QDateTimeEdit* m_awareAt;
    QPlainTextEdit* m_reason;
};

} // namespace custodian
