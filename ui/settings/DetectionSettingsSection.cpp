#include "ui/settings/DetectionSettingsSection.h"

#include "store/Store.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/MessageBanner.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace custodian {

namespace {
bool isTrainingKey(const char* key)
{
    return qstrncmp(key, "training_", 9) == 0;
}

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
    { "review_independent_reviewer", QT_TRANSLATE_NOOP("DetectionSettingsSection", "Access reviews:"),
      QT_TRANSLATE_NOOP("DetectionSettingsSection", "the reviewer must be someone other than the campaign's creator") },
};
} // namespace

DetectionSettingsSection::DetectionSettingsSection(StoreSession* session, QString actor, QWidget* parent)
    : OrganisationSettingsSection(session, std::move(actor), parent)
{
    setObjectName(QStringLiteral("detectionSettings"));
    followSession();
}

DetectionSettingsSection::~DetectionSettingsSection()
{
    destroyUnlockedContent();
}

void DetectionSettingsSection::releaseUnlockedContent()
{
    m_fields.clear();
    m_switches.clear();
    m_apply = nullptr;
    m_message = nullptr;
}

void DetectionSettingsSection::createUnlockedContent(QWidget* content)
{
    Store* store = m_session->store();
    if (!store)
        return;
    auto* box = new QGroupBox(tr("Detections"), content);
    auto* boxLayout = new QVBoxLayout(content);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->addWidget(box);
    auto* outer = new QVBoxLayout(box);
    auto* note
        = new QLabel(tr("Findings are computed as events arrive: new thresholds apply to events from now on."), box);
    note->setWordWrap(true);
    outer->addWidget(note);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    auto current = DetectionSettings::load(store->database());
    const DetectionSettings settings = current ? *current : DetectionSettings {};
    m_shown = settings;
    for (const auto& bound : DetectionSettings::bounds()) {
        // The training reminders' escalation has its own section (TrainingReminderSettingsSection).
        if (isTrainingKey(bound.key))
            continue;
        QString text = QString::fromLatin1(bound.key);
        QString suffix;
        for (const Label& label : labels) {
            if (qstrcmp(label.key, bound.key) == 0) {
                text = tr(label.text);
                suffix = tr(label.suffix);
            }
        }
        if (bound.minimum == 0 && bound.maximum == 1) {
            auto* check = new QCheckBox(suffix, box);
            check->setObjectName(QString::fromLatin1(bound.key));
            check->setChecked(settings.*bound.field != 0);
            form->addRow(text, check);
            m_switches[bound.key] = check;
            continue;
        }
        auto* field = new QSpinBox(box);
        field->setObjectName(QString::fromLatin1(bound.key));
        field->setRange(bound.minimum, bound.maximum);
        field->setValue(settings.*bound.field);
        field->setSuffix(suffix);
        form->addRow(text, field);
        m_fields[bound.key] = field;
    }
    m_apply = new QPushButton(tr("Apply thresholds"), box);
    m_apply->setObjectName(QStringLiteral("applyDetectionSettings"));
    m_message = new MessageBanner(box);
    m_message->setObjectName(QStringLiteral("detectionSettingsMessage"));
    if (!current)
        m_message->showMessage(current.error().message(), MessageBanner::Level::Error);
    // Organisation-wide settings are a security officer's (docs/detections.md): the service refuses anyone else's
    // change, so the console does not offer it. Before the first sync the console does not know, and lets the
    // service decide.
    m_readOnlyReason.clear();
    if (const auto role = loadNonOfficerRole(store->database()))
        m_readOnlyReason = tr("Only a security officer changes the organisation's thresholds and review rule; the "
                              "central service says you are a %1.")
                               .arg(describe(*role));
    if (!m_readOnlyReason.isEmpty()) {
        for (const auto& [key, field] : m_fields)
            field->setEnabled(false);
        for (const auto& [key, check] : m_switches)
            check->setEnabled(false);
        m_apply->setEnabled(false);
        m_apply->setToolTip(m_readOnlyReason);
        m_message->showMessage(m_readOnlyReason, MessageBanner::Level::Information);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_apply);
    outer->addLayout(buttons);
    connect(m_apply, &QPushButton::clicked, this, [this] { (void)apply(); });
}

QString DetectionSettingsSection::savedMessage(int changed) const
{
    return tr("Saved %n threshold(s); recorded in the console audit.", nullptr, changed);
}

DetectionSettings DetectionSettingsSection::withFields(DetectionSettings settings) const
{
    for (const auto& bound : DetectionSettings::bounds()) {
        const auto field = m_fields.find(bound.key);
        if (field != m_fields.end())
            settings.*bound.field = field->second->value();
        const auto check = m_switches.find(bound.key);
        if (check != m_switches.end())
            settings.*bound.field = check->second->isChecked() ? 1 : 0;
    }
    return settings;
}

} // namespace custodian
