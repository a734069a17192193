#include "ui/findings/FindingsPage.h"

#include "domain/Clock.h"
#include "domain/LocalUser.h"

#include "item/FindingModel.h"
#include "rules/FindingCatalogue.h"
#include "rules/FindingWorkflow.h"
#include "rules/RoleAssignmentWorkflow.h"
#include "rules/UntrainedAccessWorkflow.h"
#include "store/ChoiceLists.h"
#include "store/FindingRepository.h"
#include "store/Store.h"
#include "ui/findings/EscalateFindingDialog.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/IncidentFromEvidenceController.h"
#include "ui/widgets/ItemViews.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/ReasonDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <optional>
#include <span>

namespace custodian {

namespace {
constexpr qint64 HourMs = 3'600'000;

// The time filter's data for "Found since …" (the others are hours back, 0 for any time).
constexpr qint64 FoundSinceChoice = -1;

int statusBit(FindingStatus status)
{
    return 1 << int(status);
}

QString defaultActor()
{
    return QStringLiteral("console:") + localUserName();
}

// With its zone ("… CET"): a time in a sentence or a detail line says which clock it is.
QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}
} // namespace

FindingsPage::FindingsPage(StoreSession* session, QString actor, QWidget* parent)
    : SessionPage(session, parent)
    , m_actor(actor.isEmpty() ? defaultActor() : std::move(actor))
{
    setObjectName(QStringLiteral("findingsPage"));
    followSession();
}

FindingsPage::~FindingsPage()
{
    destroyUnlockedContent();
}

Store* FindingsPage::store() const
{
    return m_session->store();
}

void FindingsPage::releaseUnlockedContent()
{
    m_model->setDatabase(nullptr);
    m_model = nullptr;
    m_status = m_kind = m_severity = m_agent = m_team = m_site = m_time = nullptr;
    m_count = m_detail = nullptr;
    m_message = nullptr;
    m_table = nullptr;
    m_columnsSized = false;
    m_acknowledge = m_dismiss = m_escalate = m_reopen = m_showEvidence = m_suspendRole = m_restoreRole = nullptr;
    m_toIncident = m_addToIncident = nullptr;
    m_incidents = nullptr;
}

