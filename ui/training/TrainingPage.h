#pragma once

#include "domain/TrainingFacts.h"
#include "item/TrainingStandingListModel.h"
#include "item/TrainingStandingRow.h"
#include "rules/TrainingCampaignProgress.h"
#include "rules/TrainingMatrix.h"

#include "ui/session/LatestResultRunner.h"
#include "ui/session/SessionPage.h"
#include "ui/training/TrainingFilterBar.h"

#include <QElapsedTimer>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QKeyEvent;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace custodian {

class ChoiceListModel;
class MessageBanner;
class TrainingAgentModel;
class TrainingCampaignModel;
class TrainingMatrixModel;
class TrainingReminderModel;
class TrainingTrendCharts;

// Security-training completion (docs/training.md): the completion matrix by team, site or role × module (click a cell
// for the agents behind it), the overdue, due-soon and expiring lists, the campaigns, and one agent's every module.
// The facts are read and the matrix built on a worker (LatestResultRunner) as soon as the content exists — right
// after unlock, before anyone opens the page — and the last result stays on screen while a newer one is computed:
// at 20 000 agents × 40 modules a whole-organisation read takes seconds, so the page never makes the supervisor wait
// for it twice. The grouping, role and window rebuild from the facts already read; only the scope and the instant
// read again. Module and standing only filter what is shown.
class TrainingPage : public SessionPage
{
    Q_OBJECT
public:
    // `actor`: the console-audit actor of this console ("console:<login>"), whose supervisor sends reminders.
    TrainingPage(StoreSession* session, const QString& actor, QWidget* parent = nullptr);
    ~TrainingPage() override;

    // Reads the facts again (Refresh, F5, after a sync brought training records).
    void refresh();
    // Reads the reminders sent again for the overdue list, on a worker (after a send, after a sync brought reminders).
    void refreshReminders();
    // Opens the agent tab on one agent.
    void showAgent(qint64 agentId);
    // The Today page's numbers: everyone in scope now, the list that counts what was clicked.
    void showOverdue();
    void showExpiring(int withinDays);
    void showMatrix();

    // Whether a read or a build is under way (tests, the bench).
    [[nodiscard]] bool isLoading() const { return m_loader.isRunning(); }
    [[nodiscard]] bool isLoadingTrend() const { return m_trendLoader.isRunning(); }
    [[nodiscard]] bool isLoadingReminders() const { return m_reminderReader.isRunning(); }
    // Shows the charts over time (worked out when first shown, and again for each new matrix while shown).
    void showTrend();
    [[nodiscard]] const TrainingMatrix* matrix() const { return m_loaded.matrix.get(); }

Q_SIGNALS:
    // A result reached the screen (the matrix and lists are filled).
    void matrixShown();
    void agentShown(qint64 agentId);
    // The charts over time were drawn for the matrix on screen.
    void trendShown();
    // A send finished: sent, or refused (the banner says which).
    void remindersSent(bool sent);
    // The overdue list's reminder columns were filled again (refreshReminders()).
    void remindersShown();

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void createUnlockedContent(QWidget* content) override;
    void releaseUnlockedContent() override;

private:
    // Everyone's overdue, due-soon and expiring lines, in the lists' order, as references into the decided standings.
    struct Lists
    {
        TrainingStandingListModel::Refs overdue;
        // Each overdue line's due date (when it fell overdue), beside `overdue`: the period's count reads them in
        // order instead of reaching into 136 000 standings scattered over memory.
        std::vector<qint64> overdueDueAt;
        TrainingStandingListModel::Refs dueSoon;
        TrainingStandingListModel::Refs expiring;
    };

    struct Loaded
    {
        std::shared_ptr<const TrainingFacts> facts; // everyone in the store at the instant
        std::shared_ptr<const TrainingMatrix> decided; // every agent's standings (by team, within the window)
        std::shared_ptr<const Lists> everyone; // `decided`'s lists
        std::shared_ptr<const std::vector<char>> include; // the filter's agents of `facts` (empty: all)
        std::shared_ptr<const TrainingMatrix> matrix; // the counts shown: a count() of `decided`, without agents
        int agentsInScope = 0;
        std::vector<TrainingCampaignProgress> campaigns; // those of the period
        std::shared_ptr<const TrainingStandingListModel::Refs> overdue;
        std::shared_ptr<const TrainingStandingListModel::Refs> dueSoon;
        std::shared_ptr<const TrainingStandingListModel::Refs> expiring;
        std::optional<qint64> asOf;
        // What `matrix` and the lists were counted for, and every campaign's progress over `include`.
        TrainingFactsReader::Scope scope;
        std::optional<qint64> roleId;
        std::shared_ptr<const std::vector<TrainingCampaignProgress>> allCampaigns;
        // The period's start (its end is the matrix's instant), and what happened in it among the agents in scope.
        qint64 from = 0;
        int passedInPeriod = 0; // passes completed in [from, end]
        // Each agent of `facts`' passes in the period, counted once per read and start (a filter only sums them).
        std::shared_ptr<const std::vector<int>> passesByAgent;
        int overdueInPeriod = 0; // lines of the overdue list that fell due in [from, end]
        // The reminders sent by the end for everyone's overdue lines (read with the facts, kept with them).
        std::shared_ptr<const TrainingStandingListModel::Reminders> reminders;
        int reminderGeneration = 0; // m_reminderGeneration when the read started
    };

