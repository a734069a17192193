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

SessionPage::~SessionPage()
{
    // The subclass has released its pointers in its own destructor; this only catches a content it left behind.
    delete m_content;
}

void SessionPage::followSession()
{
    connect(m_session, &StoreSession::unlocked, this, &SessionPage::rebuildUnlockedContent);
    connect(m_session, &StoreSession::aboutToLock, this, &SessionPage::destroyUnlockedContent);
    connect(m_session, &StoreSession::locked, this, &SessionPage::destroyUnlockedContent);
    if (m_session->isUnlocked())
        rebuildUnlockedContent();
}

void SessionPage::rebuildUnlockedContent()
{
    destroyUnlockedContent();
    if (!m_session->isUnlocked())
        return;
    m_content = new QWidget(this);
    layout()->addWidget(m_content);
    createUnlockedContent(m_content);
}

void SessionPage::destroyUnlockedContent()
{
    if (!m_content)
        return;
    releaseUnlockedContent();
    QWidget* content = m_content;
    m_content = nullptr;
    // Tearing down a view and its model emits selection and reset signals into the page, whose pointers are
    // already gone: nothing inside the content speaks while it is being deleted.
    content->blockSignals(true);
    for (QObject* child : content->findChildren<QObject*>())
        child->blockSignals(true);
    delete content;
}

} // namespace custodian
