#pragma once

#include "domain/TodaySnapshot.h"
#include "rules/TrainingMatrix.h"
#include "ui/session/LatestResultRunner.h"
#include "ui/session/SessionPage.h"

#include <QElapsedTimer>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace custodian {

class MessageBanner;
class TodayAttentionModel;

// The first page after unlock: what needs the supervisor today. Numbers — findings new since the previous unlock,
// critical findings needing attention, approvals waiting on me, my access reviews due soon or overdue and their
// undecided items, changes waiting to sync and sync conflicts, the newest access event's age — each a button that asks
// for the page listing exactly what it counts (ConsolePages opens it, filtered); and "needs you now", the things
// waiting on the supervisor, most severe first, then by deadline, each opening its subject. The counts come from
// TodayRepository on a worker with its own read-only connection (LatestResultRunner), so unlocking a 10 M-event store
// does not stall the window; they are read again when the page is shown and every minute while it is. The training
// numbers (% of required trainings complete, overdue or expired, passes expiring within 30 days, over the agents this
// store holds) come from TrainingMatrix on a runner of their own.
class TodayPage : public SessionPage
{
    Q_OBJECT
public:
    // What an incidents number counts, for the Incidents page to filter to exactly it.
    enum class IncidentTile {
        Open, // not closed
        SlaBreached, // not closed and past its due instant (IncidentSla)
        GdprClockRunning, // personal-data breaches not yet notified, the nearest deadline first
    };
    Q_ENUM(IncidentTile)

    explicit TodayPage(StoreSession* session, QWidget* parent = nullptr);
    ~TodayPage() override;

    // Counts again (after a change on another page, or a sync).
    void refresh();
    // Counts the training standings again (after a sync brought training records or assignments).
    void refreshTraining();
    // What is shown; nothing before the first count arrived or while locked.
    [[nodiscard]] const std::optional<TodaySnapshot>& snapshot() const { return m_snapshot; }
    // nullptr while locked.
    [[nodiscard]] TodayAttentionModel* attentionModel() const { return m_attentionModel; }

Q_SIGNALS:
    // The counts arrived and are on screen.
    void snapshotShown();
    // Findings detected after `since` (ms; 0: since the store began), of any status.
    void newFindingsRequested(qint64 since);
    // Critical findings that need attention (open or acknowledged).
    void criticalFindingsRequested();
    // Requests waiting for a supervisor other than their requester.
    void approvalsRequested();
    // My reviews due soon or overdue.
    void dueReviewsRequested();
    void syncRequested();
    void accessRequested();
    // One row of "needs you now".
    void findingRequested(qint64 findingId);
    void approvalRequested(qint64 assignmentId);
    void reviewRequested(qint64 campaignId);
    // The Training page: its matrix for everyone; its overdue list; passes expiring within `withinDays`.
    void trainingMatrixRequested();
    void trainingOverdueRequested();
    void trainingExpiringRequested(int withinDays);
    // An incidents number: the Incidents page filtered to exactly what it counts (ConsolePages wires it once the page
    // exists).
    void incidentsRequested(custodian::TodayPage::IncidentTile tile);
    // The training counts arrived and are on screen.
    void trainingShown();

protected:
    void createUnlockedContent(QWidget* content) override;
    void releaseUnlockedContent() override;
    void showEvent(QShowEvent* event) override;

private:
    void showSnapshot(const TodaySnapshot& snapshot);
    void showTraining(const TrainingMatrix& matrix);
    void openAttention(int row);
    // A number and what it counts, as one card in m_tiles; the number is a button named `name`.
    QPushButton* addTile(const QString& name, QLabel*& caption);

    LatestResultRunner m_reader;
    // The training counts read the whole scope's records (seconds at 20 000 agents): a runner of their own, so the
    // other numbers never wait for them, and at most every TrainingRefreshMs while the page is shown.
    LatestResultRunner m_trainingReader;
    QElapsedTimer m_trainingAge;
    std::optional<TodaySnapshot> m_snapshot;

    // Built on unlock, destroyed on lock.
    QWidget* m_tiles = nullptr;
    QPushButton* m_newFindings = nullptr;
    QLabel* m_newFindingsCaption = nullptr;
    QPushButton* m_criticalFindings = nullptr;
    QLabel* m_criticalFindingsCaption = nullptr;
    QPushButton* m_approvals = nullptr;
    QLabel* m_approvalsCaption = nullptr;
    QPushButton* m_reviewsDue = nullptr;
    QLabel* m_reviewsDueCaption = nullptr;
    QPushButton* m_undecidedItems = nullptr;
    QLabel* m_undecidedItemsCaption = nullptr;
    QPushButton* m_syncWaiting = nullptr;
    QLabel* m_syncWaitingCaption = nullptr;
    QPushButton* m_syncConflicts = nullptr;
    QLabel* m_syncConflictsCaption = nullptr;
    QPushButton* m_newestEvent = nullptr;
    QLabel* m_newestEventCaption = nullptr;
    QPushButton* m_trainingComplete = nullptr;
    QLabel* m_trainingCompleteCaption = nullptr;
    QPushButton* m_trainingOverdue = nullptr;
    QLabel* m_trainingOverdueCaption = nullptr;
    QPushButton* m_trainingExpiring = nullptr;
    QLabel* m_trainingExpiringCaption = nullptr;
    QPushButton* m_incidentsOpen = nullptr;
    QLabel* m_incidentsOpenCaption = nullptr;
    QPushButton* m_incidentsSlaBreached = nullptr;
    QLabel* m_incidentsSlaBreachedCaption = nullptr;
    QPushButton* m_gdprClocks = nullptr;
    QLabel* m_gdprClocksCaption = nullptr;
    QLabel* m_syncState = nullptr;
    TodayAttentionModel* m_attentionModel = nullptr;
    QTableView* m_attention = nullptr;
    QPushButton* m_open = nullptr;
    MessageBanner* m_message = nullptr;
    QTimer* m_minute = nullptr;
};

} // namespace custodian