void FindingsPage::createUnlockedContent(QWidget* content)
{
    m_model = new FindingModel(content);
    m_status = new QComboBox(content);
    m_kind = new QComboBox(content);
    m_severity = new QComboBox(content);
    m_agent = new QComboBox(content);
    m_team = new QComboBox(content);
    m_site = new QComboBox(content);
    m_time = new QComboBox(content);
    m_count = new QLabel(content);
    m_table = new QTableView(content);
    m_detail = new QLabel(content);
    m_acknowledge = new QPushButton(tr("&Acknowledge"), content);
    m_dismiss = new QPushButton(tr("&Dismiss…"), content);
    m_escalate = new QPushButton(tr("&Escalate…"), content);
    m_reopen = new QPushButton(tr("&Reopen…"), content);
    m_showEvidence = new QPushButton(tr("Show &events"), content);
    m_suspendRole = new QPushButton(tr("S&uspend role…"), content);
    m_restoreRole = new QPushButton(tr("Restore r&ole…"), content);
    m_toIncident = new QPushButton(tr("Escalate to &incident…"), content);
    m_addToIncident = new QPushButton(tr("Add to incide&nt…"), content);
    m_message = new MessageBanner(content);
    m_incidents = new IncidentFromEvidenceController(store(), m_actor, content);

    m_status->setObjectName(QStringLiteral("findingsStatusFilter"));
    m_status->addItem(tr("Needs attention"), statusBit(FindingStatus::Open) | statusBit(FindingStatus::Acknowledged));
    m_status->addItem(tr("Any status"), 0);
    for (FindingStatus status :
         { FindingStatus::Open, FindingStatus::Acknowledged, FindingStatus::Dismissed, FindingStatus::Escalated })
        m_status->addItem(FindingCatalogue::statusName(status), statusBit(status));
    m_kind->setObjectName(QStringLiteral("findingsKindFilter"));
    m_kind->addItem(tr("All kinds"), 0);
    for (const FindingCatalogue::Entry& entry : FindingCatalogue::all())
        m_kind->addItem(FindingCatalogue::title(entry.kind), int(entry.kind));
    m_severity->setObjectName(QStringLiteral("findingsSeverityFilter"));
    m_severity->addItem(tr("Any severity"), 0);
    m_severity->addItem(tr("Medium or higher"), int(Severity::Medium));
    m_severity->addItem(tr("High or higher"), int(Severity::High));
    m_severity->addItem(tr("Critical"), int(Severity::Critical));
    m_agent->setObjectName(QStringLiteral("findingsAgentFilter"));
    m_agent->setMinimumContentsLength(18);
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_team->setObjectName(QStringLiteral("findingsTeamFilter"));
    m_team->setMinimumContentsLength(18);
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setObjectName(QStringLiteral("findingsSiteFilter"));
    m_site->setMinimumContentsLength(12);
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_time->setObjectName(QStringLiteral("findingsTimeFilter"));
    m_time->addItem(tr("Any time"), 0);
    m_time->addItem(tr("Last 24 hours"), 24);
    m_time->addItem(tr("Last 7 days"), 7 * 24);
    m_time->addItem(tr("Last 30 days"), 30 * 24);
    m_time->addItem(tr("Last 90 days"), 90 * 24);
    m_count->setObjectName(QStringLiteral("findingsCount"));

    // Two rows of filters, so that they, and the count, fit a 1 280 px screen beside the navigation.
    auto* filters = new QGridLayout;
    const std::pair<QString, QComboBox*> firstRow[] = { { tr("&Status:"), m_status },
                                                        { tr("&Kind:"), m_kind },
                                                        { tr("Se&verity:"), m_severity },
                                                        { tr("&Time:"), m_time } };
    const std::pair<QString, QComboBox*> secondRow[]
        = { { tr("S&ite:"), m_site }, { tr("Tea&m:"), m_team }, { tr("A&gent:"), m_agent } };
    for (int row = 0; row < 2; ++row) {
        int column = 0;
        for (const auto& [label, combo] : row == 0 ? std::span<const std::pair<QString, QComboBox*>>(firstRow)
                                                   : std::span<const std::pair<QString, QComboBox*>>(secondRow)) {
            auto* caption = new QLabel(label, content);
            caption->setBuddy(combo);
            filters->addWidget(caption, row, column++);
            filters->addWidget(combo, row, column++);
        }
    }
    filters->setColumnStretch(8, 1);
    filters->addWidget(m_count, 1, 8, Qt::AlignRight);

    m_table->setObjectName(QStringLiteral("findingsTable"));
    ItemViews::prepare(m_table, tr("Findings"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    // Triage order: the most severe first, the newest first within a severity (FindingModel breaks ties so).
    m_table->sortByColumn(FindingModel::SeverityColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several findings at once: escalated together into one incident.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // At 1 280 px every column but the summary (which the detail pane shows whole) fits beside the detail pane: the
    // short ones are sized to their contents once there are rows (refresh()), the text ones elide, with the whole text
    // in their tooltips.
    m_table->setColumnWidth(FindingModel::KindColumn, 145);
    m_table->setColumnWidth(FindingModel::AgentColumn, 135);
    m_table->setColumnWidth(FindingModel::TeamColumn, 95);

    m_detail->setObjectName(QStringLiteral("findingsDetail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumWidth(250);
    m_acknowledge->setObjectName(QStringLiteral("findingsAcknowledge"));
    m_acknowledge->setToolTip(tr("Someone is looking into it."));
    m_dismiss->setObjectName(QStringLiteral("findingsDismiss"));
    m_dismiss->setToolTip(tr("Not a problem; the reason is recorded in the console audit."));
    m_escalate->setObjectName(QStringLiteral("findingsEscalate"));
    m_escalate->setToolTip(tr("Hand over to another supervisor, with a note; both are recorded in the console audit."));
    m_reopen->setObjectName(QStringLiteral("findingsReopen"));
    m_reopen->setToolTip(
        tr("Open a dismissed or escalated finding again; the reason is recorded in the console audit."));
    m_showEvidence->setObjectName(QStringLiteral("findingsShowEvidence"));
    m_showEvidence->setToolTip(tr("The access events behind this finding, on the access page."));
    m_message->setObjectName(QStringLiteral("findingsMessage"));
    m_suspendRole->setObjectName(QStringLiteral("findingsSuspendRole"));
    m_restoreRole->setObjectName(QStringLiteral("findingsRestoreRole"));
    m_toIncident->setObjectName(QStringLiteral("findingsToIncident"));
    m_toIncident->setToolTip(tr("Open an incident from the selected findings, with their events as its evidence; "
                                "each finding is escalated to the incident's owner."));
    m_addToIncident->setObjectName(QStringLiteral("findingsAddToIncident"));
    m_addToIncident->setToolTip(tr("Escalate the selected findings into an open incident, with their events."));

    auto* detailPane = new QWidget(content);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    // Two by two: four buttons in a row do not fit the detail pane at 1 280 px.
    auto* actions = new QGridLayout;
    actions->addWidget(m_acknowledge, 0, 0);
    actions->addWidget(m_dismiss, 0, 1);
    actions->addWidget(m_escalate, 1, 0);
    actions->addWidget(m_reopen, 1, 1);
    // Shown only for a finding about a role held without its training.
    actions->addWidget(m_suspendRole, 2, 0);
    actions->addWidget(m_restoreRole, 2, 1);
    actions->addWidget(m_toIncident, 3, 0);
    actions->addWidget(m_addToIncident, 3, 1);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_showEvidence, 0, Qt::AlignLeft);

    auto* splitter = new QSplitter(Qt::Horizontal, content);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    QVBoxLayout* layout = PageLayout::open(content, tr("Findings"));
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    for (QComboBox* combo : { m_status, m_kind, m_severity, m_agent, m_team, m_site, m_time })
        connect(combo, &QComboBox::currentIndexChanged, this, &FindingsPage::filterChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsPage::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsPage::updateDetail);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &FindingsPage::updateDetail);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] { changeStatus(FindingStatus::Acknowledged); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { changeStatus(FindingStatus::Dismissed); });
    connect(m_escalate, &QPushButton::clicked, this, &FindingsPage::escalate);
    connect(m_reopen, &QPushButton::clicked, this, [this] { changeStatus(FindingStatus::Open); });
    connect(m_suspendRole, &QPushButton::clicked, this, &FindingsPage::suspendRole);
    connect(m_restoreRole, &QPushButton::clicked, this, &FindingsPage::restoreRole);
    connect(m_toIncident, &QPushButton::clicked, this,
            [this] { m_incidents->fromFindings(selectedFindingIds(), false); });
    connect(m_addToIncident, &QPushButton::clicked, this,
            [this] { m_incidents->fromFindings(selectedFindingIds(), true); });
    connect(m_incidents, &IncidentFromEvidenceController::finished, this, [this](const QString& said, qint64 id) {
        refresh();
        showMessage(said, false);
        Q_EMIT incidentRequested(id);
    });
    connect(m_incidents, &IncidentFromEvidenceController::failed, this,
            [this](const QString& why) { showMessage(why, true); });
    connect(m_showEvidence, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentFindingId(); id > 0)
            Q_EMIT showEvidenceRequested(id);
    });

    m_model->setDatabase(&store()->database());
    m_model->setFilter(filterFromControls());
    refresh();
}

