#pragma once

#include "domain/Enums.h"
#include "store/FindingRepository.h"
#include "ui/session/SessionPage.h"

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace custodian {

class MessageBanner;
class FindingModel;
class IncidentFromEvidenceController;
class Store;

// The findings page: what the detections found (off-hours access, bulk access, failed-login bursts, card data
// without PCI DSS training, access by inactive agents, new workstations), most severe first, filtered by status,
// kind, severity, site, team, agent and time; the selected finding's details (control mapping, evidence count,
// status, who decided when, the reason and an escalation's recipient); and the supervisor's decisions — acknowledge,
// dismiss with a reason, escalate to a supervisor with a note, reopen with a reason — each audited
// (rules/FindingWorkflow). A finding "role held without required training" also offers its suggested action, Suspend
// role (and Restore role once the training is complete), through rules/UntrainedAccessWorkflow. Nothing is selected
// until the supervisor picks a finding. "Show events" asks the access page for the events behind the finding. Exists
// only while the store is unlocked (SessionPage): locking drops the table, its model and the detail with them.
class FindingsPage : public SessionPage
{
    Q_OBJECT
public:
    // `actor` names the supervisor in the console audit (default: "console:" + the login name).
    explicit FindingsPage(StoreSession* session, QString actor = {}, QWidget* parent = nullptr);
    ~FindingsPage() override;

    // Reads the findings again (after an ingest or a sync).
    void refresh();
    // nullptr while the store is locked.
    [[nodiscard]] FindingModel* model() const { return m_model; }
    [[nodiscard]] qint64 currentFindingId() const;
    // The selected rows' findings (Escalate to incident… takes several).
    [[nodiscard]] std::vector<qint64> selectedFindingIds() const;
    void selectFinding(qint64 findingId);
    // Sets the filter controls to `filter` (status set, kind, minimum severity, agent, team, site; a detectedAfter
    // becomes a "Found since …" choice of the time filter) and lists what they select, so that the supervisor sees the
    // filter that was applied. Statuses other than the controls' choices, and from/until, are not shown here: ignored.
    void showFindings(const FindingRepository::Filter& filter);
    // Selects one finding for a supervisor who asked for it elsewhere (the access page's "Open finding"): reads the
    // findings again if it is not listed, and widens the filters to every finding if they hide it.
    void showFinding(qint64 findingId);

Q_SIGNALS:
    void showEvidenceRequested(qint64 findingId);
    // A decision on a finding was recorded (and queued for the central service).
    void decisionRecorded(qint64 findingId);
    // A finding's action suspended or asked to restore a role assignment (the roles page shows it).
    void assignmentsChanged();
    // Findings were escalated into this incident: for the window to show it on the Incidents page.
    void incidentRequested(qint64 incidentId);

protected:
    void createUnlockedContent(QWidget* content) override;
    void releaseUnlockedContent() override;

private:
    [[nodiscard]] Store* store() const;
    [[nodiscard]] FindingRepository::Filter filterFromControls() const;
    void filterChanged();
    void reloadChoices();
    void escalate();
    void updateDetail();
    void changeStatus(FindingStatus to);
    // The suggested action of a "role held without required training" finding, and its undoing.
    void suspendRole();
    void restoreRole();
    void updateRoleActions(const FindingRepository::Row* row, QString& html);
    [[nodiscard]] bool askReason(const QString& title, const QString& label, QString& reason);
    void showMessage(const QString& text, bool error);

    QString m_actor;

    // Built on unlock, destroyed on lock.
    FindingModel* m_model = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_agent = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_site = nullptr;
    QComboBox* m_time = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_escalate = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_showEvidence = nullptr;
    QPushButton* m_suspendRole = nullptr;
    QPushButton* m_restoreRole = nullptr;
    QPushButton* m_toIncident = nullptr;
    QPushButton* m_addToIncident = nullptr;
    IncidentFromEvidenceController* m_incidents = nullptr;
    MessageBanner* m_message = nullptr;
    bool m_columnsSized = false;
    qint64 m_detectedAfter = 0; // what the time filter's "Found since …" choice stands for
};

} // namespace custodian
