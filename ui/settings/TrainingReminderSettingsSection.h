#pragma once

#include "ui/settings/OrganisationSettingsSection.h"

class QSpinBox;

namespace custodian {

// The training reminders' escalation on the Settings page (docs/training.md "Reminders"): overdue by at least the
// first number of days, a reminder is copied to the agent's team lead; by at least the second, also to the site's
// manager. Checked as the supervisor types (the first must be below the second; Apply is off and the message says
// why while it is not), applied with its console-audit entry and sent to the central service like the detection
// thresholds they travel with — and, like them, a security officer's to change (OrganisationSettingsSection).
class TrainingReminderSettingsSection : public OrganisationSettingsSection
{
    Q_OBJECT
public:
    TrainingReminderSettingsSection(StoreSession* session, QString actor, QWidget* parent = nullptr);
    ~TrainingReminderSettingsSection() override;

protected:
    void createUnlockedContent(QWidget* content) override;
    void releaseUnlockedContent() override;
    // `settings` with the two fields' values.
    [[nodiscard]] DetectionSettings withFields(DetectionSettings settings) const override;
    [[nodiscard]] QString savedMessage(int changed) const override;

private:
    void check();

    QSpinBox* m_lead = nullptr;
    QSpinBox* m_manager = nullptr;
};

} // namespace custodian
