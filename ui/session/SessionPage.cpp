#include "ui/session/SessionPage.h"

#include "ui/session/StoreSession.h"

#include <QApplication>
#include <QTimer>
#include <QVBoxLayout>

namespace custodian {

namespace {
// Hidden pages waiting to build their content, in the order they asked (the navigation's), and whether a turn is
// already scheduled. GUI thread only.
QList<SessionPage*>& buildQueue()
{
    static QList<SessionPage*> queue; // a page leaves it in its destructor
    return queue;
}
bool buildScheduled = false;
// Long enough for the event loop to paint and run its timers between two pages; short enough that every page is
// ready well before a supervisor's first click.
constexpr int BuildSpacingMs = 5;
} // namespace

SessionPage::SessionPage(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

SessionPage::~SessionPage()
{
    buildQueue().removeAll(this);
    // The subclass has released its pointers in its own destructor; this only catches a content it left behind.
    delete m_content;
}

void SessionPage::followSession()
{
    connect(m_session, &StoreSession::unlocked, this, &SessionPage::buildAfterUnlock);
    connect(m_session, &StoreSession::aboutToLock, this, &SessionPage::destroyUnlockedContent);
    connect(m_session, &StoreSession::locked, this, &SessionPage::destroyUnlockedContent);
    if (m_session->isUnlocked())
        rebuildUnlockedContent();
}

void SessionPage::rebuildUnlockedContent()
{
    destroyUnlockedContent();
    buildContent();
}

void SessionPage::buildAfterUnlock()
{
    destroyUnlockedContent();
    if (!m_session->isUnlocked())
        return;
    if (window()->isVisible() && !isVisible()) {
        queueContent();
        return;
    }
    buildContent();
}

void SessionPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    buildContent();
}

void SessionPage::buildContent()
{
    if (m_content || !m_session->isUnlocked())
        return;
    m_content = new QWidget(this);
    layout()->addWidget(m_content);
    createUnlockedContent(m_content);
}

void SessionPage::queueContent()
{
    if (!buildQueue().contains(this))
        buildQueue().append(this);
    if (!buildScheduled) {
        buildScheduled = true;
        QTimer::singleShot(BuildSpacingMs, qApp, &SessionPage::buildNextQueued);
    }
}

void SessionPage::buildNextQueued()
{
    buildScheduled = false;
    auto& queue = buildQueue();
    while (!queue.isEmpty()) {
        SessionPage* page = queue.takeFirst();
        if (!page->m_content && page->m_session->isUnlocked()) {
            page->buildContent();
            break;
        }
    }
    if (!queue.isEmpty()) {
        buildScheduled = true;
        QTimer::singleShot(BuildSpacingMs, qApp, &SessionPage::buildNextQueued);
    }
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
