#pragma once

#include "domain/AccessFilter.h"
#include "store/AccessQuery.h"

#include "ui/session/SessionPage.h"

#include <QPointer>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QScrollBar;
class QTableView;
class QFrame;

namespace custodian {

class MessageBanner;
class AccessByAgentModel;
class AccessEventModel;
class LatestResultRunner;
class AccessFilterBar;
class AccessTimelineChart;
class CardNumberLookup;
class EventDetailPane;
class IncidentFromEvidenceController;
class Store;
class StoreSession;

// The access-audit page: who opened which customer record, when, from where. A filter bar (time presets, agent,
// team, site, record, data class, action, outcome, channel, workstation, detections, full-text search, saved
// searches), the events-over-time chart of the current filter, the log itself as a sliding window with a time
// scroller beside it — or, with "Group by agent", one row per agent of the same filter (AccessByAgentReader, on a
// worker) — and the selected event's details. Everything it shows exists only while the store is
// unlocked: on lock the page destroys its content (models, connections, revealed values) and rebuilds it on the
// next unlock.
class AccessPage : public SessionPage
{
    Q_OBJECT
public:
    AccessPage(StoreSession* session, QString actor, QWidget* parent = nullptr);
    ~AccessPage() override;

    [[nodiscard]] AccessFilter filter() const { return m_filter; }
    void setFilter(const AccessFilter& filter);
    // "Events behind this finding": the evidence of one finding, over all time.
    void showFindingEvidence(qint64 findingId);
    // "Show events" of an incident: the access events linked to it, over all time.
    void showIncidentEvents(qint64 incidentId);
    // New access events were committed (by sync): at the newest edge of a time range that reaches now, with nothing
    // selected, the list reads again at once; otherwise a banner offers to, so that the place being read stays put.
    void eventsArrived();
    // Agents, teams, sites or workstations were committed (by sync): the filters offer them.
    void reloadChoices();
    [[nodiscard]] bool isNewEventsBannerShown() const;
    [[nodiscard]] AccessEventModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] AccessTimelineChart* chart() const { return m_chart; }
    [[nodiscard]] EventDetailPane* detailPane() const { return m_detail; }
    // "Group by agent": nullptr while locked. The agents' table shows instead of the log while the button is checked.
    [[nodiscard]] AccessByAgentModel* agentModel() const { return m_agentModel; }
    [[nodiscard]] bool isGroupingByAgent() const;
    [[nodiscard]] bool isLoadingAgents() const;
    // Where an export goes: asks the user by default (a file dialog); tests answer without a dialog. An empty
    // path cancels.
    using ExportPathChooser = std::function<QString(const QString& suggestedPath, const QString& format)>;
    void setExportPathChooser(ExportPathChooser chooser) { m_exportPathChooser = std::move(chooser); }

Q_SIGNALS:
    // The first rows of the current filter are painted (the benchmark listens).
    void firstRowsShown(qint64 elapsedMs);
    // The detail pane's "Open finding" and "Open agent": for the window to show them on their pages.
    void findingRequested(qint64 findingId);
    void agentRequested(qint64 agentId);
    // An incident was opened from, or given, the selection or the whole filter (Open incident…, Add to incident…):
    // for the window to show it on the Incidents page.
    void incidentRequested(qint64 incidentId);

protected:
    void createUnlockedContent(QWidget* content) override;
    void releaseUnlockedContent() override;

private:
    // Pieces of createUnlockedContent(): the chart over the log (with its time scroller) beside the event details,
    // and the wiring of the filter bar and of the log.
    [[nodiscard]] QWidget* buildLogAndDetail(Store* store, QWidget* content);
    void connectFilterBar();
    void connectLog();
    void loadChoices();
    void applyFilterToControls();
    void showResolvedRange();
    void readControlsIntoFilter();
    void applyNow();
    void updateStatus();
    void updateScroller();
    void scrollerMoved(int value);
    void tableScrolled();
    void currentRowChanged();
    void resolveRecordField();
    // Moves a customer identifier typed in clear into the search, agent or workstation field over to the record
    // filter (looked up by its keyed token), so that it never lands in a filter, a saved search or the audit.
    void takeIdentifiersFromFields();
    // A card number cannot be found locally (its token is the central service's): asks the service on a worker and
    // filters by the record when it answers.
    void lookUpCardNumber(const QString& typed);
    void cardNumberFound(qint64 recordId, const QString& masked);
    void showHeaderMenu(const QPoint& position);
    void saveHeaderState();
    void restoreHeaderState();
    void reloadSavedSearches();
    void saveSearch();
    void deleteSavedSearch();
    void savedSearchChosen(qint64 id);
    void exportAs(const QString& format);
    void queryResolved(const AccessQuery& query);
    void setGroupedByAgent(bool grouped);
    void loadAgentGroups();
    // A double-click on an agent's row: the log again, narrowed to that agent.
    void narrowToAgent(qint64 agentId);
    void showMessage(const QString& text, bool error);
    // The selected rows' events; none when nothing is selected (then an incident takes the whole filter).
    [[nodiscard]] std::vector<qint64> selectedEventIds() const;
    void incidentFromSelection(bool intoExisting);

    QString m_actor;
    AccessFilter m_filter;

    // Built on unlock, destroyed on lock.
    AccessEventModel* m_model = nullptr;
    AccessFilterBar* m_filterBar = nullptr;
    AccessTimelineChart* m_chart = nullptr;
    EventDetailPane* m_detail = nullptr;
    QTableView* m_table = nullptr;
    QWidget* m_eventsView = nullptr; // the log and its time scroller
    QPushButton* m_groupButton = nullptr;
    QLabel* m_groupStatus = nullptr;
    QTableView* m_agentTable = nullptr;
    AccessByAgentModel* m_agentModel = nullptr;
    LatestResultRunner* m_agentRunner = nullptr;
    IncidentFromEvidenceController* m_incidents = nullptr;
    std::optional<AccessQuery> m_lastQuery; // what the log lists now: what the agents' rows count
    QScrollBar* m_scroller = nullptr;
    QFrame* m_findingBanner = nullptr;
    QFrame* m_newEventsBanner = nullptr;
    QLabel* m_findingLabel = nullptr;
    QLabel* m_status = nullptr;
    MessageBanner* m_message = nullptr;
    CardNumberLookup* m_cardLookup = nullptr;
    qint64 m_recordFieldId = 0;
    qint64 m_firstEventMs = 0;
    // The filters before each drag-to-zoom on the chart, so that "Reset zoom" steps back out.
    QList<AccessFilter> m_zoomHistory;
    ExportPathChooser m_exportPathChooser;
    qint64 m_lastFirstRowsMs = -1;
};

} // namespace custodian
