#include "ui/settings/OrganisationSettingsSection.h"

#include "store/Store.h"
#include "store/SyncState.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/MessageBanner.h"

namespace custodian {

OrganisationSettingsSection::OrganisationSettingsSection(StoreSession* session, QString actor, QWidget* parent)
    : SessionPage(session, parent)
    , m_actor(std::move(actor))
{
}

std::optional<SupervisorRole> OrganisationSettingsSection::loadNonOfficerRole(Database& database)
{
    auto role = SyncState(database).supervisorRole();
    m_shownRole = role ? *role : std::nullopt;
    if (role && *role && **role != SupervisorRole::SecurityOfficer)
        return **role;
    return std::nullopt;
}

bool OrganisationSettingsSection::apply()
{
    Store* store = m_session->store();
    if (!store || !m_message)
        return false;
    if (!m_readOnlyReason.isEmpty()) {
        m_message->showMessage(m_readOnlyReason, MessageBanner::Level::Information);
        return false;
    }
    // The values as stored now, with this section's fields over them: another section applies its own keys of the
    // same settings, and what it applied since this section was shown must stay.
    auto stored = DetectionSettings::load(store->database());
    if (!stored) {
        m_message->showMessage(stored.error().message(), MessageBanner::Level::Error);
        return false;
    }
    const DetectionSettings settings = withFields(*stored);
    auto saved = settings.save(store->database(), m_actor);
    if (!saved) {
        m_message->showMessage(saved.error().message(), MessageBanner::Level::Error);
        return false;
    }
    m_message->showMessage(*saved ? savedMessage(*saved) : tr("Nothing changed."),
                           *saved ? MessageBanner::Level::Success : MessageBanner::Level::Information);
    m_shown = settings;
    Q_EMIT applied(*saved);
    return true;
}

void OrganisationSettingsSection::refresh()
{
    Store* store = m_session->store();
    if (!store || !unlockedContent())
        return;
    auto current = DetectionSettings::load(store->database());
    auto role = SyncState(store->database()).supervisorRole();
    if (!current || !role)
        return;
    if (*current == m_shown && *role == m_shownRole)
        return;
    // What the supervisor typed and has not applied stays; the values and the role show at the next refresh after.
    if (withFields(m_shown) != m_shown)
        return;
    rebuildUnlockedContent();
}

} // namespace custodian
