#include "ui/incidents/IncidentFilterBar.h"

#include "domain/IncidentPhases.h"
#include "item/IncidentTerms.h"
#include "rules/IncidentTemplates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace custodian {

IncidentFilterBar::IncidentFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_phase(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_sla(new QComboBox(this))
    , m_gdpr(new QCheckBox(tr("GDPR &clock running"), this))
    , m_text(new QLineEdit(this))
{
    setObjectName(QStringLiteral("incidentFilterBar"));
    m_status->setObjectName(QStringLiteral("incidentsStatusFilter"));
    m_status->addItem(tr("Open"), int(IncidentFilter::Status::Open));
    m_status->addItem(tr("Closed"), int(IncidentFilter::Status::Closed));
    m_status->addItem(tr("All"), int(IncidentFilter::Status::All));
    m_phase->setObjectName(QStringLiteral("incidentsPhaseFilter"));
    m_phase->addItem(tr("Any phase"), 0);
    for (const IncidentPhase* phase = IncidentPhases::begin(); phase != IncidentPhases::end(); ++phase)
        m_phase->addItem(IncidentTerms::phaseWithFunction(*phase), int(*phase));
    m_severity->setObjectName(QStringLiteral("incidentsSeverityFilter"));
    m_severity->addItem(tr("Any severity"), 0);
    m_severity->addItem(tr("Medium or higher"), int(Severity::Medium));
    m_severity->addItem(tr("High or higher"), int(Severity::High));
    m_severity->addItem(tr("Critical"), int(Severity::Critical));
    m_category->setObjectName(QStringLiteral("incidentsCategoryFilter"));
    m_category->addItem(tr("Any category"), QString());
    for (const IncidentTemplates::Category& category : IncidentTemplates::categories())
        m_category->addItem(category.name, category.code);
    m_owner->setObjectName(QStringLiteral("incidentsOwnerFilter"));
    m_owner->addItem(tr("Anyone"), int(IncidentFilter::Owner::Anyone));
    m_owner->addItem(tr("Me"), int(IncidentFilter::Owner::Me));
    m_owner->addItem(tr("Unassigned"), int(IncidentFilter::Owner::Unassigned));
    m_sla->setObjectName(QStringLiteral("incidentsSlaFilter"));
    m_sla->addItem(tr("Any SLA state"), int(IncidentFilter::Sla::Any));
    m_sla->addItem(tr("SLA breached"), int(IncidentFilter::Sla::Breached));
    m_sla->addItem(tr("Due soon"), int(IncidentFilter::Sla::DueSoon));
    m_gdpr->setObjectName(QStringLiteral("incidentsGdprFilter"));
    m_text->setObjectName(QStringLiteral("incidentsTextFilter"));
    m_text->setPlaceholderText(tr("Reference or title"));
    m_text->setClearButtonEnabled(true);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, QWidget*> controls[] = {
        { tr("&Status:"), m_status },     { tr("&Phase:"), m_phase }, { tr("Se&verity:"), m_severity },
        { tr("Ca&tegory:"), m_category }, { tr("O&wner:"), m_owner }, { tr("S&LA:"), m_sla },
        { tr("Sea&rch:"), m_text },
    };
    int column = 0;
    int row = 0;
    for (const auto& [text, control] : controls) {
        auto* label = new QLabel(text, this);
        label->setBuddy(control);
        layout->addWidget(label, row, column++);
        layout->addWidget(control, row, column++);
        if (column == 8) {
            column = 0;
            ++row;
        }
    }
    layout->addWidget(m_gdpr, row, column);
    // The space left over goes to an empty column at the end, not to one of the controls.
    layout->setColumnStretch(8, 1);

    for (QComboBox* combo : { m_status, m_phase, m_severity, m_category, m_owner, m_sla })
        connect(combo, &QComboBox::currentIndexChanged, this, &IncidentFilterBar::filterEdited);
    connect(m_gdpr, &QCheckBox::toggled, this, &IncidentFilterBar::filterEdited);
    // Typing is debounced: one read when the supervisor pauses, not one per key.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_text, &QLineEdit::textEdited, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &IncidentFilterBar::filterEdited);
    connect(m_text, &QLineEdit::returnPressed, this, [this, typing] {
        typing->stop();
        Q_EMIT filterEdited();
    });
}

IncidentFilter IncidentFilterBar::filter() const
{
    IncidentFilter filter;
    filter.status = IncidentFilter::Status(m_status->currentData().toInt());
    if (const int phase = m_phase->currentData().toInt(); phase > 0)
        filter.phase = IncidentPhase(phase);
    if (const int severity = m_severity->currentData().toInt(); severity > 0)
        filter.minimumSeverity = Severity(severity);
    filter.category = m_category->currentData().toString();
    filter.owner = IncidentFilter::Owner(m_owner->currentData().toInt());
    filter.sla = IncidentFilter::Sla(m_sla->currentData().toInt());
    filter.gdprClockRunning = m_gdpr->isChecked();
    filter.text = m_text->text().trimmed();
    return filter;
}

void IncidentFilterBar::setFilter(const IncidentFilter& filter)
{
    const QSignalBlocker blockers[]
        = { QSignalBlocker(m_status), QSignalBlocker(m_phase), QSignalBlocker(m_severity), QSignalBlocker(m_category),
            QSignalBlocker(m_owner),  QSignalBlocker(m_sla),   QSignalBlocker(m_gdpr),     QSignalBlocker(m_text) };
    const auto choose
        = [](QComboBox* combo, const QVariant& value) { combo->setCurrentIndex(std::max(0, combo->findData(value))); };
    choose(m_status, int(filter.status));
    choose(m_phase, filter.phase ? int(*filter.phase) : 0);
    choose(m_severity, filter.minimumSeverity ? int(*filter.minimumSeverity) : 0);
    choose(m_category, filter.category);
    choose(m_owner, int(filter.owner));
    choose(m_sla, int(filter.sla));
    m_gdpr->setChecked(filter.gdprClockRunning);
    m_text->setText(filter.text);
}

} // namespace custodian
