#pragma once

#include "domain/Enums.h"
#include "rules/RoleAssignmentWorkflow.h"
#include "store/AgentAccessRepository.h"
#include "ui/session/SessionPage.h"

#include <QPointer>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace custodian {

class MessageBanner;
class Database;
class AgentAssignmentModel;
class AgentHistoryModel;
class AgentPermissionModel;
class PendingRequestModel;
class RoleCatalogModel;
class SodRuleModel;
class RoleCharts;
class WhoCouldWhoDidPanel;

// Role management: the roles catalog (what each role opens and requires, how many hold it) with the
// separation-of-duties rules; one agent's permissions in force and where each comes from, their assignments with
// grant, revoke and shorten, and the history of every role change with who, when and why; and the requests waiting
// for a second supervisor, approved or rejected here. Every change goes through RoleAssignmentWorkflow (one
// transaction with its history line, console-audit and outbox entry). The tables are small (roles, one agent's
// assignments, pending requests) and read on the GUI thread's connection by their indexes.
class RolesPage : public SessionPage
{
    Q_OBJECT
public:
    RolesPage(StoreSession* session, QString actor, QWidget* parent = nullptr);
    ~RolesPage() override;

    // Reads everything shown again (after a sync brought assignments, or a change here).
    void reload();
    // Reads the agents the picker offers again (after a sync brought agents).
    void reloadAgentChoices();
    // Shows one agent on the agent tab.
    bool showAgent(qint64 agentId);
    [[nodiscard]] qint64 currentAgent() const;
    // Shows the Approvals tab, only the requests I may decide when `waitingOnMe` (its check box says so), with the
    // request `requestId` selected when it is listed (0: none; a request not yet
    // accepted by the central service has a negative local id).
    void showApprovals(bool waitingOnMe, qint64 requestId = 0);

    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] RoleCharts* charts() const { return m_charts; }
    [[nodiscard]] WhoCouldWhoDidPanel* whoCouldWhoDid() const { return m_whoCouldWhoDid; }
    [[nodiscard]] QTableView* rolesTable() const { return m_roles; }
    [[nodiscard]] RoleCatalogModel* roleModel() const { return m_roleModel; }
    [[nodiscard]] QTableView* sodTable() const { return m_sod; }
    [[nodiscard]] QTableView* permissionsTable() const { return m_permissions; }
    [[nodiscard]] QTableView* assignmentsTable() const { return m_assignments; }
    [[nodiscard]] QTableView* historyTable() const { return m_history; }
    [[nodiscard]] QTableView* pendingTable() const { return m_pending; }
    [[nodiscard]] QString message() const;
    // The one name of a data class (Vocabulary), kept here for the pages that already ask the model.
    [[nodiscard]] static QString dataClassName(DataClass value);

Q_SIGNALS:
    // A change was written: the outbox holds it for the central service.
    void changesMade();

protected:
    void createUnlockedContent(QWidget* content) override;
    void releaseUnlockedContent() override;

private:
    [[nodiscard]] Database* database() const;
    void loadCatalog();
    void loadAgent();
    // Return on typed text that is not a whole entry: the one agent whose name or employee number contains it.
    void chooseTypedAgent();
    void loadPending();
    void showMessage(const QString& text, bool error);
    void updateButtons();
    void grantRole();
    void askRevoke();
    void askShorten();
    void askDecision(bool approve);
    [[nodiscard]] qint64 selectedId(QTableView* table) const;
    // A copy of the row selected in the agent's assignments or in the requests (the dialog outlives a reload).
    [[nodiscard]] std::optional<AgentAccessRepository::Assignment> selectedAssignment(QTableView* table) const;
    // "Ana Lima (E1234) — Refunds approver, valid from … until …": what a decision dialog acts on.
    [[nodiscard]] static QString subjectOf(const AgentAccessRepository::Assignment& assignment);
    // Runs one workflow step on assignment `id` as this console's supervisor. On success the page reloads and its
    // message line says `done`; a refusal is returned for the dialog that asked to show, and nothing is written.
    Status runChange(qint64 id,
                     const std::function<Status(Database&, qint64, const RoleAssignmentWorkflow::Actor&)>& change,
                     const QString& done);

    QString m_actor;
    QTabWidget* m_tabs = nullptr;
    RoleCharts* m_charts = nullptr;
    WhoCouldWhoDidPanel* m_whoCouldWhoDid = nullptr;
    RoleCatalogModel* m_roleModel = nullptr;
    QTableView* m_roles = nullptr;
    SodRuleModel* m_sodModel = nullptr;
    QTableView* m_sod = nullptr;
    QComboBox* m_agent = nullptr;
    QLabel* m_agentSummary = nullptr;
    AgentPermissionModel* m_permissionModel = nullptr;
    QTableView* m_permissions = nullptr;
    AgentAssignmentModel* m_assignmentModel = nullptr;
    QTableView* m_assignments = nullptr;
    AgentHistoryModel* m_historyModel = nullptr;
    QTableView* m_history = nullptr;
    QPushButton* m_grant = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_shorten = nullptr;
    PendingRequestModel* m_pendingModel = nullptr;
    QTableView* m_pending = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QLabel* m_approvalNote = nullptr;
    QCheckBox* m_waitingOnMe = nullptr; // why Approve/Reject are disabled on the selected request
    MessageBanner* m_message = nullptr;
};

} // namespace custodian
