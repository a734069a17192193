#include "ui/widgets/IncidentTargetDialog.h"

#include "rules/FindingCatalogue.h"
#include "rules/IncidentTemplates.h"
#include "ui/widgets/Theme.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace custodian {

IncidentTargetDialog::IncidentTargetDialog(const QString& subject, const IncidentWorkflow::OpenDraft& draft,
                                           const std::vector<ChoiceLists::Choice>& supervisors, QWidget* parent)
    : QDialog(parent)
    , m_prefill(draft)
{
    setWindowTitle(tr("Open incident"));
    auto* form = new QWidget(this);
    auto* fields = new QFormLayout(form);
    m_title = new QLineEdit(draft.title, form);
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_title->setMaxLength(IncidentWorkflow::MaxTitleLength);
    m_category = new QComboBox(form);
    m_category->setObjectName(QStringLiteral("incidentCategory"));
    for (const IncidentTemplates::Category& category : IncidentTemplates::categories())
        m_category->addItem(category.name, category.code);
    m_category->setCurrentIndex(std::max(0, m_category->findData(draft.category)));
    m_severity = new QComboBox(form);
    m_severity->setObjectName(QStringLiteral("incidentSeverity"));
    for (const Severity severity : { Severity::Low, Severity::Medium, Severity::High, Severity::Critical })
        m_severity->addItem(FindingCatalogue::severityName(severity), int(severity));
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(int(draft.severity))));
    m_owner = new QComboBox(form);
    m_owner->setObjectName(QStringLiteral("incidentOwner"));
    m_owner->addItem(tr("Choose the owner…"), qint64(0));
    for (const ChoiceLists::Choice& supervisor : supervisors)
        m_owner->addItem(supervisor.label, supervisor.id);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(draft.ownerId)));
    m_detectedAt = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(draft.detectedAt), form);
    m_detectedAt->setObjectName(QStringLiteral("incidentDetectedAt"));
    m_detectedAt->setCalendarPopup(true);
    m_detectedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    fields->addRow(tr("&Title:"), m_title);
    fields->addRow(tr("&Category:"), m_category);
    fields->addRow(tr("&Severity:"), m_severity);
    fields->addRow(tr("&Owner:"), m_owner);
    fields->addRow(tr("&Detected at:"), m_detectedAt);
    m_title->setAccessibleName(tr("Title"));
    m_category->setAccessibleName(tr("Category"));
    m_severity->setAccessibleName(tr("Severity"));
    m_owner->setAccessibleName(tr("Owner"));
    m_detectedAt->setAccessibleName(tr("Detected at"));
    build(subject, form);
}

IncidentTargetDialog::IncidentTargetDialog(const QString& subject, const std::vector<OpenIncident>& incidents,
                                           QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add to incident"));
    auto* form = new QWidget(this);
    auto* fields = new QFormLayout(form);
    m_incident = new QComboBox(form);
    m_incident->setObjectName(QStringLiteral("incidentChoice"));
    m_incident->setAccessibleName(tr("Incident"));
    m_incident->addItem(tr("Choose an open incident…"), qint64(0));
    for (const OpenIncident& incident : incidents)
        m_incident->addItem(incident.heldEvents > 0
                                ? tr("%1 — %2 (holds %n of these events)", nullptr, int(incident.heldEvents))
                                      .arg(incident.reference, incident.title)
                                : tr("%1 — %2").arg(incident.reference, incident.title),
                            incident.id);
    // The incident already holding some of the evidence is the likely one: offered first, and chosen.
    if (!incidents.empty() && incidents.front().heldEvents > 0)
        m_incident->setCurrentIndex(1);
    fields->addRow(tr("&Incident:"), m_incident);
    build(subject, form);
}

void IncidentTargetDialog::build(const QString& subject, QWidget* form)
{
    auto* layout = new QVBoxLayout(this);
    auto* said = new QLabel(subject, this);
    said->setObjectName(QStringLiteral("incidentSubject"));
    said->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("incidentProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    Theme::setTone(m_problem, Theme::Tone::Error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(choosesExisting() ? tr("&Add") : tr("&Open"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("incidentOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentTargetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IncidentTargetDialog::reject);
    layout->addWidget(said);
    layout->addWidget(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

IncidentWorkflow::OpenDraft IncidentTargetDialog::draft() const
{
    IncidentWorkflow::OpenDraft out = m_prefill;
    if (!m_title)
        return out;
    out.title = m_title->text().trimmed();
    out.category = m_category->currentData().toString();
    out.severity = Severity(m_severity->currentData().toInt());
    out.ownerId = m_owner->currentData().toLongLong();
    out.detectedAt = m_detectedAt->dateTime().toMSecsSinceEpoch();
    return out;
}

qint64 IncidentTargetDialog::incidentId() const
{
    return m_incident ? m_incident->currentData().toLongLong() : 0;
}

QString IncidentTargetDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void IncidentTargetDialog::setTitle(const QString& title)
{
    if (m_title)
        m_title->setText(title);
}

void IncidentTargetDialog::setOwner(qint64 supervisorId)
{
    if (m_owner)
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(supervisorId)));
}

void IncidentTargetDialog::setIncident(qint64 incidentId)
{
    if (m_incident)
        m_incident->setCurrentIndex(std::max(0, m_incident->findData(incidentId)));
}

void IncidentTargetDialog::accept()
{
    QString problem;
    if (m_incident && incidentId() <= 0)
        problem = tr("Choose the incident to add to.");
    else if (m_title && m_title->text().trimmed().isEmpty())
        problem = tr("An incident needs a title.");
    else if (m_owner && m_owner->currentData().toLongLong() <= 0)
        problem = tr("Choose the supervisor who owns the incident.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace custodian
