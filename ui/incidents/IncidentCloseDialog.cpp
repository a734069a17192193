#include "ui/incidents/IncidentCloseDialog.h"

#include "item/IncidentTerms.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace custodian {

IncidentCloseDialog::IncidentCloseDialog(const QString& reference, QWidget* parent)
    : QDialog(parent)
    , m_outcome(new QComboBox(this))
    , m_summary(new QPlainTextEdit(this))
    , m_duplicateOf(new QLineEdit(this))
{
    setObjectName(QStringLiteral("incidentCloseDialog"));
    setWindowTitle(tr("Close %1").arg(reference));
    m_outcome->setObjectName(QStringLiteral("incidentCloseOutcome"));
    for (IncidentOutcome outcome :
         { IncidentOutcome::TruePositiveWithImpact, IncidentOutcome::TruePositiveWithoutImpact,
           IncidentOutcome::FalsePositive, IncidentOutcome::Duplicate, IncidentOutcome::Benign })
        m_outcome->addItem(IncidentTerms::outcome(outcome), int(outcome));
    m_summary->setObjectName(QStringLiteral("incidentCloseSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What happened, what was done, what was learned"));
    m_duplicateOf->setObjectName(QStringLiteral("incidentCloseDuplicateOf"));
    m_duplicateOf->setPlaceholderText(tr("INC-YYYY-NNNN"));

    auto* intro = new QLabel(
        tr("Closing needs an outcome and a summary; open mandatory tasks keep the incident open. The summary goes into "
           "the timeline."),
        this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Close incident"));
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Duplicate of:"), m_duplicateOf);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &IncidentCloseDialog::outcomeChanged);
    outcomeChanged();
}

void IncidentCloseDialog::outcomeChanged()
{
    m_duplicateOf->setEnabled(outcome() == IncidentOutcome::Duplicate);
}

IncidentOutcome IncidentCloseDialog::outcome() const
{
    return IncidentOutcome(m_outcome->currentData().toInt());
}

QString IncidentCloseDialog::summary() const
{
    return m_summary->toPlainText().trimmed();
}

QString IncidentCloseDialog::duplicateOfReference() const
{
    return outcome() == IncidentOutcome::Duplicate ? m_duplicateOf->text().trimmed() : QString();
}

void IncidentCloseDialog::setOutcome(IncidentOutcome outcome)
{
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(int(outcome))));
}

void IncidentCloseDialog::setSummary(const QString& text)
{
    m_summary->setPlainText(text);
}

void IncidentCloseDialog::setDuplicateOfReference(const QString& reference)
{
    m_duplicateOf->setText(reference);
}

} // namespace custodian
