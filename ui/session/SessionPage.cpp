#include "ui/session/SessionPage.h"

#include "ui/session/StoreSession.h"

#include <QVBoxLayout>

namespace custodian {

SessionPage::SessionPage(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void SessionPage::followSession()
{
    connect(m_session, &StoreSession::unlocked, this, [this] { buildContent(); });
    connect(m_session, &StoreSession::aboutToLock, this, [this] { destroyContent(); });
    connect(m_session, &StoreSession::locked, this, [this] { destroyContent(); });
    if (m_session->isUnlocked())
        buildContent();
}

} // namespace custodian
