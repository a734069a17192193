#include "ui/roles/RolesPage.h"

#include "domain/Clock.h"
#include "item/AgentAssignmentModel.h"
#include "item/AgentHistoryModel.h"
#include "item/AgentPermissionModel.h"
#include "item/ItemRoles.h"
#include "item/PendingRequestModel.h"
#include "item/RoleCatalogModel.h"
#include "item/SodRuleModel.h"
#include "rules/RoleAssignmentWorkflow.h"
#include "store/AgentAccessRepository.h"
#include "store/ChoiceLists.h"
#include "store/Database.h"
#include "store/RoleCatalogRepository.h"
#include "store/RoleHolderHistory.h"
#include "store/Store.h"
#include "ui/roles/GrantRoleDialog.h"
#include "ui/roles/RoleCharts.h"
#include "ui/roles/WhoCouldWhoDidPanel.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/ReadOnlyTable.h"
#include "ui/widgets/ReasonDialog.h"
#include "ui/widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace custodian {

namespace {

// With its zone ("… CET"): a time in a sentence or a detail line says which clock it is.
QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm t"));
}

} // namespace

QString RolesPage::dataClassName(DataClass value)
{
    return RoleCatalogModel::dataClassName(value);
}

RolesPage::RolesPage(StoreSession* session, QString actor, QWidget* parent)
    : SessionPage(session, parent)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("rolesPage"));
    followSession();
}

RolesPage::~RolesPage()
{
    destroyUnlockedContent();
}

Database* RolesPage::database() const
{
    Store* store = m_session->store();
    return store ? &store->database() : nullptr;
}

void RolesPage::releaseUnlockedContent()
{
    m_tabs = nullptr;
    m_charts = nullptr;
    m_whoCouldWhoDid = nullptr;
    m_roleModel = nullptr;
    m_roles = nullptr;
    m_sod = m_permissions = m_assignments = m_history = m_pending = nullptr;
    m_sodModel = nullptr;
    m_permissionModel = nullptr;
    m_assignmentModel = nullptr;
    m_historyModel = nullptr;
    m_pendingModel = nullptr;
    m_agent = nullptr;
    m_agentSummary = nullptr;
    m_message = nullptr;
    m_approvalNote = nullptr;
    m_waitingOnMe = nullptr;
    m_grant = m_revoke = m_shorten = m_approve = m_reject = nullptr;
}

