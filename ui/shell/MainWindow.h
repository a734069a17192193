#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include "store/StoreStats.h"

#include <optional>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace custodian {

class InactivityTimer;
class SettingsPage;
class ShortcutsDialog;
class StorePropertiesDialog;
class StoreSession;
class UnlockPage;

// The console's main window: a navigation list of pages beside the page shown, the unlock page instead of
// both while the store is locked, a status bar (lock state, store size), and the keyboard shortcuts (Ctrl+1…9
// pages, Ctrl+L lock, F1 or Ctrl+? the shortcut overview, Ctrl+Q quit). Locks on Ctrl+L and after the idle
// interval of the settings.
//
// Pages are plugged in with addPage(). While the store is locked every page and the navigation are hidden.
// Contract for pages: when locked() is emitted the keys are wiped and the store's connections closed
// (StoreSession::locked); every page must then drop all data it shows or caches (clear its models, cancel its
// loaders), so that nothing from the store stays on screen or in memory. unlocked() tells them to load again.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The setting that remembers the store opened last (absolute path), written at each unlock.
    static constexpr const char* LastStorePathKey = "store/lastPath";

    explicit MainWindow(StoreSession* session, QWidget* parent = nullptr);

    // Adds a page to the navigation, before Settings (which stays last), and returns its index. Ctrl+1…Ctrl+9
    // go to the first nine pages by position; `shortcut`, when given, is an extra shortcut of the page. The
    // window takes ownership of `page`.
    int addPage(QWidget* page, const QString& title, const QIcon& icon = {}, const QKeySequence& shortcut = {});
    [[nodiscard]] int pageCount() const { return int(m_pageList.size()); }
    [[nodiscard]] QWidget* page(int index) const;
    [[nodiscard]] int indexOf(const QWidget* page) const;
    // A short note after the page's title in the navigation ("Reviews · 1 due"), for what needs attention there;
    // empty: none. The title itself (menus, shortcuts list) stays.
    void setPageBadge(QWidget* page, const QString& badge);
    // The page shown, -1 while locked.
    [[nodiscard]] int currentPage() const;
    // Shows a page; ignored while locked.
    void setCurrentPage(int index);

    [[nodiscard]] SettingsPage* settingsPage() const { return m_settingsPage; }

    // The idle lock (security.md): default 5 minutes, from the setting security/autoLockMinutes (1–240).
    void setAutoLockInterval(int milliseconds);
    [[nodiscard]] int autoLockInterval() const;

    // The list of keyboard shortcuts (F1): the window's and the pages' actions, found at the time it opens.
    void showShortcuts();
    // Store → Properties: rows per kind of data, file sizes, schema version, key generation (counted on a worker).
    void showStoreProperties();

Q_SIGNALS:
    void locked();
    void unlocked();
    void currentPageChanged(int index);

private:
    struct Page
    {
        QWidget* widget = nullptr;
        QString title;
        QAction* action = nullptr;
        QKeySequence extraShortcut;
    };

    int insertPage(int index, QWidget* page, const QString& title, const QIcon& icon, const QKeySequence& shortcut);
    void updatePageShortcuts();
    void showLocked();
    void showUnlocked();
    void updateLockState();
    void openAnotherStore();
    [[nodiscard]] QString pageTitleOwning(const QObject* object) const;

    StoreSession* m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    UnlockPage* m_unlockPage;
    SettingsPage* m_settingsPage;
    QLabel* m_lockState;
    QLabel* m_storeSize;
    QAction* m_lockAction;
    QAction* m_refreshAction;
    QAction* m_openAnotherAction;
    QAction* m_propertiesAction;
    QMenu* m_goMenu;
    InactivityTimer* m_inactivity;
    QList<Page> m_pageList;
    QPointer<QWidget> m_lastPage; // shown again after the next unlock; none: the first page
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<StorePropertiesDialog> m_propertiesDialog; // closed on lock
    std::optional<StoreStats::Snapshot> m_statistics; // the last counts of this unlock
};

} // namespace custodian