namespace {
// Refills `combo` with "all" and `choices`, keeping the chosen one when it is still there, without a filter change.
void refill(QComboBox* combo, const QString& all, const std::vector<std::pair<qint64, QString>>& choices)
{
    const QVariant previous = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, qint64(0));
    for (const auto& [id, label] : choices)
        combo->addItem(label, id);
    const int index = combo->findData(previous);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

std::vector<std::pair<qint64, QString>> pairs(const std::vector<ChoiceLists::Choice>& choices)
{
    std::vector<std::pair<qint64, QString>> result;
    result.reserve(choices.size());
    for (const ChoiceLists::Choice& choice : choices)
        result.emplace_back(choice.id, choice.label);
    return result;
}
} // namespace

void FindingsPage::reloadChoices()
{
    if (!unlockedContent())
        return;
    FindingRepository findings(store()->database());
    auto agents = findings.agentsWithFindings();
    if (!agents) {
        showMessage(tr("Cannot read the agents: %1").arg(agents.error().message()), true);
        return;
    }
    std::vector<std::pair<qint64, QString>> agentChoices;
    for (const FindingRepository::AgentOption& agent : *agents)
        agentChoices.emplace_back(agent.id, QStringLiteral("%1 (%2)").arg(agent.name, agent.employeeNo));
    refill(m_agent, tr("All agents"), agentChoices);
    ChoiceLists lists(store()->database());
    auto teams = lists.teams();
    auto sites = lists.sites();
    if (!teams || !sites) {
        showMessage(tr("Cannot read the teams and sites: %1").arg((!teams ? teams.error() : sites.error()).message()),
                    true);
        return;
    }
    refill(m_team, tr("All teams"), pairs(*teams));
    refill(m_site, tr("All sites"), pairs(*sites));
}

