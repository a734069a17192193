#include "ui/findings/EscalateFindingDialog.h"

#include "ui/widgets/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace custodian {

EscalateFindingDialog::EscalateFindingDialog(const QString& subject,
                                             const std::vector<ChoiceLists::Choice>& supervisors, Escalate escalate,
                                             QWidget* parent)
    : QDialog(parent)
    , m_escalate(std::move(escalate))
    , m_recipient(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("escalateFindingDialog"));
    setWindowTitle(tr("Escalate finding"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("escalationSubject"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(tr("%1\nThe supervisor you choose takes it over; your note and their name are kept with the finding "
                      "and in the console audit.")
                       .arg(subject));
    form->addRow(intro);
    // No one is preselected: whom an escalation goes to is a decision, not a default.
    m_recipient->setObjectName(QStringLiteral("escalationRecipient"));
    m_recipient->addItem(tr("Choose a supervisor…"), qint64(0));
    for (const ChoiceLists::Choice& supervisor : supervisors)
        m_recipient->addItem(supervisor.label, supervisor.id);
    form->addRow(tr("&Goes to:"), m_recipient);
    m_note->setObjectName(QStringLiteral("escalationNote"));
    m_note->setPlaceholderText(tr("What the recipient should know (required)"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumSize(420, 90);
    form->addRow(tr("&Note:"), m_note);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    Theme::setTone(m_problem, Theme::Tone::Error);
    m_problem->hide();
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Escalate"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("escalateButton"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EscalateFindingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void EscalateFindingDialog::setNote(const QString& text)
{
    m_note->setPlainText(text);
}

void EscalateFindingDialog::setRecipient(qint64 supervisorId)
{
    const int index = m_recipient->findData(supervisorId);
    m_recipient->setCurrentIndex(index >= 0 ? index : 0);
}

QString EscalateFindingDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void EscalateFindingDialog::accept()
{
    m_problem->hide();
    // The workflow decides what is missing, so the dialog and the rule cannot disagree.
    if (auto status = m_escalate(m_note->toPlainText(), m_recipient->currentData().toLongLong()); !status) {
        m_problem->setText(status.error().message());
        m_problem->show();
        adjustSize(); // room for the message: nothing typed moves or is cut off
        return;
    }
    QDialog::accept();
}

} // namespace custodian
