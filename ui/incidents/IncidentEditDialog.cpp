#include "ui/incidents/IncidentEditDialog.h"

#include "item/IncidentTerms.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace custodian {

IncidentEditDialog::IncidentEditDialog(const IncidentRepository::Incident& incident,
                                       const std::vector<ChoiceLists::Choice>& supervisors, QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit(incident.title, this))
    , m_severity(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_impact(new QComboBox(this))
    , m_description(new QPlainTextEdit(incident.description, this))
{
    setObjectName(QStringLiteral("incidentEditDialog"));
    setWindowTitle(tr("Edit %1").arg(incident.reference));
    m_title->setObjectName(QStringLiteral("incidentEditTitle"));
    m_severity->setObjectName(QStringLiteral("incidentEditSeverity"));
    for (Severity severity : { Severity::Low, Severity::Medium, Severity::High, Severity::Critical })
        m_severity->addItem(IncidentTerms::severity(severity), int(severity));
    setSeverity(incident.severity);
    m_owner->setObjectName(QStringLiteral("incidentEditOwner"));
    for (const ChoiceLists::Choice& supervisor : supervisors)
        m_owner->addItem(supervisor.label, supervisor.id);
    if (m_owner->findData(incident.assigneeId) < 0)
        m_owner->addItem(incident.assigneeId ? incident.assigneeName : tr("Unassigned"), incident.assigneeId);
    m_owner->setCurrentIndex(m_owner->findData(incident.assigneeId));
    m_impact->setObjectName(QStringLiteral("incidentEditImpact"));
    m_impact->addItem(tr("Not assessed yet"), 0);
    for (IncidentImpact impact :
         { IncidentImpact::None, IncidentImpact::Minor, IncidentImpact::Moderate, IncidentImpact::Major })
        m_impact->addItem(IncidentTerms::impact(impact), int(impact));
    m_impact->setCurrentIndex(std::max(0, m_impact->findData(incident.impact ? int(*incident.impact) : 0)));
    m_description->setObjectName(QStringLiteral("incidentEditDescription"));
    m_description->setTabChangesFocus(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Impact:"), m_impact);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

IncidentRepository::Fields IncidentEditDialog::fields() const
{
    IncidentRepository::Fields fields;
    fields.title = m_title->text().trimmed();
    fields.description = m_description->toPlainText();
    fields.severity = Severity(m_severity->currentData().toInt());
    fields.assigneeId = m_owner->currentData().toLongLong();
    if (const int impact = m_impact->currentData().toInt(); impact > 0)
        fields.impact = IncidentImpact(impact);
    return fields;
}

void IncidentEditDialog::setTitle(const QString& title)
{
    m_title->setText(title);
}

void IncidentEditDialog::setSeverity(Severity severity)
{
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(int(severity))));
}

} // namespace custodian