FindingRepository::Filter FindingsPage::filterFromControls() const
{
    FindingRepository::Filter filter;
    const int statuses = m_status->currentData().toInt();
    for (FindingStatus status :
         { FindingStatus::Open, FindingStatus::Acknowledged, FindingStatus::Dismissed, FindingStatus::Escalated }) {
        if (statuses & statusBit(status))
            filter.statuses.push_back(status);
    }
    if (const int kind = m_kind->currentData().toInt(); kind > 0)
        filter.kinds.push_back(FindingKind(kind));
    if (const int severity = m_severity->currentData().toInt(); severity > 0)
        filter.minimumSeverity = Severity(severity);
    if (const qint64 agent = m_agent->currentData().toLongLong(); agent > 0)
        filter.agentId = agent;
    if (const qint64 team = m_team->currentData().toLongLong(); team > 0)
        filter.teamId = team;
    if (const qint64 site = m_site->currentData().toLongLong(); site > 0)
        filter.siteId = site;
    if (const qint64 hours = m_time->currentData().toLongLong(); hours > 0)
        filter.from = Clock::nowMs() - hours * HourMs;
    else if (hours == FoundSinceChoice)
        filter.detectedAfter = m_detectedAfter;
    return filter;
}

void FindingsPage::showFindings(const FindingRepository::Filter& filter)
{
    if (!unlockedContent())
        return;
    {
        // One reload at the end, not one per control.
        const QSignalBlocker blockStatus(m_status);
        const QSignalBlocker blockKind(m_kind);
        const QSignalBlocker blockSeverity(m_severity);
        const QSignalBlocker blockAgent(m_agent);
        const QSignalBlocker blockTeam(m_team);
        const QSignalBlocker blockSite(m_site);
        const QSignalBlocker blockTime(m_time);
        int statuses = 0;
        for (FindingStatus status : filter.statuses)
            statuses |= statusBit(status);
        const auto choose = [](QComboBox* combo, const QVariant& wanted) {
            const int index = combo->findData(wanted);
            combo->setCurrentIndex(std::max(0, index));
        };
        choose(m_status, statuses);
        choose(m_kind, filter.kinds.size() == 1 ? int(filter.kinds.front()) : 0);
        choose(m_severity, filter.minimumSeverity ? int(*filter.minimumSeverity) : 0);
        choose(m_agent, filter.agentId.value_or(0));
        choose(m_team, filter.teamId.value_or(0));
        choose(m_site, filter.siteId.value_or(0));
        // "Found since …" is a choice only while it is in force: the supervisor sees what was applied, and picking
        // another time range drops it.
        if (const int old = m_time->findData(FoundSinceChoice); old >= 0)
            m_time->removeItem(old);
        if (filter.detectedAfter) {
            m_detectedAfter = *filter.detectedAfter;
            m_time->addItem(m_detectedAfter > 0
                                ? tr("Found since %1")
                                      .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_detectedAfter),
                                                              QStringLiteral("yyyy-MM-dd HH:mm")))
                                : tr("Found since the store was created"),
                            FoundSinceChoice);
            m_time->setCurrentIndex(m_time->count() - 1);
        } else {
            m_time->setCurrentIndex(0);
        }
    }
    filterChanged();
}

void FindingsPage::filterChanged()
{
    if (!unlockedContent())
        return;
    m_model->setFilter(filterFromControls());
    refresh();
}

void FindingsPage::refresh()
{
    if (!unlockedContent())
        return;
    const qint64 selected = currentFindingId();
    reloadChoices();
    if (auto status = m_model->reload(); !status)
        showMessage(tr("Cannot read the findings: %1").arg(status.error().message()), true);
    m_count->setText(tr("Findings shown: %1").arg(QLocale().toString(m_model->rowCount())));
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Once: later the supervisor's own widths stay.
        m_columnsSized = true;
        for (int column : { FindingModel::IdColumn, FindingModel::SeverityColumn, FindingModel::StatusColumn,
                            FindingModel::WhenColumn, FindingModel::EventsColumn })
            m_table->resizeColumnToContents(column);
    }
    // Only what the supervisor picked stays selected: a preselected row would be a finding nobody chose to look at.
    if (selected > 0)
        selectFinding(selected);
    updateDetail();
}

