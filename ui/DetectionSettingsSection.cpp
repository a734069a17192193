#include "ui/DetectionSettingsSection.h"

#include "ui/StoreSession.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace custodian {

namespace {
struct Label
{
    const char* key;
    const char* text;
    const char* suffix;
};
// QT_TRANSLATE_NOOP: the table is static; tr() happens when the fields are built.
constexpr Label labels[] = {
    { "bulk_access_threshold_per_hour", QT_TRANSLATE_NOOP("DetectionSettingsSection", "Bulk access: more than"),
      QT_TRANSLATE_NOOP("DetectionSettingsSection", " distinct records per agent and hour") },
    { "failed_login_burst_count", QT_TRANSLATE_NOOP("DetectionSettingsSection", "Failed-login burst:"),
      QT_TRANSLATE_NOOP("DetectionSettingsSection", " failed logins or more") },
    { "failed_login_burst_minutes", QT_TRANSLATE_NOOP("DetectionSettingsSection", "… within"),
      QT_TRANSLATE_NOOP("DetectionSettingsSection", " minutes") },
    { "off_hours_grace_minutes", QT_TRANSLATE_NOOP("DetectionSettingsSection", "Off-hours: grace around a shift"),
      QT_TRANSLATE_NOOP("DetectionSettingsSection", " minutes") },
    { "new_workstation_baseline_days", QT_TRANSLATE_NOOP("DetectionSettingsSection", "New workstation: usual ones are"),
      QT_TRANSLATE_NOOP("DetectionSettingsSection", " days from an agent's first event") },
};
} // namespace

DetectionSettingsSection::DetectionSettingsSection(StoreSession* session, QString actor, QWidget* parent)
    : SessionPage(session, parent)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("detectionSettings"));
    followSession();
}

DetectionSettingsSection::~DetectionSettingsSection()
{
    destroyContent();
}

void DetectionSettingsSection::destroyContent()
{
    delete m_content;
    m_fields.clear();
    m_message = nullptr;
}

void DetectionSettingsSection::buildContent()
{
    destroyContent();
    Store* store = m_session->store();
    if (!store)
        return;
    m_content = new QGroupBox(tr("Detections"), this);
    layout()->addWidget(m_content);
    auto* outer = new QVBoxLayout(m_content);
    auto* note = new QLabel(tr("Findings are computed as events arrive: new thresholds apply to events from now on."),
                            m_content);
    note->setWordWrap(true);
    outer->addWidget(note);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    auto current = DetectionSettings::load(store->database());
    const DetectionSettings settings = current ? *current : DetectionSettings {};
    for (const auto& bound : DetectionSettings::bounds()) {
        auto* field = new QSpinBox(m_content);
        field->setObjectName(QString::fromLatin1(bound.key));
        field->setRange(bound.minimum, bound.maximum);
        field->setValue(settings.*bound.field);
        QString text = QString::fromLatin1(bound.key);
        for (const Label& label : labels) {
            if (qstrcmp(label.key, bound.key) == 0) {
                text = tr(label.text);
                field->setSuffix(tr(label.suffix));
            }
        }
        form->addRow(text, field);
        m_fields[bound.key] = field;
    }
    auto* applyButton = new QPushButton(tr("Apply thresholds"), m_content);
    applyButton->setObjectName(QStringLiteral("applyDetectionSettings"));
    m_message = new QLabel(m_content);
    m_message->setObjectName(QStringLiteral("detectionSettingsMessage"));
    m_message->setWordWrap(true);
    if (!current)
        m_message->setText(current.error().message());
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(applyButton);
    outer->addLayout(buttons);
    connect(applyButton, &QPushButton::clicked, this, [this] { (void)apply(); });
}

bool DetectionSettingsSection::apply()
{
    Store* store = m_session->store();
    if (!store || !m_message)
        return false;
    DetectionSettings settings;
    for (const auto& bound : DetectionSettings::bounds()) {
        const auto field = m_fields.find(bound.key);
        if (field != m_fields.end())
            settings.*bound.field = field->second->value();
    }
    auto saved = settings.save(store->database(), m_actor);
    if (!saved) {
        m_message->setText(saved.error().message());
        return false;
    }
    m_message->setText(*saved ? tr("Saved %n threshold(s); recorded in the console audit.", nullptr, *saved)
                              : tr("Nothing changed."));
    Q_EMIT applied(*saved);
    return true;
}

} // namespace custodian
