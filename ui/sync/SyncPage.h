#pragma once

#include "sync/SyncStatus.h"
#include "ui/session/SessionPage.h"

#include <QPointer>

class QFrame;
class QLabel;
class QPushButton;
class QTableView;

namespace custodian {

class MessageBanner;
class SyncConflictModel;
class SyncRunModel;
class SyncService;

// The sync page: where this console stands with its central service (server, whose token, last success, the next
// run, changes waiting), Sync now, a banner when the store was found rolled back to an older copy (until an
// administrator resolves it on the service), a notice when another console was registered to the same supervisor
// (until dismissed, audited), the conflicts the
// service refused because someone changed the same thing first — resolved here, keep mine or take theirs, each
// audited — and the history of sync runs with the reason of every one that did not end well. Conflicts and history
// are small tables read on the GUI thread's connection (the history by its key, newest first, at most HistoryRows).
class SyncPage : public SessionPage
{
    Q_OBJECT
public:
    static constexpr int HistoryRows = 200;

    SyncPage(StoreSession* session, SyncService* sync, QString actor, QWidget* parent = nullptr);
    ~SyncPage() override;

    // Reads the conflicts and the history again.
    void reload();

    [[nodiscard]] QTableView* conflictsTable() const { return m_conflicts; }
    [[nodiscard]] QTableView* historyTable() const { return m_history; }

Q_SIGNALS:
    void settingsRequested();
    // A conflict was resolved: the outbox may hold a change again.
    void conflictResolved();

protected:
    void createUnlockedContent(QWidget* content) override;
    void releaseUnlockedContent() override;
    void showEvent(QShowEvent* event) override;

private:
    // The actions of the buttons; private so that tests reach them the way a supervisor does, by clicking.
    // Resolves the selected conflict; false with the reason shown when refused.
    bool resolveSelected(bool keepMine);
    // The supervisor has read the notice about another console registered to them: cleared, audited.
    bool dismissConsoleNotice();
    void showStatus(const SyncStatus& status);
    void showMessage(const QString& text, bool error);
    void updateButtons();
    // The row of the selected conflict, -1 when none is.
    [[nodiscard]] int selectedConflictRow() const;

    SyncService* m_sync;
    QString m_actor;
    SyncStatus::State m_lastState = SyncStatus::State::NotConfigured;

    // Built on unlock, destroyed on lock.
    QLabel* m_state = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_syncNow = nullptr;
    MessageBanner* m_rollbackBanner = nullptr;
    MessageBanner* m_consoleBanner = nullptr;
    SyncConflictModel* m_conflictModel = nullptr;
    QTableView* m_conflicts = nullptr;
    QPushButton* m_keepMine = nullptr;
    QPushButton* m_takeTheirs = nullptr;
    SyncRunModel* m_runModel = nullptr;
    QTableView* m_history = nullptr;
    MessageBanner* m_message = nullptr;
};

} // namespace custodian
