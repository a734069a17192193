#pragma once

#include "domain/SupervisorRole.h"
#include "rules/DetectionSettings.h"
#include "ui/session/SessionPage.h"

#include <optional>

class QPushButton;
class QSpinBox;

namespace custodian {

class MessageBanner;

// The training reminders' escalation on the Settings page (docs/training.md "Reminders"): overdue by at least the
// first number of days, a reminder is copied to the agent's team lead; by at least the second, also to the site's
// manager. Checked as the supervisor types (the first must be below the second; Apply is off and the message says
// why while it is not), applied with its console-audit entry and sent to the central service like the detection
// thresholds they travel with — and, like them, a security officer's to change.
class TrainingReminderSettingsSection : public SessionPage
{
    Q_OBJECT
public:
    TrainingReminderSettingsSection(StoreSession* session, QString actor, QWidget* parent = nullptr);
    ~TrainingReminderSettingsSection() override;

    // Writes the two thresholds; false with the message shown when refused (nothing is written then).
    bool apply();
    [[nodiscard]] QString readOnlyReason() const { return m_readOnlyReason; }
    // Shows what sync brought, unless the supervisor has typed values not applied yet.
    void refresh();

Q_SIGNALS:
    void applied(int changedValues);

protected:
    void createUnlockedContent(QWidget* content) override;
    void releaseUnlockedContent() override;

private:
    // `settings` with the two fields' values.
    [[nodiscard]] DetectionSettings withFields(DetectionSettings settings) const;
    void check();

    QString m_actor;
    DetectionSettings m_shown;
    std::optional<SupervisorRole> m_shownRole;
    QString m_readOnlyReason;
    QSpinBox* m_lead = nullptr;
    QSpinBox* m_manager = nullptr;
    QPushButton* m_apply = nullptr;
    MessageBanner* m_message = nullptr;
};

} // namespace custodian
