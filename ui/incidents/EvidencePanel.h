#pragma once

#include "store/EvidenceRegister.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace custodian {

class EvidenceCustodyModel;
class EvidenceItemModel;
class LatestResultRunner;
class MessageBanner;
class StoreSession;

// The Evidence tab of an incident's detail on the Incidents page (issue 17, point 6; docs/incidents-evidence.md, "On
// the page"): the incident's evidence items, the custody trail of the selected one, and the supervisor's work on them —
// Add… a file, Export… the selected item, Verify all. Everything that touches the register runs on a worker with a
// connection of its own (LatestResultRunner::runOnStore): a 50 MB add or export takes a noticeable time, and the GUI
// thread never waits on it. Adds, exports and verifications show their progress and can be cancelled; a refusal (the
// size limit, a read error, a tampered item) lands in the panel's message banner as the register words it.
// Built by the page while the store is unlocked, and destroyed with its content on lock.
class EvidencePanel : public QWidget
{
    Q_OBJECT
public:
    // `actor` names the supervisor in the custody trail and the console audit, as the page's other changes do.
    EvidencePanel(StoreSession* session, QString actor, QWidget* parent = nullptr);
    ~EvidencePanel() override;

    // The incident whose evidence is shown; 0 clears the panel. Reads its items on a worker.
    void setIncident(qint64 incidentId);
    [[nodiscard]] qint64 incidentId() const { return m_incidentId; }

    // Reads the items and their uploads again (a sync moved an upload on).
    void refreshUploads();

    [[nodiscard]] EvidenceItemModel* model() const { return m_items; }
    [[nodiscard]] EvidenceCustodyModel* custodyModel() const { return m_custody; }
    // A read, an add, an export or a verification is in flight (tests wait for it).
    [[nodiscard]] bool isBusy() const;

Q_SIGNALS:
    // Evidence was added to the incident (the page may want its timeline again).
    void evidenceAdded(qint64 incidentId, qint64 itemId);

private:
    void loadItems(qint64 selectItemId = 0);
    void loadCustody();
    void addFile();
    void exportItem();
    void verifyAll();
    void cancelWork();
    // Progress of the running add, export or verification; the buttons stay off until finished() is called.
    void startWork(const QString& what);
    void progressed(qint64 done, qint64 total);
    void finished();
    void updateButtons();
    [[nodiscard]] qint64 currentItemId() const;
    void showMessage(const QString& text, bool error);

    StoreSession* m_session;
    QString m_actor;
    qint64 m_incidentId = 0;

    EvidenceItemModel* m_items;
    EvidenceCustodyModel* m_custody;
    LatestResultRunner* m_itemRunner;
    LatestResultRunner* m_custodyRunner;
    LatestResultRunner* m_workRunner;
    QTableView* m_itemTable;
    QTableView* m_custodyTable;
    QPushButton* m_add;
    QPushButton* m_export;
    QPushButton* m_verify;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_working;
    MessageBanner* m_message;
};

} // namespace custodian
