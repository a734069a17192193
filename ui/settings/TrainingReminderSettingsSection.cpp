#include "ui/settings/TrainingReminderSettingsSection.h"

#include "store/Store.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/MessageBanner.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace custodian {

TrainingReminderSettingsSection::TrainingReminderSettingsSection(StoreSession* session, QString actor, QWidget* parent)
    : OrganisationSettingsSection(session, std::move(actor), parent)
{
    setObjectName(QStringLiteral("trainingReminderSettings"));
    followSession();
}

TrainingReminderSettingsSection::~TrainingReminderSettingsSection()
{
    destroyUnlockedContent();
}

void TrainingReminderSettingsSection::releaseUnlockedContent()
{
    m_lead = nullptr;
    m_manager = nullptr;
    m_apply = nullptr;
    m_message = nullptr;
}

void TrainingReminderSettingsSection::createUnlockedContent(QWidget* content)
{
    Store* store = m_session->store();
    if (!store)
        return;
    auto* box = new QGroupBox(tr("Training reminders"), content);
    auto* boxLayout = new QVBoxLayout(content);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->addWidget(box);
    auto* outer = new QVBoxLayout(box);
    auto* note = new QLabel(tr("A reminder for overdue training is copied to the agent's team lead, and later also to "
                               "the site's manager. Reminders are records kept and shared through the central "
                               "service; Custodian does not send mail."),
                            box);
    note->setWordWrap(true);
    outer->addWidget(note);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    auto current = DetectionSettings::load(store->database());
    m_shown = current ? *current : DetectionSettings {};

    // Named by their setting keys (DetectionSettings::bounds()), as the detection section names its fields.
    const auto spin = [box](const QString& key, const QString& name, const QString& accessible) {
        auto* spinBox = new QSpinBox(box);
        spinBox->setObjectName(key);
        // Wider than the rule allows, so that an impossible pair can be typed and is explained, not silently clamped.
        spinBox->setRange(0, 9999);
        spinBox->setSuffix(name);
        spinBox->setAccessibleName(accessible);
        return spinBox;
    };
    m_lead = spin(QStringLiteral("training_escalate_lead_days"), tr(" days overdue or more"),
                  tr("Copy to the team lead from this many days overdue"));
    m_lead->setValue(m_shown.trainingEscalateLeadDays);
    form->addRow(tr("Copy to the team lead:"), m_lead);
    m_manager = spin(QStringLiteral("training_escalate_manager_days"), tr(" days overdue or more"),
                     tr("Copy also to the manager from this many days overdue"));
    m_manager->setValue(m_shown.trainingEscalateManagerDays);
    form->addRow(tr("Copy also to the manager:"), m_manager);

    m_apply = new QPushButton(tr("Apply reminder escalation"), box);
    m_apply->setObjectName(QStringLiteral("applyTrainingReminderSettings"));
    m_message = new MessageBanner(box);
    m_message->setObjectName(QStringLiteral("trainingReminderSettingsMessage"));
    if (!current)
        m_message->showMessage(current.error().message(), MessageBanner::Level::Error);
    m_readOnlyReason.clear();
    if (const auto role = loadNonOfficerRole(store->database()))
        m_readOnlyReason = tr("Only a security officer changes the organisation's reminder escalation; the central "
                              "service says you are a %1.")
                               .arg(describe(*role));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_apply);
    outer->addLayout(buttons);
    if (!m_readOnlyReason.isEmpty()) {
        m_lead->setEnabled(false);
        m_manager->setEnabled(false);
        m_apply->setEnabled(false);
        m_apply->setToolTip(m_readOnlyReason);
        m_message->showMessage(m_readOnlyReason, MessageBanner::Level::Information);
    } else {
        connect(m_lead, &QSpinBox::valueChanged, this, [this] { check(); });
        connect(m_manager, &QSpinBox::valueChanged, this, [this] { check(); });
    }
    connect(m_apply, &QPushButton::clicked, this, [this] { (void)apply(); });
}

void TrainingReminderSettingsSection::check()
{
    if (!m_apply || !m_message)
        return;
    const Status valid = withFields(m_shown).validate();
    m_apply->setEnabled(valid.ok());
    if (!valid)
        m_message->showMessage(valid.error().message(), MessageBanner::Level::Error);
    else
        m_message->clearMessage();
}

QString TrainingReminderSettingsSection::savedMessage(int /*changed*/) const
{
    return tr("Saved the reminder escalation; recorded in the console audit.");
}

DetectionSettings TrainingReminderSettingsSection::withFields(DetectionSettings settings) const
{
    if (m_lead)
        settings.trainingEscalateLeadDays = m_lead->value();
    if (m_manager)
        settings.trainingEscalateManagerDays = m_manager->value();
    return settings;
}

} // namespace custodian