void RolesPage::createUnlockedContent(QWidget* content)
{
    QVBoxLayout* outer = PageLayout::open(content, tr("Roles and access"));
    m_message = new MessageBanner(content);
    m_message->setObjectName(QStringLiteral("rolesMessage"));
    outer->addWidget(m_message);
    m_tabs = new QTabWidget(content);
    m_tabs->setAccessibleName(tr("Roles and access"));
    outer->addWidget(m_tabs, 1);

    // Catalog.
    auto* catalog = new QSplitter(Qt::Vertical, m_tabs);
    m_roleModel = new RoleCatalogModel(content);
    m_roles = ReadOnlyTable::view(tr("Roles"), m_roleModel, catalog);
    m_roles->setObjectName(QStringLiteral("rolesTable"));
    m_sodModel = new SodRuleModel(content);
    m_sod = ReadOnlyTable::view(tr("Separation-of-duties rules"), m_sodModel, catalog);
    m_sod->setObjectName(QStringLiteral("sodTable"));
    catalog->addWidget(m_roles);
    catalog->addWidget(m_sod);
    catalog->setStretchFactor(0, 3);
    catalog->setStretchFactor(1, 2);
    m_tabs->addTab(catalog, tr("&Catalog"));

    // One agent.
    auto* agentTab = new QWidget(m_tabs);
    auto* agentLayout = new QVBoxLayout(agentTab);
    auto* pick = new QHBoxLayout;
    m_agent = new QComboBox(agentTab);
    m_agent->setObjectName(QStringLiteral("rolesAgent"));
    m_agent->setEditable(true);
    m_agent->setInsertPolicy(QComboBox::NoInsert);
    m_agent->completer()->setFilterMode(Qt::MatchContains);
    m_agent->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_agent->setMinimumWidth(320);
    m_agent->lineEdit()->setPlaceholderText(tr("Agent name or employee number"));
    // The label's buddy is the combo box; a screen reader lands in its line edit, which needs the name too.
    m_agent->lineEdit()->setAccessibleName(tr("Agent"));
    auto* agentLabel = new QLabel(tr("&Agent:"), agentTab);
    agentLabel->setBuddy(m_agent);
    pick->addWidget(agentLabel);
    pick->addWidget(m_agent);
    m_agentSummary = new QLabel(agentTab);
    m_agentSummary->setObjectName(QStringLiteral("rolesAgentSummary"));
    pick->addWidget(m_agentSummary, 1);
    m_grant = new QPushButton(tr("&Grant role…"), agentTab);
    m_grant->setObjectName(QStringLiteral("grantRoleButton"));
    m_revoke = new QPushButton(tr("&Revoke…"), agentTab);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_shorten = new QPushButton(tr("S&horten…"), agentTab);
    m_shorten->setObjectName(QStringLiteral("shortenButton"));
    pick->addWidget(m_grant);
    pick->addWidget(m_revoke);
    pick->addWidget(m_shorten);
    agentLayout->addLayout(pick);
    auto* agentSplit = new QSplitter(Qt::Vertical, agentTab);
    m_assignmentModel = new AgentAssignmentModel(content);
    m_assignments = ReadOnlyTable::view(tr("Assignments of the agent"), m_assignmentModel, agentSplit);
    m_assignments->setObjectName(QStringLiteral("assignmentsTable"));
    m_permissionModel = new AgentPermissionModel(content);
    m_permissions = ReadOnlyTable::view(tr("Permissions of the agent"), m_permissionModel, agentSplit);
    m_permissions->setObjectName(QStringLiteral("permissionsTable"));
    m_historyModel = new AgentHistoryModel(content);
    m_history = ReadOnlyTable::view(tr("History of the agent's roles"), m_historyModel, agentSplit);
    m_history->setObjectName(QStringLiteral("historyTable"));
    for (QTableView* table : { m_assignments, m_permissions, m_history })
        agentSplit->addWidget(table);
    agentLayout->addWidget(agentSplit, 1);
    m_tabs->addTab(agentTab, tr("A&gent"));

    // Requests waiting for a second supervisor.
    auto* pendingTab = new QWidget(m_tabs);
    auto* pendingLayout = new QVBoxLayout(pendingTab);
    auto* pendingButtons = new QHBoxLayout;
    auto* pendingHint = new QLabel(tr("Sensitive roles are in force only once a supervisor other than the requester "
                                      "approves them."),
                                   pendingTab);
    pendingHint->setWordWrap(true);
    m_approve = new QPushButton(tr("A&pprove…"), pendingTab);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject = new QPushButton(tr("Re&ject…"), pendingTab);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    pendingButtons->addWidget(pendingHint, 1);
    pendingButtons->addWidget(m_approve);
    pendingButtons->addWidget(m_reject);
    pendingLayout->addLayout(pendingButtons);
    m_approvalNote = new QLabel(pendingTab);
    m_approvalNote->setObjectName(QStringLiteral("approvalNote"));
    m_approvalNote->setWordWrap(true);
    Theme::setTone(m_approvalNote, Theme::Tone::Warning);
    m_approvalNote->hide();
    pendingLayout->addWidget(m_approvalNote);
    m_waitingOnMe = new QCheckBox(tr("Only requests I may decide (not my own)"), pendingTab);
    m_waitingOnMe->setObjectName(QStringLiteral("pendingWaitingOnMe"));
    pendingLayout->addWidget(m_waitingOnMe);
    m_pendingModel = new PendingRequestModel(content);
    m_pending = ReadOnlyTable::view(tr("Requests waiting for approval"), m_pendingModel, pendingTab);
    m_pending->setObjectName(QStringLiteral("pendingTable"));
    pendingLayout->addWidget(m_pending, 1);
    m_tabs->addTab(pendingTab, tr("&Approvals"));

    m_charts = new RoleCharts(m_tabs);
    m_tabs->addTab(m_charts, tr("C&harts"));
    m_whoCouldWhoDid = new WhoCouldWhoDidPanel(m_session->store(), m_tabs);
    m_tabs->addTab(m_whoCouldWhoDid, tr("&Who could, who did"));

    connect(m_agent, &QComboBox::activated, this, [this](int) { loadAgent(); });
    // Return on a typed name or employee number that is not a whole entry (QComboBox then activates nothing): the one
    // agent it names. Connected after the combo box's own handling, which has already taken a whole entry.
    connect(m_agent->lineEdit(), &QLineEdit::returnPressed, this, &RolesPage::chooseTypedAgent);
    connect(m_grant, &QPushButton::clicked, this, &RolesPage::grantRole);
    connect(m_revoke, &QPushButton::clicked, this, &RolesPage::askRevoke);
    connect(m_shorten, &QPushButton::clicked, this, &RolesPage::askShorten);
    connect(m_waitingOnMe, &QCheckBox::toggled, this, &RolesPage::loadPending);
    connect(m_approve, &QPushButton::clicked, this, [this] { askDecision(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { askDecision(false); });
    for (QTableView* table : { m_assignments, m_pending })
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RolesPage::updateButtons);

    reloadAgentChoices();
    reload();
}

void RolesPage::reloadAgentChoices()
{
    Database* db = database();
    if (!unlockedContent() || !db)
        return;
    // Agents for the picker: a few thousand names, read at unlock and again when a sync brought agents (the first
    // sync of a new store brings all of them), keeping the agent shown.
    auto agents = ChoiceLists(*db).agents();
    if (!agents)
        return;
    const QVariant shown = m_agent->currentData();
    const QSignalBlocker block(m_agent);
    m_agent->clear();
    for (const auto& agent : *agents)
        m_agent->addItem(agent.label, agent.id);
    m_agent->setCurrentIndex(shown.isValid() ? m_agent->findData(shown) : -1);
}

void RolesPage::reload()
{
    if (!unlockedContent() || !database())
        return;
    // Time-bound assignments end by themselves: each one that ran out since the last look gets its history line and
    // a console-audit entry by "system" before anything is shown.
    if (auto expired = RoleAssignmentWorkflow::expireDue(*database(), Clock::nowMs()); !expired)
        showMessage(expired.error().message(), true);
    loadCatalog();
    loadAgent();
    loadPending();
    updateButtons();
}

void RolesPage::loadCatalog()
{
    const qint64 now = Clock::nowMs();
    auto roles = RoleCatalogRepository(*database()).roles(now);
    if (!roles) {
        showMessage(roles.error().message(), true);
        return;
    }
    m_charts->showHolders(*roles);
    m_roleModel->setRoles(std::move(*roles));
    ReadOnlyTable::fit(m_roles);
    // A year of weekly samples over the sensitive roles' assignments (a few thousand rows).
    constexpr qint64 WeekMs = 7LL * 24 * 3600 * 1000;
    auto history = RoleHolderHistory(*database()).sensitiveHolders(now - 52 * WeekMs, now, WeekMs);
    if (history)
        m_charts->showSensitiveHistory(*history);
    else
        showMessage(history.error().message(), true);
    auto rules = RoleCatalogRepository(*database()).sodRules();
    if (!rules) {
        showMessage(rules.error().message(), true);
        return;
    }
    m_sodModel->setRules(std::move(*rules));
    ReadOnlyTable::fit(m_sod);
}

void RolesPage::chooseTypedAgent()
{
    const QString typed = m_agent->currentText().trimmed();
    if (typed.isEmpty() || currentAgent())
        return;
    int found = -1;
    int matches = 0;
    for (int i = 0; i < m_agent->count(); ++i) {
        if (m_agent->itemText(i).contains(typed, Qt::CaseInsensitive)) {
            found = i;
            ++matches;
        }
    }
    if (matches != 1) {
        loadAgent(); // shows nobody: the typed text names no one agent
        showMessage(matches == 0 ? tr("No agent's name or employee number contains “%1”.").arg(typed)
                                 : tr("%n agents match “%1”: choose one from the list.", nullptr, matches).arg(typed),
                    true);
        return;
    }
    m_agent->setCurrentIndex(found);
    loadAgent();
}

qint64 RolesPage::currentAgent() const
{
    if (!m_agent || m_agent->currentIndex() < 0)
        return 0;
    // The typed text must name the selected agent; a half-typed name selects nobody.
    if (m_agent->currentText() != m_agent->itemText(m_agent->currentIndex()))
        return 0;
    return m_agent->currentData().toLongLong();
}

bool RolesPage::showAgent(qint64 agentId)
{
    if (!m_agent)
        return false;
    const int index = m_agent->findData(agentId);
    if (index < 0)
        return false;
    m_agent->setCurrentIndex(index);
    m_tabs->setCurrentIndex(1);
    loadAgent();
    return true;
}

void RolesPage::loadAgent()
{
    const qint64 agentId = currentAgent();
    const qint64 now = Clock::nowMs();
    AgentAccessRepository access(*database());
    std::vector<AgentAccessRepository::Assignment> assignments;
    std::vector<AgentAccessRepository::Permission> permissions;
    std::vector<AgentAccessRepository::HistoryLine> history;
    if (agentId) {
        auto a = access.assignments(agentId);
        auto p = access.effectivePermissions(agentId, now);
        auto h = access.history(agentId);
        for (const Error* error : { a ? nullptr : &a.error(), p ? nullptr : &p.error(), h ? nullptr : &h.error() }) {
            if (error) {
                showMessage(error->message(), true);
                return;
            }
        }
        assignments = std::move(*a);
        permissions = std::move(*p);
        history = std::move(*h);
    }
    int inForce = 0;
    for (const auto& a : assignments)
        inForce += a.inForceAt(now) ? 1 : 0;
    const auto permissionCount = permissions.size();
    const auto historyCount = history.size();
    m_assignmentModel->setAssignments(std::move(assignments), now);
    ReadOnlyTable::fit(m_assignments);
    m_permissionModel->setPermissions(std::move(permissions));
    ReadOnlyTable::fit(m_permissions);
    m_historyModel->setHistory(std::move(history));
    ReadOnlyTable::fit(m_history);
    m_agentSummary->setText(agentId ? tr("%1 role(s) in force, %2 permission(s), %3 change(s) in the history")
                                          .arg(inForce)
                                          .arg(permissionCount)
                                          .arg(historyCount)
                                    : tr("Choose an agent to see their access."));
    updateButtons();
}

void RolesPage::loadPending()
{
    auto pending = AgentAccessRepository(*database()).pending();
    if (!pending) {
        showMessage(pending.error().message(), true);
        return;
    }
    // Waiting on me: what I may decide, i.e. not my own requests (AssignmentRules::checkDecider). A console that does
    // not know its supervisor yet cannot tell which are its own and lists every one (as Today counts them).
    if (m_waitingOnMe->isChecked()) {
        if (auto actor = RoleAssignmentWorkflow::consoleActor(*database(), m_actor)) {
            const qint64 me = actor->supervisorId;
            std::erase_if(*pending, [me](const AgentAccessRepository::Assignment& a) { return a.requestedBy == me; });
        }
    }
    const auto count = pending->size();
    m_pendingModel->setRequests(std::move(*pending));
    ReadOnlyTable::fit(m_pending);
    m_tabs->setTabText(2, count == 0 ? tr("&Approvals") : tr("&Approvals (%1)").arg(count));
}

void RolesPage::showApprovals(bool waitingOnMe, qint64 requestId)
{
    if (!unlockedContent())
        return;
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_pending->parentWidget()));
    if (m_waitingOnMe->isChecked() != waitingOnMe)
        m_waitingOnMe->setChecked(waitingOnMe); // reloads the requests
    else
        loadPending();
    for (int row = 0; row < m_pendingModel->rowCount(); ++row) {
        if (requestId != 0 && m_pendingModel->assignment(row)->id == requestId) {
            // Not selectRow(): it picks the column at the header's left edge, none while the tab was never laid out.
            m_pending->setCurrentIndex(m_pendingModel->index(row, 0));
            break;
        }
    }
}

