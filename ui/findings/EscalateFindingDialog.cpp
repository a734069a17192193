#include "ui/findings/EscalateFindingDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace custodian {

EscalateFindingDialog::EscalateFindingDialog(const QString& subject,
                                             const std::vector<ChoiceLists::Choice>& supervisors, Escalate escalate,
                                             QWidget* parent)
    : ActionDialog(parent)
    , m_escalate(std::move(escalate))
    , m_recipient(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
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
    addRefusalAndButtons(form, tr("Escalate"), QStringLiteral("escalateButton"));
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

Status EscalateFindingDialog::submit()
{
    // The workflow decides what is missing, so the dialog and the rule cannot disagree.
    return m_escalate(m_note->toPlainText(), m_recipient->currentData().toLongLong());
}

} // namespace custodian
