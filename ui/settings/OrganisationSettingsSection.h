#pragma once

#include "domain/SupervisorRole.h"
#include "rules/DetectionSettings.h"
#include "ui/session/SessionPage.h"

#include <optional>

class QPushButton;

namespace custodian {

class Database;
class MessageBanner;

// What the Settings page's sections over the organisation-wide DetectionSettings share (the detection thresholds, the
// training reminders' escalation): each shows some keys of the one settings record; Apply writes the values as stored
// now with the section's fields over them — so what another section applied since this one was shown stays — as one
// audited save, and says in the section's banner what came of it. The settings are a security officer's: a section
// shown to anyone else is read-only and says why (the central service would refuse the change anyway).
class OrganisationSettingsSection : public SessionPage
{
    Q_OBJECT
public:
    // Writes the fields' values; false with the message shown when refused (nothing is written then).
    bool apply();
    // Why this supervisor may not change the settings (empty when they may).
    [[nodiscard]] QString readOnlyReason() const { return m_readOnlyReason; }
    // Shows what sync brought — the organisation's values, this supervisor's role (the first sync after a new store,
    // an administrator's change) — unless the supervisor has typed values not applied yet.
    void refresh();

Q_SIGNALS:
    void applied(int changedValues);

protected:
    OrganisationSettingsSection(StoreSession* session, QString actor, QWidget* parent);

    // `settings` with the values of this section's fields over them.
    [[nodiscard]] virtual DetectionSettings withFields(DetectionSettings settings) const = 0;
    // What Apply says when it saved `changed` values (more than none).
    [[nodiscard]] virtual QString savedMessage(int changed) const = 0;

    // Reads this supervisor's role as the last sync told it and keeps it for refresh(); the role when it is not a
    // security officer's (the section is then read-only), nothing when it is or before the first sync, when the
    // console does not know and lets the service decide.
    [[nodiscard]] std::optional<SupervisorRole> loadNonOfficerRole(Database& database);

    QString m_actor;
    DetectionSettings m_shown; // as loaded into the fields (or last applied)
    QString m_readOnlyReason;
    // Built by the subclass under its unlocked content, nulled in its releaseUnlockedContent().
    QPushButton* m_apply = nullptr;
    MessageBanner* m_message = nullptr;

private:
    std::optional<SupervisorRole> m_shownRole;
};

} // namespace custodian