std::vector<qint64> FindingsPage::selectedFindingIds() const
{
    std::vector<qint64> ids;
    if (!unlockedContent())
        return ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        if (const FindingRepository::Row* row = m_model->finding(index.row()))
            ids.push_back(row->id);
    return ids;
}

qint64 FindingsPage::currentFindingId() const
{
    if (!unlockedContent())
        return 0;
    const FindingRepository::Row* row = m_model->finding(m_table->currentIndex().row());
    return row ? row->id : 0;
}

void FindingsPage::selectFinding(qint64 findingId)
{
    if (!unlockedContent())
        return;
    const int row = m_model->rowOf(findingId);
    if (row >= 0)
        m_table->selectRow(row);
}

void FindingsPage::showFinding(qint64 findingId)
{
    if (!unlockedContent())
        return;
    if (m_model->rowOf(findingId) < 0)
        refresh();
    if (m_model->rowOf(findingId) < 0) {
        // The filters hide it: every finding, rather than a page without the one the supervisor asked for.
        for (QComboBox* combo : { m_status, m_kind, m_severity, m_agent, m_team, m_site, m_time }) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(std::max(0, combo->findData(0)));
        }
        filterChanged();
    }
    selectFinding(findingId);
}

void FindingsPage::updateDetail()
{
    if (!unlockedContent())
        return;
    const FindingRepository::Row* row = m_model->finding(m_table->currentIndex().row());
    m_acknowledge->setEnabled(row && FindingWorkflow::isAllowed(row->status, FindingStatus::Acknowledged));
    m_dismiss->setEnabled(row && FindingWorkflow::isAllowed(row->status, FindingStatus::Dismissed));
    m_escalate->setEnabled(row && FindingWorkflow::isAllowed(row->status, FindingStatus::Escalated));
    m_reopen->setEnabled(row && FindingWorkflow::isAllowed(row->status, FindingStatus::Open));
    m_showEvidence->setEnabled(row && row->evidenceCount > 0);
    if (!row) {
        m_suspendRole->hide();
        m_restoreRole->hide();
        m_detail->setText(tr("<i>No finding selected.</i>"));
        return;
    }
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table cellspacing=\"4\">")
                       .arg(FindingCatalogue::title(row->kind).toHtmlEscaped(), row->summary.toHtmlEscaped());
    auto line = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("Severity"), FindingCatalogue::severityName(row->severity));
    line(tr("Controls"), row->controlRef);
    if (row->agentId > 0)
        line(tr("Agent"), QStringLiteral("%1 (%2)").arg(row->agentName, row->employeeNo));
    line(tr("From"), timeText(row->windowStart));
    line(tr("Until"), timeText(row->windowEnd));
    if (row->kind != FindingKind::UntrainedRoleHolder) // about a standing, not about events
        line(tr("Evidence"), tr("%1 access events").arg(locale.toString(row->evidenceCount)));
    line(tr("Detected"), timeText(row->detectedAt));
    if (row->teamId > 0)
        line(tr("Team"), tr("%1 (%2)").arg(row->teamName, row->siteName));
    line(tr("Status"), FindingCatalogue::statusName(row->status));
    if (row->statusAt)
        line(tr("Decided"),
             tr("%1 by %2")
                 .arg(timeText(*row->statusAt),
                      row->statusBy.isEmpty() ? tr("(not recorded before this console version)") : row->statusBy));
    if (row->status == FindingStatus::Escalated && row->escalatedToId > 0)
        line(tr("Escalated to"), row->escalatedToName);
    if (!row->statusReason.isEmpty())
        line(row->status == FindingStatus::Escalated ? tr("Note") : tr("Reason"), row->statusReason);
    updateRoleActions(row, html);
    html += QStringLiteral("</table>");
    m_detail->setText(html);
}

