#pragma once

#include "domain/Enums.h"
#include "store/FindingRepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace custodian {

class MessageBanner;
class FindingModel;
class Store;

// The findings page: what the detections found (off-hours access, bulk access, failed-login bursts, card data
// without PCI DSS training, access by inactive agents, new workstations), filtered by status, kind, severity,
// agent and time; the selected finding's details (control mapping, evidence count, status and reason); and the
// supervisor's decisions — acknowledge, dismiss with a reason, escalate, reopen — each audited
// (rules/FindingWorkflow). "Show events" asks the access page for the events behind the finding.
class FindingsPage : public QWidget
{
    Q_OBJECT
public:
    // `actor` names the supervisor in the console audit (default: "console:" + the login name).
    explicit FindingsPage(Store* store, QString actor = {}, QWidget* parent = nullptr);

    // nullptr when the store locks: the page empties and its buttons go inactive.
    void setStore(Store* store);
    // Reads the findings again (after an ingest or a sync).
    void refresh();
    [[nodiscard]] FindingModel* model() const { return m_model; }
    [[nodiscard]] qint64 currentFindingId() const;
    void selectFinding(qint64 findingId);

Q_SIGNALS:
    void showEvidenceRequested(qint64 findingId);
    // A decision on a finding was recorded (and queued for the central service).
    void decisionRecorded(qint64 findingId);

private:
    [[nodiscard]] FindingRepository::Filter filterFromControls() const;
    void filterChanged();
    void reloadAgents();
    void updateDetail();
    void changeStatus(FindingStatus to);
    [[nodiscard]] bool askReason(const QString& title, const QString& label, QString& reason);
    void showMessage(const QString& text, bool error);

    Store* m_store;
    QString m_actor;
    FindingModel* m_model;
    QComboBox* m_status;
    QComboBox* m_kind;
    QComboBox* m_severity;
    QComboBox* m_agent;
    QComboBox* m_time;
    QLabel* m_count;
    QTableView* m_table;
    QLabel* m_detail;
    QPushButton* m_acknowledge;
    QPushButton* m_dismiss;
    QPushButton* m_escalate;
    QPushButton* m_reopen;
    QPushButton* m_showEvidence;
    MessageBanner* m_message;
};

} // namespace custodian
