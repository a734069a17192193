#pragma once

#include "domain/SupervisorRole.h"
#include "rules/DetectionSettings.h"
#include "ui/session/SessionPage.h"

#include <QPointer>
#include <map>
#include <optional>
#include <string>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace custodian {

class MessageBanner;
// The detections' thresholds on the Settings page: one field per threshold, within the bounds the rules accept, and
// the organisation's review rule (a reviewer other than the creator) that travels with them, applied (and audited)
// with one button. Shown while the store is unlocked; the values live in the store. They are organisation-wide and
// only a security officer may change them: when the central service said this console's supervisor is not one, the
// fields are read-only and a note says why (the service would refuse the change anyway).

class DetectionSettingsSection : public SessionPage
{
    Q_OBJECT
public:
    DetectionSettingsSection(StoreSession* session, QString actor, QWidget* parent = nullptr);
    ~DetectionSettingsSection() override;

    // Writes the fields' values; false with the message shown when refused.
    bool apply();
    // Why this supervisor may not change the settings (empty when they may).
    [[nodiscard]] QString readOnlyReason() const { return m_readOnlyReason; }
    // Shows what sync brought — the organisation's values, this supervisor's role (the first sync after a new store,
    // an administrator's change) — unless the supervisor has typed values not applied yet.
    void refresh();

Q_SIGNALS:
    void applied(int changedValues);

protected:
    void createUnlockedContent(QWidget* content) override;
    void releaseUnlockedContent() override;

private:
    // The values in the fields now.
    [[nodiscard]] DetectionSettings typed() const;
    // `settings` with the values of this section's fields.
    [[nodiscard]] DetectionSettings withFields(DetectionSettings settings) const;

    QString m_actor;
    DetectionSettings m_shown; // as loaded into the fields (or last applied)
    std::optional<SupervisorRole> m_shownRole;
    QString m_readOnlyReason;
    std::map<std::string, QSpinBox*> m_fields;
    std::map<std::string, QCheckBox*> m_switches; // settings that are 0 or 1
    QPushButton* m_apply = nullptr;
    MessageBanner* m_message = nullptr;
};

} // namespace custodian