void FindingsPage::updateRoleActions(const FindingRepository::Row* row, QString& html)
{
    std::optional<UntrainedAccessWorkflow::Offer> offer;
    if (row->kind == FindingKind::UntrainedRoleHolder) {
        // A few look-ups by key and one agent's training records (TrainingFactsReader: under a millisecond).
        auto found = UntrainedAccessWorkflow::offer(store()->database(), row->id, Clock::nowMs());
        if (!found)
            showMessage(tr("Cannot read what finding %1 is about: %2").arg(row->id).arg(found.error().message()), true);
        else
            offer = std::move(*found);
    }
    m_suspendRole->setVisible(offer.has_value());
    m_restoreRole->setVisible(offer.has_value());
    if (!offer)
        return;
    auto line = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("Role"),
         offer->names.roleSensitive
             ? tr("%1 (sensitive: restoring it needs a second supervisor)").arg(offer->names.roleName)
             : offer->names.roleName);
    line(tr("Training"), QStringLiteral("%1 (%2)").arg(offer->names.moduleCode, offer->names.moduleTitle));
    line(tr("Training lapsed"), timeText(offer->link.lapsedAt));
    line(tr("Training now"), offer->trainingValid ? tr("complete") : tr("not complete"));
    if (offer->link.suspendedAt)
        line(tr("Role suspended"), timeText(*offer->link.suspendedAt));
    if (offer->link.restoreRequestedAt)
        line(tr("Restore asked for"), timeText(*offer->link.restoreRequestedAt));
    m_suspendRole->setEnabled(offer->suspendRefusal.isEmpty());
    m_suspendRole->setToolTip(offer->suspendRefusal.isEmpty()
                                  ? tr("Revoke the role now, until the training is complete; recorded in the "
                                       "agent's history and the console audit, and sent to the central service.")
                                  : offer->suspendRefusal);
    m_restoreRole->setEnabled(offer->restoreRefusal.isEmpty());
    m_restoreRole->setToolTip(offer->restoreRefusal.isEmpty()
                                  ? tr("Ask for the role again until its original end; a sensitive role waits for "
                                       "a second supervisor's approval.")
                                  : offer->restoreRefusal);
}

bool FindingsPage::askReason(const QString& title, const QString& label, QString& reason)
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("findingsReasonDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reason = dialog.textValue();
    return true;
}

void FindingsPage::changeStatus(FindingStatus to)
{
    const qint64 id = currentFindingId();
    if (id <= 0 || !unlockedContent())
        return;
    QString reason;
    if (to == FindingStatus::Dismissed
        && !askReason(tr("Dismiss finding"),
                      tr("Why is this finding not a problem? The reason is kept with the finding and in the console "
                         "audit."),
                      reason))
        return;
    if (to == FindingStatus::Open
        && !askReason(tr("Reopen finding"),
                      tr("Why does finding %1 need attention again? The reason is kept with the finding and in the "
                         "console audit.")
                          .arg(id),
                      reason))
        return;
    if (auto status = FindingWorkflow::changeStatus(store()->database(), id, to, reason, m_actor); !status) {
        showMessage(status.error().message(), true);
        return;
    }
    showMessage(tr("Finding %1 is now %2.").arg(id).arg(FindingCatalogue::statusName(to).toLower()), false);
    refresh();
    selectFinding(id);
    Q_EMIT decisionRecorded(id);
}