    // The matrix cell chosen, by what it counts rather than where it is.
    struct ChosenCell
    {
        bool valid = false;
        bool total = false;
        qint64 groupId = 0;
        qint64 moduleId = 0;
    };

    QWidget* buildMatrixTab(QWidget* parent);
    QWidget* buildListTab(QWidget* parent, TrainingStandingListModel* model, QTableView** view,
                          const QString& objectName, const QString& caption);
    QWidget* buildAgentTab(QWidget* parent);
    void reloadChoices();
    void load(bool readAgain);
    void showLoaded(Loaded&& loaded);
    void showLoadError(const QString& message);
    // Agents of everyone's overdue list, for the reminders read.
    [[nodiscard]] static std::vector<qint64> overdueAgents(const TrainingMatrix& decided, const Lists& lists);
    void applyView();
    void showCellAgents();
    [[nodiscard]] ChosenCell chosenCell() const;
    void chooseCell(const ChosenCell& chosen);
    void loadAgent(qint64 agentId);
    void loadTrend();
    // Sends reminders for what the current tab lists (its selected rows, or all of them), after a confirmation that
    // says how far each will escalate.
    void sendReminders();
    void updateRemindButton();
    void updateTabTitles();
    void fitShownTables();
    void fitAgentColumns();
    void updateSummary();
    [[nodiscard]] const TrainingMatrix::AgentRow* agentRow(qint64 agentId) const;
    [[nodiscard]] static bool isRefreshKey(const QKeyEvent* event);

    // Built on unlock, destroyed on lock.
    TrainingFilterBar* m_filters = nullptr;
    QLabel* m_summary = nullptr;
    MessageBanner* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    TrainingMatrixModel* m_matrixModel = nullptr;
    QTableView* m_matrixView = nullptr;
    QLabel* m_cellCaption = nullptr;
    TrainingStandingListModel* m_cellModel = nullptr;
    QTableView* m_cellView = nullptr;
    TrainingStandingListModel* m_overdueModel = nullptr;
    QTableView* m_overdueView = nullptr;
    TrainingStandingListModel* m_dueSoonModel = nullptr;
    QTableView* m_dueSoonView = nullptr;
    TrainingStandingListModel* m_expiringModel = nullptr;
    QTableView* m_expiringView = nullptr;
    TrainingCampaignModel* m_campaignModel = nullptr;
    QTableView* m_campaignView = nullptr;
    QComboBox* m_agentChoice = nullptr;
    ChoiceListModel* m_agentChoices = nullptr;
    QLabel* m_agentCaption = nullptr;
    TrainingAgentModel* m_agentModel = nullptr;
    QTableView* m_agentView = nullptr;
    QWidget* m_matrixTab = nullptr;
    QWidget* m_overdueTab = nullptr;
    QWidget* m_dueSoonTab = nullptr;
    QWidget* m_expiringTab = nullptr;
    QWidget* m_campaignTab = nullptr;
    QWidget* m_agentTab = nullptr;
    QPushButton* m_remind = nullptr;
    TrainingReminderModel* m_reminderModel = nullptr;
    QTableView* m_reminderView = nullptr;
    QWidget* m_trendTab = nullptr;
    TrainingTrendCharts* m_trendCharts = nullptr;
    // The matrix and the period's start the charts over time were asked for (they follow what is on screen).
    const TrainingMatrix* m_trendFor = nullptr;
    qint64 m_trendFrom = 0;
    QLabel* m_trendCaption = nullptr;

    // The last result, kept on screen while a newer one is computed.
    Loaded m_loaded;
    std::optional<qint64> m_agentId;
    QElapsedTimer m_loadTimer;
    qint64 m_lastLoadMs = 0;

    QString m_actor;
    LatestResultRunner m_loader;
    LatestResultRunner m_agentLoader;
    LatestResultRunner m_trendLoader;
    LatestResultRunner m_reminderSender;
    LatestResultRunner m_reminderReader;
    // Counts refreshReminders() calls: a read of the facts that started before one may bring older reminders.
    int m_reminderGeneration = 0;
    // Frees a replaced result off the GUI thread.
    LatestResultRunner m_disposer;
};

} // namespace custodian