qint64 RolesPage::selectedId(QTableView* table) const
{
    if (!table || !table->selectionModel())
        return 0;
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.front().data(IdRole).toLongLong();
}

void RolesPage::updateButtons()
{
    if (!m_grant)
        return;
    m_grant->setEnabled(currentAgent() != 0);
    std::optional<AssignmentStatus> status;
    if (const QModelIndexList rows = m_assignments->selectionModel()->selectedRows(); !rows.isEmpty())
        status = m_assignmentModel->status(rows.front().row());
    m_revoke->setEnabled(status == AssignmentStatus::Active || status == AssignmentStatus::Pending);
    m_shorten->setEnabled(status == AssignmentStatus::Active);
    // One's own request can be neither approved nor rejected (AssignmentRules::checkDecider): say so before the
    // supervisor types a note, on the buttons and beside them.
    const auto request = selectedAssignment(m_pending);
    std::optional<Error> ownApproval;
    std::optional<Error> ownRejection;
    if (request) {
        if (auto actor = RoleAssignmentWorkflow::consoleActor(*database(), m_actor)) {
            ownApproval = AssignmentRules::checkDecider(request->requestedBy, actor->supervisorId, true);
            ownRejection = AssignmentRules::checkDecider(request->requestedBy, actor->supervisorId, false);
        }
    }
    m_approve->setEnabled(request && !ownApproval);
    m_approve->setToolTip(ownApproval ? ownApproval->message() : QString());
    m_reject->setEnabled(request && !ownRejection);
    m_reject->setToolTip(ownRejection ? ownRejection->message() : QString());
    m_approvalNote->setText(
        ownApproval ? tr("%1 To withdraw it, revoke it on the Agent tab.").arg(ownApproval->message()) : QString());
    m_approvalNote->setVisible(bool(ownApproval));
}

