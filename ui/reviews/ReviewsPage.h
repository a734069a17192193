#pragma once

#include "domain/ReviewCampaign.h"
#include "store/ReviewEvidenceReader.h"
#include "store/ReviewListReader.h"
#include "ui/session/LatestResultRunner.h"
#include "ui/session/SessionPage.h"

#include <QHash>
#include <QPointer>
#include <QThread>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QChartView;
class QEvent;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace custodian {

class ChartPanel;
class ReviewCampaignModel;
class ReviewItemModel;

class Database;
class MessageBanner;

// Access reviews: the campaigns (scope, reviewer, due date, progress) with reminders as a due date nears, and the
// items of one campaign — each assignment with its evidence (use of the role's data in the campaign's window,
// training, open findings, incidents), decided one at a time or many at once (keep, revoke, shorten, with a
// justification), the campaign closed with its default for the undecided, and its report exported as CSV or PDF.
// Every change goes through ReviewWorkflow, exports through ReviewReport (each audited).
//
// Campaigns and items are small tables read on the GUI thread's connection; the evidence reads the access log, so a
// worker thread computes it for every item of the shown campaign on a read-only connection of its own, and the
// report is written on a worker thread too.
class ReviewsPage : public SessionPage
{
    Q_OBJECT
public:
    ReviewsPage(StoreSession* session, QString actor, QWidget* parent = nullptr);
    ~ReviewsPage() override;

    void reload();
    bool showCampaign(qint64 campaignId);
    // Lists only my reviews due within the reminder time or overdue that still have undecided items (what Today
    // counts), with their number and their undecided items beside the check box that says so; or every review again.
    void showDueReviews(bool dueOnly);
    [[nodiscard]] qint64 currentCampaign() const;
    // Selects the items whose ids are given (replacing the selection).
    void selectItems(const std::vector<qint64>& itemIds);
    [[nodiscard]] std::vector<qint64> selectedItems() const;

    [[nodiscard]] QTableView* campaignsTable() const { return m_campaigns; }
    [[nodiscard]] ReviewCampaignModel* campaignModel() const { return m_campaignModel; }
    [[nodiscard]] QTableView* itemsTable() const { return m_items; }
    [[nodiscard]] ReviewItemModel* itemModel() const { return m_itemModel; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString reminder() const;
    [[nodiscard]] QString evidenceText() const;
    [[nodiscard]] QChartView* progressChart() const { return m_chart; }
    [[nodiscard]] bool evidenceLoaded() const { return m_evidenceComplete; }

Q_SIGNALS:
    void changesMade();
    // What the navigation shows beside the page's title: "1 due soon", "2 overdue" or nothing.
    void badgeChanged(const QString& badge);
    void evidenceReady();
    void reportFinished(bool ok, const QString& message);

protected:
    void createUnlockedContent(QWidget* content) override;
    void releaseUnlockedContent() override;
    void changeEvent(QEvent* event) override;

private:
    // The actions of the buttons once their dialogs are answered; private so that tests reach them the way a
    // supervisor does, by clicking and answering.
    [[nodiscard]] Status decideSelected(ReviewDecision decision, const QString& justification,
                                        std::optional<qint64> newValidUntil);
    bool closeCurrent();
    // Starts writing the report; reportFinished() follows.
    bool exportCurrent(const QString& path);

    [[nodiscard]] Database* database() const;
    void loadCampaigns();
    void loadItems();
    void fillItems();
    void updateReminders();
    void updateButtons();
    void updateProgress();
    void showEvidence();
    void startEvidence();
    void stopEvidence();
    void showMessage(const QString& text, bool error);
    void newCampaign();
    void askDecision(ReviewDecision decision);
    void askClose();
    void askExport();

    QString m_actor;
    MessageBanner* m_reminder = nullptr;
    MessageBanner* m_message = nullptr;
    ReviewCampaignModel* m_campaignModel = nullptr;
    QTableView* m_campaigns = nullptr;
    QLabel* m_summary = nullptr;
    QChartView* m_chart = nullptr;
    ChartPanel* m_chartPanel = nullptr; // m_chart with its numbers as a table
    ReviewItemModel* m_itemModel = nullptr;
    QTableView* m_items = nullptr;
    QCheckBox* m_undecidedOnly = nullptr;
    QCheckBox* m_dueOnly = nullptr;
    QLabel* m_dueCount = nullptr;
    QLabel* m_decideHint = nullptr;
    QLabel* m_evidence = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_shorten = nullptr;
    QTimer* m_reminderTimer = nullptr;

    std::vector<ReviewListReader::CampaignRow> m_campaignRows;
    std::vector<ReviewListReader::ItemRow> m_itemRows;
    QHash<qint64, ReviewEvidence> m_evidenceByItem;
    bool m_evidenceComplete = false;
    LatestResultRunner m_evidenceReader;
    LatestResultRunner m_reportWriter;
    bool m_reminderBadgeCleared = true;
};

} // namespace custodian
