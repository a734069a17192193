#include "ui/widgets/ActionDialog.h"

#include "ui/widgets/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace custodian {

ActionDialog::ActionDialog(QWidget* parent)
    : QDialog(parent)
{
}

void ActionDialog::addRefusalAndButtons(QFormLayout* form, const QString& okText, const QString& okObjectName)
{
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    Theme::setTone(m_problem, Theme::Tone::Error);
    m_problem->hide();
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(okObjectName);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ActionDialog::problem() const
{
    return m_problem && !m_problem->isHidden() ? m_problem->text() : QString();
}

void ActionDialog::accept()
{
    m_problem->hide();
    if (auto status = submit(); !status) {
        m_problem->setText(status.error().message());
        m_problem->show();
        adjustSize(); // room for the message: nothing typed moves or is cut off
        return;
    }
    QDialog::accept();
}

} // namespace custodian