void FindingsPage::escalate()
{
    const qint64 id = currentFindingId();
    if (id <= 0 || !unlockedContent())
        return;
    const FindingRepository::Row* row = m_model->finding(m_table->currentIndex().row());
    auto supervisors = ChoiceLists(store()->database()).supervisors();
    if (!supervisors) {
        showMessage(tr("Cannot read the supervisors: %1").arg(supervisors.error().message()), true);
        return;
    }
    QString subject = tr("Finding %1: %2, %3")
                          .arg(id)
                          .arg(FindingCatalogue::title(row->kind), FindingCatalogue::severityName(row->severity));
    if (row->agentId > 0)
        subject += tr(" — %1 (%2)").arg(row->agentName, row->employeeNo);
    EscalateFindingDialog dialog(
        subject, *supervisors,
        [this, id](const QString& note, qint64 recipientId) {
            return FindingWorkflow::escalate(store()->database(), id, note, recipientId, m_actor);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("Finding %1 is now escalated.").arg(id), false);
    refresh();
    selectFinding(id);
    Q_EMIT decisionRecorded(id);
}

void FindingsPage::suspendRole()
{
    const qint64 id = currentFindingId();
    if (id <= 0 || !unlockedContent())
        return;
    const FindingRepository::Row* row = m_model->finding(m_table->currentIndex().row());
    auto offer = UntrainedAccessWorkflow::offer(store()->database(), id, Clock::nowMs());
    if (!offer || !*offer) {
        showMessage(offer ? tr("Finding %1 is not about a role held without its training.").arg(id)
                          : offer.error().message(),
                    true);
        return;
    }
    const UntrainedAccessWorkflow::Offer& o = **offer;
    ReasonDialog dialog(
        tr("Suspend role"),
        tr("Finding %1: %2 (%3) — role %4, training %5")
            .arg(id)
            .arg(row->agentName, row->employeeNo, o.names.roleName, o.names.moduleCode),
        [this, id](const QString& reason, std::optional<qint64>) -> Status {
            auto actor = RoleAssignmentWorkflow::consoleActor(store()->database(), m_actor);
            if (!actor)
                return actor.error();
            return UntrainedAccessWorkflow::suspend(store()->database(), id, reason, *actor);
        },
        this);
    dialog.setObjectName(QStringLiteral("suspendRoleDialog"));
    dialog.setIntro(
        tr("The role is revoked now, with a reason naming this finding and the training. Once the training "
           "is complete, Restore role asks for it again until its original end%1.")
            .arg(o.names.roleSensitive ? tr(" (a sensitive role: a second supervisor approves)") : QString()));
    dialog.setReasonLabel(tr("Reason"), tr("Why now, for the agent's history and the console audit"));
    dialog.setAcceptText(tr("Suspend role"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("Role %1 suspended until the training %2 is complete; recorded in the agent's history and the "
                   "console audit.")
                    .arg(o.names.roleName, o.names.moduleCode),
                false);
    refresh();
    selectFinding(id);
    Q_EMIT assignmentsChanged();
    Q_EMIT decisionRecorded(id);
}

void FindingsPage::restoreRole()
{
    const qint64 id = currentFindingId();
    if (id <= 0 || !unlockedContent())
        return;
    const FindingRepository::Row* row = m_model->finding(m_table->currentIndex().row());
    auto offer = UntrainedAccessWorkflow::offer(store()->database(), id, Clock::nowMs());
    if (!offer || !*offer) {
        showMessage(offer ? tr("Finding %1 is not about a role held without its training.").arg(id)
                          : offer.error().message(),
                    true);
        return;
    }
    const UntrainedAccessWorkflow::Offer& o = **offer;
    auto pending = std::make_shared<bool>(false);
    ReasonDialog dialog(
        tr("Restore role"),
        tr("Finding %1: %2 (%3) — role %4, training %5")
            .arg(id)
            .arg(row->agentName, row->employeeNo, o.names.roleName, o.names.moduleCode),
        [this, id, pending](const QString& reason, std::optional<qint64>) -> Status {
            auto actor = RoleAssignmentWorkflow::consoleActor(store()->database(), m_actor);
            if (!actor)
                return actor.error();
            auto granted = UntrainedAccessWorkflow::restore(store()->database(), id, reason, *actor);
            if (!granted)
                return granted.error();
            *pending = granted->status == AssignmentStatus::Pending;
            return {};
        },
        this);
    dialog.setObjectName(QStringLiteral("restoreRoleDialog"));
    dialog.setIntro(
        tr("The training is complete. The role is asked for again from now until %1%2.")
            .arg(o.link.originalValidUntil ? timeText(*o.link.originalValidUntil) : tr("no end date"),
                 o.names.roleSensitive ? tr("; it is sensitive, so a second supervisor approves it") : QString()));
    dialog.setReasonLabel(tr("Note"), tr("Optional, added to the request's justification"));
    dialog.setAcceptText(tr("Restore role"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(*pending ? tr("Role %1 requested again; it waits for a second supervisor's approval on the Roles "
                              "page.")
                               .arg(o.names.roleName)
                         : tr("Role %1 granted again.").arg(o.names.roleName),
                false);
    refresh();
    selectFinding(id);
    Q_EMIT assignmentsChanged();
    Q_EMIT decisionRecorded(id);
}

void FindingsPage::showMessage(const QString& text, bool error)
{
    if (!unlockedContent())
        return;
    m_message->showMessage(text, error ? MessageBanner::Level::Error : MessageBanner::Level::Information);
}

} // namespace custodian
