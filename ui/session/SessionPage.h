#pragma once

#include <QPointer>
#include <QWidget>

namespace custodian {

class StoreSession;

// A page whose content exists only while the store is unlocked. The base makes that content as one unit: on
// StoreSession::unlocked it creates one content widget, puts it in the page's layout and has the page fill it
// (createUnlockedContent); on aboutToLock (while the store is still open, so that workers let go of their own
// connections first), on locked and in the page's destructor it has the page let go (releaseUnlockedContent) and
// then deletes the widget with everything parented to it — widgets, models reading the store, LatestResultRunners
// (which cancels their work). So no pointer into the content outlives the lock, and every page locks the same way.
// Subclasses call followSession() at the end of their constructor (a base constructor cannot call the subclass) and
// destroyUnlockedContent() in their destructor (a base destructor cannot either).
//
// At an unlock, a page hidden behind another one in a window already on screen builds its content a moment later:
// the hidden pages wait in one queue and build one at a time, a few milliseconds apart, so the event loop paints and
// answers in between. Built all in the unlock's event, they kept the GUI thread 60–100 ms from painting the page the
// supervisor looks at (custodian-bench today --window, docs/performance.md). A page shown before its turn builds at
// once. Pages not in a visible window (tests, a page alone) build at the unlock, and a rebuild (settings that shape
// the content changed) is immediate.
class SessionPage : public QWidget
{
    Q_OBJECT
public:
    explicit SessionPage(StoreSession* session, QWidget* parent = nullptr);
    ~SessionPage() override;

    // The content while the store is unlocked; nullptr while locked.
    [[nodiscard]] QWidget* unlockedContent() const { return m_content; }

protected:
    // Fills `content` (already in the page's layout, without a layout of its own) with what exists only while the
    // store is unlocked.
    virtual void createUnlockedContent(QWidget* content) = 0;
    // Just before the content is deleted: stop workers and forget every pointer into it.
    virtual void releaseUnlockedContent() = 0;

    // Connects the session's signals and builds the content at once when the store is already unlocked.
    void followSession();
    // Drops the content (if any) and builds it again, e.g. after settings that shape it changed.
    void rebuildUnlockedContent();
    void destroyUnlockedContent();

    StoreSession* m_session;

    void showEvent(QShowEvent* event) override;

private:
    // At the unlock: builds the content at once, or queues it when the page is hidden in a window on screen.
    void buildAfterUnlock();
    // Builds the content unless it exists or the store is locked (a deferred build after a lock does nothing).
    void buildContent();
    // Puts the page in the queue of hidden pages waiting to build, and starts the queue if it is idle.
    void queueContent();
    static void buildNextQueued();

    QPointer<QWidget> m_content;
};

} // namespace custodian
