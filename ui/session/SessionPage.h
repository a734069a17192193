#pragma once

#include <QWidget>

namespace custodian {

class StoreSession;

// A page whose content exists only while the store is unlocked: built on StoreSession::unlocked, destroyed on
// aboutToLock (while the store is still open, so that readers close their own connections first) and on locked.
// Subclasses implement buildContent()/destroyContent() and call followSession() at the end of their constructor
// (a base constructor cannot call the subclass's buildContent()).
class SessionPage : public QWidget
{
    Q_OBJECT
public:
    explicit SessionPage(StoreSession* session, QWidget* parent = nullptr);

protected:
    virtual void buildContent() = 0;
    virtual void destroyContent() = 0;
    // Connects the session's signals and builds the content at once when the store is already unlocked.
    void followSession();

    StoreSession* m_session;
};

} // namespace custodian
