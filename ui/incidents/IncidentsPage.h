#pragma once

#include "domain/IncidentFilter.h"
#include "rules/IncidentBulkAction.h"
#include "store/IncidentRepository.h"
#include "ui/session/SessionPage.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QComboBox;
class QPushButton;
class QTabWidget;
class QTableView;

namespace custodian {

class BreachPanel;
class EvidencePanel;
class IncidentFilterBar;
class IncidentLinkModel;
class IncidentListModel;
class IncidentObservableModel;
class IncidentRelatedModel;
class IncidentTaskModel;
class IncidentTimelineChart;
class IncidentTimelineModel;
class LatestResultRunner;
class MessageBanner;
class Store;

// The Incidents page (issue 17, points 1, 2 and 4; docs/incidents.md, "The Incidents page"): the list of incidents an
// IncidentFilter selects (IncidentFilterBar), newest first with their SLA state and GDPR clock, read on a worker; the
// selected incident's detail, also read on a worker — its fields and phase with the CSF function, its tasks grouped by
// phase, its timeline with the state of its hash chain, what its events involve, the incidents related to it and those
// linked to or merged with it — and the supervisor's work on it: edit, change phase, decide a task, add a note, close,
// reopen, and its report (PDF or Markdown, written on a worker and audited by IncidentReport). Every change goes
// through IncidentWorkflow (one transaction with its timeline and console-audit entries); refusals land in the page's
// message banner as IncidentWorkflow words them. The detail's tabs leave room for the GDPR panel and the evidence list,
// which are widgets of their own (detailTabs()). Several incidents selected in the list can be assigned or closed at
// once with one shared reason (IncidentBulkAction on a worker, with progress and Cancel; a summary names each refusal).
// Exists only while the store is unlocked (SessionPage).
class IncidentsPage : public SessionPage
{
    Q_OBJECT
public:
    // `actor` names the supervisor in the console audit (default: "console:" + the login name).
    explicit IncidentsPage(StoreSession* session, QString actor = {}, QWidget* parent = nullptr);
    ~IncidentsPage() override;

    // Sets the filter bar to `filter` and lists what it selects (the Today tile's numbers open the page so).
    void showIncidents(const IncidentFilter& filter);
    // Reads the list again (after a sync), keeping the selection.
    void refresh();
    // A sync moved an evidence upload on: the Evidence tab shows where each stands.
    void refreshEvidence();
    // Selects the incident when it is listed; otherwise lists every incident and selects it once read.
    void showIncident(qint64 incidentId);

    [[nodiscard]] IncidentFilter filter() const;
    [[nodiscard]] qint64 currentIncidentId() const;
    // nullptr while locked.
    [[nodiscard]] IncidentListModel* model() const { return m_model; }
    // The detail's tabs, for the panels other parts of issue 17 add (GDPR, evidence). nullptr while locked.
    [[nodiscard]] QTabWidget* detailTabs() const { return m_tabs; }
    // The timeline's chart; nullptr while locked.
    [[nodiscard]] IncidentTimelineChart* timelineChart() const { return m_timelineChart; }
    // The Evidence tab; nullptr while locked.
    [[nodiscard]] EvidencePanel* evidencePanel() const { return m_evidence; }
    [[nodiscard]] BreachPanel* breachPanel() const { return m_breach; }
    // A list or detail read is in flight (tests wait for it).
    [[nodiscard]] bool isLoading() const;
    // The incidents selected in the list, in the list's order.
    [[nodiscard]] std::vector<qint64> selectedIncidentIds() const;
    // A bulk assign or close is running on its worker.
    [[nodiscard]] bool isBulkRunning() const;

Q_SIGNALS:
    // "Show events": the access events linked to the incident, on the access page.
    void showEventsRequested(qint64 incidentId);
    // A change was committed to the incident.
    void incidentChanged(qint64 incidentId);
    // The report of the shown incident was written (ok) or refused; `message` is what the banner says.
    void reportFinished(bool ok, const QString& message);
    // A bulk assign or close ended (finished, cancelled or refused as a whole); `message` is what the banner says.
    void bulkFinished(int done, int refused, const QString& message);

protected:
    void createUnlockedContent(QWidget* content) override;
    void releaseUnlockedContent() override;

private:
    struct Loaded;

    [[nodiscard]] Store* store() const;
    void loadList();
    void loadDetail();
    void showDetail(const Loaded& loaded);
    void clearDetail();
    void edit();
    void changePhase();
    void decideTask(bool done);
    void addNote();
    void closeIncident();
    void reopen();
    // Report…: asks where, then writeReport().
    void askReport();
    // Writes the shown incident's report to `path` on a worker, PDF or Markdown by its suffix; reportFinished()
    // follows. False when nothing was started (no incident, a report already being written, an unknown suffix).
    bool writeReport(const QString& path);
    // Assign… / Close selected…: asks in an IncidentBulkDialog, then runs it on a worker.
    void askBulk(IncidentBulkAction::Kind kind);
    void runBulk(const IncidentBulkAction::Request& request);
    void showBulkProgress(int finished, int total, const QString& reference);
    void showBulkReport(IncidentBulkAction::Kind kind, const Result<IncidentBulkAction::Report>& report);
    void selectionChanged();
    void openRelated(const QModelIndex& index);
    void openLinked(const QModelIndex& index);
    // After a change: the list and the detail again; the message says what happened.
    void changed(qint64 incidentId, const QString& message);
    void showMessage(const QString& text, bool error);

    QString m_actor;
    qint64 m_wanted = 0; // the incident to select once the list is read
    qint64 m_shownId = 0;
    // The fields shown, which Edit… starts from (read on the worker, not again on the GUI thread).
    IncidentRepository::Incident m_shownIncident;
    bool m_shownClosed = false;
    int m_shownPhase = 0;

    // Built on unlock, destroyed on lock.
    IncidentFilterBar* m_filterBar = nullptr;
    IncidentListModel* m_model = nullptr;
    IncidentTaskModel* m_taskModel = nullptr;
    IncidentTimelineModel* m_timelineModel = nullptr;
    IncidentObservableModel* m_observableModel = nullptr;
    IncidentRelatedModel* m_relatedModel = nullptr;
    IncidentLinkModel* m_linkModel = nullptr;
    LatestResultRunner* m_listRunner = nullptr;
    LatestResultRunner* m_detailRunner = nullptr;
    LatestResultRunner* m_reportRunner = nullptr;
    LatestResultRunner* m_bulkRunner = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_bulkAssign = nullptr;
    QPushButton* m_bulkClose = nullptr;
    QProgressBar* m_bulkProgress = nullptr;
    QPushButton* m_bulkCancel = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_summary = nullptr;
    QComboBox* m_phase = nullptr;
    QPushButton* m_changePhase = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_report = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_addNote = nullptr;
    QTableView* m_tasks = nullptr;
    QPushButton* m_taskDone = nullptr;
    QPushButton* m_taskNotApplicable = nullptr;
    QLabel* m_chain = nullptr;
    QTableView* m_timeline = nullptr;
    IncidentTimelineChart* m_timelineChart = nullptr;
    EvidencePanel* m_evidence = nullptr;
    BreachPanel* m_breach = nullptr;
    QTableView* m_observables = nullptr;
    QTableView* m_related = nullptr;
    QTableView* m_links = nullptr;
    QPushButton* m_showEvents = nullptr;
    MessageBanner* m_message = nullptr;
};

} // namespace custodian
