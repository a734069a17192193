#include "ui/incidents/BreachAwarenessDialog.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace custodian {

BreachAwarenessDialog::BreachAwarenessDialog(const QString& subject, qint64 initialAwareAt, Record record,
                                             QWidget* parent)
    : ActionDialog(parent)
    , m_record(std::move(record))
    , m_awareAt(new QDateTimeEdit(this))
    , m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("breachAwarenessDialog"));
    setWindowTitle(tr("Record aware-at"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(tr("%1\nAware at is when there was reasonable certainty that personal data was compromised. The "
                      "72-hour notification deadline (GDPR Art. 33) runs from it.")
                       .arg(subject));
    form->addRow(intro);
    m_awareAt->setObjectName(QStringLiteral("awareAt"));
    m_awareAt->setCalendarPopup(true);
    m_awareAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_awareAt->setDateTime(QDateTime::fromMSecsSinceEpoch(initialAwareAt));
    m_awareAt->setAccessibleName(tr("Aware at"));
    form->addRow(tr("&Aware at:"), m_awareAt);
    m_reason->setObjectName(QStringLiteral("awarenessReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("What made it certain (required)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumSize(420, 80);
    form->addRow(tr("&Reason:"), m_reason);
    addRefusalAndButtons(form, tr("Record"), QStringLiteral("recordButton"));
}

void BreachAwarenessDialog::setAwareAt(qint64 ms)
{
    m_awareAt->setDateTime(QDateTime::fromMSecsSinceEpoch(ms));
}

void BreachAwarenessDialog::setReason(const QString& text)
{
    m_reason->setPlainText(text);
}

Status BreachAwarenessDialog::submit()
{
    // The workflow decides what is refused, so the dialog and the rule cannot disagree.
    return m_record(m_awareAt->dateTime().toMSecsSinceEpoch(), m_reason->toPlainText());
}

} // namespace custodian
