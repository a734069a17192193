#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace custodian {

class InactivityTimer;
class OverviewPage;
class StoreSession;
class UnlockPage;

// The console's main window: the unlock page while locked, the store's pages once unlocked, a status bar
// with the lock state and store size, and Ctrl+L to lock at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(StoreSession* session, QWidget* parent = nullptr);

    // The idle lock (security.md): default 5 minutes, from the setting security/autoLockMinutes (1–240).
    void setAutoLockInterval(int milliseconds);
    [[nodiscard]] int autoLockInterval() const;

private:
    void showLocked();
    void showUnlocked();

    StoreSession* m_session;
    QStackedWidget* m_pages;
    UnlockPage* m_unlockPage;
    OverviewPage* m_overviewPage;
    QLabel* m_lockState;
    QLabel* m_storeSize;
    QAction* m_lockAction;
    InactivityTimer* m_inactivity;
};

} // namespace custodian