void RolesPage::showMessage(const QString& text, bool error)
{
    if (!m_message)
        return;
    m_message->showMessage(text, error ? MessageBanner::Level::Error : MessageBanner::Level::Success);
}

QString RolesPage::message() const
{
    return m_message && m_message->isVisible() ? m_message->text() : QString();
}

void RolesPage::grantRole()
{
    const qint64 agentId = currentAgent();
    if (!agentId || !database())
        return;
    GrantRoleDialog dialog(*database(), agentId, m_agent->currentText(), m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(dialog.outcome(), false);
    reload();
    Q_EMIT changesMade();
}

std::optional<AgentAccessRepository::Assignment> RolesPage::selectedAssignment(QTableView* table) const
{
    if (!table || !table->selectionModel())
        return std::nullopt;
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const AgentAccessRepository::Assignment* row = table == m_pending
        ? m_pendingModel->assignment(rows.front().row())
        : m_assignmentModel->assignment(rows.front().row());
    return row ? std::optional<AgentAccessRepository::Assignment>(*row) : std::nullopt;
}

QString RolesPage::subjectOf(const AgentAccessRepository::Assignment& a)
{
    const QString agent = a.employeeNo.isEmpty() ? a.agentName : tr("%1 (%2)").arg(a.agentName, a.employeeNo);
    const QString window = a.validUntil
        ? tr("valid from %1 until %2").arg(timeText(a.validFrom), timeText(*a.validUntil))
        : tr("valid from %1, open-ended").arg(timeText(a.validFrom));
    QString subject = tr("%1 — %2, %3").arg(agent, a.roleName, window);
    if (a.status == AssignmentStatus::Pending && !a.requestedByName.isEmpty())
        subject += QLatin1Char('\n') + tr("Requested by %1 on %2").arg(a.requestedByName, timeText(a.requestedAt));
    return subject;
}

Status
RolesPage::runChange(qint64 id,
                     const std::function<Status(Database&, qint64, const RoleAssignmentWorkflow::Actor&)>& change,
                     const QString& done)
{
    if (!id || !database())
        return Error(Error::Code::NotConfigured, tr("The store is locked."));
    auto actor = RoleAssignmentWorkflow::consoleActor(*database(), m_actor);
    if (!actor)
        return actor.error();
    if (Status status = change(*database(), id, *actor); !status)
        return status;
    reload();
    showMessage(done, false);
    Q_EMIT changesMade();
    return {};
}

void RolesPage::askRevoke()
{
    const auto assignment = selectedAssignment(m_assignments);
    if (!assignment)
        return;
    const bool pending = assignment->status == AssignmentStatus::Pending;
    ReasonDialog dialog(
        pending ? tr("Withdraw request") : tr("Revoke assignment"), subjectOf(*assignment),
        [this, id = assignment->id](const QString& reason, std::optional<qint64>) {
            return runChange(
                id,
                [&](Database& db, qint64 assignmentId, const RoleAssignmentWorkflow::Actor& actor) {
                    return RoleAssignmentWorkflow::revoke(db, assignmentId, reason, actor);
                },
                tr("Revoked; recorded in the agent's history and the console audit."));
        },
        this);
    dialog.setObjectName(QStringLiteral("revokeDialog"));
    dialog.setIntro(pending ? tr("The request is withdrawn; nobody can approve it any more.")
                            : tr("The agent loses what the role opens at once."));
    dialog.setReasonLabel(tr("&Reason:"), tr("Why is this assignment revoked? (required)"));
    dialog.setAcceptText(pending ? tr("&Withdraw") : tr("Re&voke"));
    dialog.exec();
}

void RolesPage::askShorten()
{
    const auto assignment = selectedAssignment(m_assignments);
    if (!assignment)
        return;
    ReasonDialog dialog(
        tr("Shorten validity"), subjectOf(*assignment),
        [this, id = assignment->id](const QString& reason, std::optional<qint64> newEnd) {
            const qint64 until = newEnd.value_or(0);
            return runChange(
                id,
                [&](Database& db, qint64 assignmentId, const RoleAssignmentWorkflow::Actor& actor) {
                    return RoleAssignmentWorkflow::shorten(db, assignmentId, until, reason, actor);
                },
                tr("Validity shortened to %1.").arg(timeText(until)));
        },
        this);
    dialog.setObjectName(QStringLiteral("shortenDialog"));
    dialog.setIntro(tr("The assignment ends earlier, at the new end."));
    dialog.askNewEnd(Clock::nowLocal().addDays(7).toMSecsSinceEpoch());
    dialog.setReasonLabel(tr("&Reason:"), tr("Why is the validity shortened? (required)"));
    dialog.setAcceptText(tr("S&horten"));
    dialog.exec();
}

void RolesPage::askDecision(bool approve)
{
    const auto request = selectedAssignment(m_pending);
    if (!request)
        return;
    ReasonDialog dialog(
        approve ? tr("Approve request") : tr("Reject request"), subjectOf(*request),
        [this, approve, id = request->id](const QString& reason, std::optional<qint64>) {
            return runChange(
                id,
                [&](Database& db, qint64 assignmentId, const RoleAssignmentWorkflow::Actor& actor) {
                    return approve ? RoleAssignmentWorkflow::approve(db, assignmentId, reason, actor)
                                   : RoleAssignmentWorkflow::reject(db, assignmentId, reason, actor);
                },
                approve ? tr("Approved; in force once the central service has it.") : tr("Rejected."));
        },
        this);
    dialog.setObjectName(approve ? QStringLiteral("approveDialog") : QStringLiteral("rejectDialog"));
    dialog.setIntro(approve ? tr("The agent gets what the role opens once the central service has the approval.")
                            : tr("The request ends; the agent does not get the role."));
    dialog.setReasonLabel(approve ? tr("&Note:") : tr("&Reason:"),
                          approve ? tr("Note for the history (optional)")
                                  : tr("Why is the request rejected? (required)"));
    dialog.setAcceptText(approve ? tr("A&pprove") : tr("Re&ject"));
    dialog.exec();
}

} // namespace custodian
