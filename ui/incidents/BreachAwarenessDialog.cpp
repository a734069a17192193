#include "ui/incidents/BreachAwarenessDialog.h"

#include "ui/widgets/Theme.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace custodian {

BreachAwarenessDialog::BreachAwarenessDialog(const QString& subject, qint64 initialAwareAt, Record record,
                                             QWidget* parent)
    : QDialog(parent)
    , m_record(std::move(record))
    , m_awareAt(new QDateTimeEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
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
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    Theme::setTone(m_problem, Theme::Tone::Error);
    m_problem->hide();
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordButton"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BreachAwarenessDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void BreachAwarenessDialog::setAwareAt(qint64 ms)
{
    m_awareAt->setDateTime(QDateTime::fromMSecsSinceEpoch(ms));
}

void BreachAwarenessDialog::setReason(const QString& text)
{
    m_reason->setPlainText(text);
}

QString BreachAwarenessDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void BreachAwarenessDialog::accept()
{
    m_problem->hide();
    // The workflow decides what is refused, so the dialog and the rule cannot disagree.
    if (auto status = m_record(m_awareAt->dateTime().toMSecsSinceEpoch(), m_reason->toPlainText()); !status) {
        m_problem->setText(status.error().message());
        m_problem->show();
        adjustSize();
        return;
    }
    QDialog::accept();
}

} // namespace custodian
