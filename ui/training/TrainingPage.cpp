#include "ui/training/TrainingPage.h"

#include "domain/Clock.h"
#include "domain/Vocabulary.h"
#include "item/ChoiceListModel.h"
#include "item/ItemRoles.h"
#include "item/TrainingAgentModel.h"
#include "item/TrainingCampaignModel.h"
#include "item/TrainingMatrixModel.h"
#include "item/TrainingReminderModel.h"
#include "item/TrainingStandingListModel.h"
#include "rules/DetectionSettings.h"
#include "rules/TrainingReminderWorkflow.h"
#include "rules/TrainingRules.h"
#include "rules/TrainingTrend.h"
#include "store/ChoiceLists.h"
#include "store/Store.h"
#include "store/TrainingFactsReader.h"
#include "store/TrainingReminderReader.h"
#include "ui/session/StoreSession.h"
#include "ui/training/TrainingTrendCharts.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ItemViews.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/Theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace custodian {

namespace {

// Which of the facts' agents a filter counts: those of a team or a site, and of those, the holders of a role at the
// facts' instant. Empty when every agent counts.
std::vector<char> chosenAgents(const TrainingFacts& facts, const TrainingFactsReader::Scope& scope,
                               std::optional<qint64> roleId)
{
    if (scope.kind == TrainingFactsReader::Scope::Kind::All && !roleId)
        return {};
    std::vector<char> include(facts.agents.size(), 0);
    for (std::size_t a = 0; a < facts.agents.size(); ++a) {
        const TrainingFacts::Agent& agent = facts.agents[a];
        bool in = scope.kind == TrainingFactsReader::Scope::Kind::All
            || (scope.kind == TrainingFactsReader::Scope::Kind::Team && agent.teamId == scope.id)
            || (scope.kind == TrainingFactsReader::Scope::Kind::Site && agent.siteId == scope.id);
        if (in && roleId)
            in = std::any_of(agent.holdings.begin(), agent.holdings.end(), [&](const auto& holding) {
                return holding.roleId == *roleId && holding.from <= facts.at && facts.at < holding.until;
            });
        include[a] = in ? 1 : 0;
    }
    return include;
}

// The facts of the chosen agents only (for the charts over time, which decide at other instants).
TrainingFacts subset(const TrainingFacts& facts, const std::vector<char>& include)
{
    TrainingFacts chosen;
    chosen.at = facts.at;
    chosen.modules = facts.modules;
    chosen.requirements = facts.requirements;
    chosen.campaigns = facts.campaigns;
    chosen.roles = facts.roles;
    for (std::size_t a = 0; a < facts.agents.size(); ++a) {
        if (include.empty() || (a < include.size() && include[a]))
            chosen.agents.push_back(facts.agents[a]);
    }
    return chosen;
}

const TrainingMatrix::AgentRow* findAgent(const TrainingMatrix& matrix, qint64 agentId)
{
    // The matrix keeps the facts' order, which is by id.
    const auto it = std::lower_bound(matrix.agents.begin(), matrix.agents.end(), agentId,
                                     [](const TrainingMatrix::AgentRow& row, qint64 id) { return row.agentId < id; });
    return it != matrix.agents.end() && it->agentId == agentId ? &*it : nullptr;
}

// One agent's training, read on the agent loader's worker.
struct AgentView
{
    TrainingMatrix::AgentRow agent; // agentId 0: not in the store
    qint64 at = 0;
    std::vector<TrainingStandingRow> rows;
    std::vector<TrainingReminderReader::Entry> reminders;
};

QString dayAndTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

TrainingPage::TrainingPage(StoreSession* session, const QString& actor, QWidget* parent)
    : SessionPage(session, parent)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("trainingPage"));
    followSession();
}

TrainingPage::~TrainingPage()
{
    destroyUnlockedContent();
}

void TrainingPage::releaseUnlockedContent()
{
    m_loader.cancel();
    m_agentLoader.cancel();
    m_trendLoader.cancel();
    m_reminderSender.cancel();
    m_reminderReader.cancel();
    m_loaded = {};
    m_agentId.reset();
    m_filters = nullptr;
    m_summary = nullptr;
    m_message = nullptr;
    m_tabs = nullptr;
    m_matrixModel = nullptr;
    m_matrixView = nullptr;
    m_cellCaption = nullptr;
    m_cellModel = nullptr;
    m_cellView = nullptr;
    m_overdueModel = nullptr;
    m_overdueView = nullptr;
    m_dueSoonModel = nullptr;
    m_dueSoonView = nullptr;
    m_expiringModel = nullptr;
    m_expiringView = nullptr;
    m_campaignModel = nullptr;
    m_campaignView = nullptr;
    m_agentChoice = nullptr;
    m_agentChoices = nullptr;
    m_agentCaption = nullptr;
    m_agentModel = nullptr;
    m_agentView = nullptr;
    m_matrixTab = nullptr;
    m_overdueTab = nullptr;
    m_dueSoonTab = nullptr;
    m_expiringTab = nullptr;
    m_campaignTab = nullptr;
    m_agentTab = nullptr;
    m_trendCharts = nullptr;
    m_trendCaption = nullptr;
    m_trendTab = nullptr;
    m_trendFor = nullptr;
    m_remind = nullptr;
    m_reminderModel = nullptr;
    m_reminderView = nullptr;
}

void TrainingPage::createUnlockedContent(QWidget* content)
{
    if (!m_session->store())
        return;
    QVBoxLayout* outer = PageLayout::open(content, tr("Training"));

    m_filters = new TrainingFilterBar(content);
    outer->addWidget(m_filters);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("trainingSummary"));
    m_summary->setWordWrap(true);
    Theme::setTone(m_summary, Theme::Tone::Secondary);
    outer->addWidget(m_summary);
    m_message = new MessageBanner(content);
    m_message->setObjectName(QStringLiteral("trainingMessage"));
    outer->addWidget(m_message);

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("trainingTabs"));
    m_tabs->setAccessibleName(tr("Training views"));
    m_matrixTab = buildMatrixTab(m_tabs);
    m_tabs->addTab(m_matrixTab, tr("Matrix"));
    m_overdueModel = new TrainingStandingListModel(content);
    m_overdueModel->setShowsReminders(true);
    m_overdueTab = buildListTab(m_tabs, m_overdueModel, &m_overdueView, QStringLiteral("trainingOverdueTable"),
                                tr("Overdue and expired training"));
    m_tabs->addTab(m_overdueTab, tr("Overdue"));
    m_dueSoonModel = new TrainingStandingListModel(content);
    m_dueSoonTab = buildListTab(m_tabs, m_dueSoonModel, &m_dueSoonView, QStringLiteral("trainingDueSoonTable"),
                                tr("Training due soon, never passed"));
    m_tabs->addTab(m_dueSoonTab, tr("Due soon"));
    m_expiringModel = new TrainingStandingListModel(content);
    m_expiringTab = buildListTab(m_tabs, m_expiringModel, &m_expiringView, QStringLiteral("trainingExpiringTable"),
                                 tr("Passes expiring soon"));
    m_tabs->addTab(m_expiringTab, tr("Expiring"));
    m_campaignModel = new TrainingCampaignModel(content);
    m_campaignTab = new QWidget(m_tabs);
    {
        auto* layout = new QVBoxLayout(m_campaignTab);
        m_campaignView = new QTableView(m_campaignTab);
        m_campaignView->setObjectName(QStringLiteral("trainingCampaignTable"));
        ItemViews::prepare(m_campaignView, tr("Training campaigns"));
        m_campaignView->setModel(m_campaignModel);
        m_campaignView->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_campaignView->setSelectionMode(QAbstractItemView::SingleSelection);
        m_campaignView->verticalHeader()->hide();
        m_campaignView->horizontalHeader()->setStretchLastSection(true);
        layout->addWidget(m_campaignView);
    }
    m_tabs->addTab(m_campaignTab, tr("Campaigns"));
    m_trendTab = new QWidget(m_tabs);
    {
        QWidget* trendTab = m_trendTab;
        auto* layout = new QVBoxLayout(trendTab);
        m_trendCaption = new QLabel(trendTab);
        m_trendCaption->setObjectName(QStringLiteral("trainingTrendCaption"));
        m_trendCaption->setWordWrap(true);
        Theme::setTone(m_trendCaption, Theme::Tone::Secondary);
        m_trendCharts = new TrainingTrendCharts(trendTab);
        layout->addWidget(m_trendCaption);
        layout->addWidget(m_trendCharts, 1);
    }
    m_tabs->addTab(m_trendTab, tr("Over time"));
    m_agentTab = buildAgentTab(m_tabs);
    m_tabs->addTab(m_agentTab, tr("Agent"));
    m_remind = new QPushButton(tr("Send &reminder…"), m_tabs);
    m_remind->setObjectName(QStringLiteral("trainingRemindButton"));
    m_remind->setToolTip(tr("Remind the agents chosen in this list (or everyone it lists) of the training they are "
                            "late with; overdue training is copied to the team lead and then the manager"));
    m_tabs->setCornerWidget(m_remind, Qt::TopRightCorner);
    outer->addWidget(m_tabs, 1);
    connect(m_remind, &QPushButton::clicked, this, &TrainingPage::sendReminders);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TrainingPage::updateRemindButton);

    connect(m_tabs, &QTabWidget::currentChanged, this, &TrainingPage::fitShownTables);
    // Twelve months of standings cost twelve matrices, and eighty lines cost the GUI thread: only for someone who
    // looks at them.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_trendTab
            && (m_trendFor != m_loaded.matrix.get() || m_trendFrom != m_loaded.from))
            loadTrend();
    });
    connect(m_filters, &TrainingFilterBar::readEdited, this, [this] { load(false); });
    connect(m_filters, &TrainingFilterBar::viewEdited, this, &TrainingPage::applyView);
    connect(m_filters, &TrainingFilterBar::refreshRequested, this, &TrainingPage::refresh);

    reloadChoices();
    // Read now, not when first shown: by the time the supervisor opens the page the matrix is ready.
    load(true);
}

QWidget* TrainingPage::buildMatrixTab(QWidget* parent)
{
    auto* tab = new QWidget(parent);
    auto* layout = new QVBoxLayout(tab);
    m_matrixModel = new TrainingMatrixModel(tab);
    m_matrixView = new QTableView(tab);
    m_matrixView->setObjectName(QStringLiteral("trainingMatrixTable"));
    ItemViews::prepare(m_matrixView, tr("Training completion matrix"));
    m_matrixView->setModel(m_matrixModel);
    // A cell is a group × module: the supervisor picks cells, not rows.
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->verticalHeader()->hide();
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_matrixView->horizontalHeader()->setStretchLastSection(false);

    auto* agents = new QWidget(tab);
    auto* agentsLayout = new QVBoxLayout(agents);
    agentsLayout->setContentsMargins(0, 0, 0, 0);
    m_cellCaption = new QLabel(tr("Choose a cell to see the agents behind it."), agents);
    m_cellCaption->setObjectName(QStringLiteral("trainingCellCaption"));
    m_cellCaption->setWordWrap(true);
    m_cellModel = new TrainingStandingListModel(agents);
    m_cellView = new QTableView(agents);
    m_cellView->setObjectName(QStringLiteral("trainingCellAgents"));
    ItemViews::prepare(m_cellView, tr("Agents behind the chosen cell"));
    m_cellView->setModel(m_cellModel);
    m_cellView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cellView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_cellView->verticalHeader()->hide();
    m_cellView->horizontalHeader()->setStretchLastSection(true);
    m_cellView->horizontalHeader()->setResizeContentsPrecision(0); // as the lists (buildListTab): 20 000 agents
    m_cellView->setToolTip(tr("Double-click an agent to see all their training"));
    agentsLayout->addWidget(m_cellCaption);
    agentsLayout->addWidget(m_cellView, 1);

    auto* splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(m_matrixView);
    splitter->addWidget(agents);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);

    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this, &TrainingPage::showCellAgents);
    connect(m_cellView, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { showAgent(index.data(IdRole).toLongLong()); });
    return tab;
}

QWidget* TrainingPage::buildListTab(QWidget* parent, TrainingStandingListModel* model, QTableView** view,
                                    const QString& objectName, const QString& caption)
{
    auto* tab = new QWidget(parent);
    auto* layout = new QVBoxLayout(tab);
    auto* table = new QTableView(tab);
    table->setObjectName(objectName);
    ItemViews::prepare(table, caption);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // Sized to the rows on screen only: Qt otherwise asks the first 1 000 rows of every column for their text and
    // size, about 70 ms on the GUI thread when a list of 136 000 overdue lines is first shown.
    table->horizontalHeader()->setResizeContentsPrecision(0);
    table->setToolTip(tr("Double-click an agent to see all their training"));
    layout->addWidget(table);
    connect(table, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { showAgent(index.data(IdRole).toLongLong()); });
    *view = table;
    return tab;
}

QWidget* TrainingPage::buildAgentTab(QWidget* parent)
{
    auto* tab = new QWidget(parent);
    auto* layout = new QVBoxLayout(tab);
    auto* row = new QHBoxLayout;
    m_agentChoice = new QComboBox(tab);
    m_agentChoice->setObjectName(QStringLiteral("trainingAgentChoice"));
    m_agentChoice->setEditable(true);
    m_agentChoices = new ChoiceListModel(m_agentChoice);
    m_agentChoice->setModel(m_agentChoices);
    m_agentChoice->setInsertPolicy(QComboBox::NoInsert);
    m_agentChoice->setMinimumContentsLength(32);
    m_agentChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agentChoice->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_agentChoice->completer()->setFilterMode(Qt::MatchContains);
    m_agentChoice->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_agentChoice->lineEdit()->setPlaceholderText(tr("Name or employee number"));
    m_agentChoice->lineEdit()->setAccessibleName(tr("Agent"));
    auto* label = new QLabel(tr("A&gent:"), tab);
    label->setBuddy(m_agentChoice);
    row->addWidget(label);
    row->addWidget(m_agentChoice);
    row->addStretch(1);
    layout->addLayout(row);
    m_agentCaption = new QLabel(tr("Choose an agent, or double-click one in a list."), tab);
    m_agentCaption->setObjectName(QStringLiteral("trainingAgentCaption"));
    m_agentCaption->setWordWrap(true);
    layout->addWidget(m_agentCaption);
    m_agentModel = new TrainingAgentModel(tab);
    m_agentView = new QTableView(tab);
    m_agentView->setObjectName(QStringLiteral("trainingAgentTable"));
    ItemViews::prepare(m_agentView, tr("The agent's training, every module"));
    m_agentView->setModel(m_agentModel);
    m_agentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agentView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_agentView->verticalHeader()->hide();
    m_agentView->horizontalHeader()->setStretchLastSection(true);
    m_reminderModel = new TrainingReminderModel(tab);
    m_reminderView = new QTableView(tab);
    m_reminderView->setObjectName(QStringLiteral("trainingReminderTable"));
    ItemViews::prepare(m_reminderView, tr("Reminders sent to the agent"));
    m_reminderView->setModel(m_reminderModel);
    m_reminderView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reminderView->verticalHeader()->hide();
    m_reminderView->horizontalHeader()->setStretchLastSection(true);
    auto* reminders = new QWidget(tab);
    auto* remindersLayout = new QVBoxLayout(reminders);
    remindersLayout->setContentsMargins(0, 0, 0, 0);
    auto* remindersTitle = new QLabel(tr("Reminders sent"), reminders);
    remindersTitle->setBuddy(m_reminderView);
    remindersLayout->addWidget(remindersTitle);
    remindersLayout->addWidget(m_reminderView, 1);
    auto* agentSplitter = new QSplitter(Qt::Vertical, tab);
    agentSplitter->addWidget(m_agentView);
    agentSplitter->addWidget(reminders);
    agentSplitter->setStretchFactor(0, 3);
    agentSplitter->setStretchFactor(1, 1);
    layout->addWidget(agentSplitter, 1);
    connect(m_agentChoice, &QComboBox::activated, this, [this](int index) {
        const QVariant id = m_agentChoice->itemData(index);
        if (id.isValid())
            loadAgent(id.toLongLong());
    });
    return tab;
}

void TrainingPage::reloadChoices()
{
    Store* store = m_session->store();
    if (!unlockedContent() || !store)
        return;
    ChoiceLists choices(store->database());
    auto teams = choices.teams();
    auto sites = choices.sites();
    auto roles = choices.roles();
    auto agents = choices.agents();
    if (!teams || !sites || !roles || !agents) {
        const Error& error = !teams ? teams.error() : !sites ? sites.error() : !roles ? roles.error() : agents.error();
        m_message->showMessage(
            tr("Cannot read the teams, sites, roles and agents to choose from: %1").arg(error.message()),
            MessageBanner::Level::Error);
        return;
    }
    m_filters->setChoices(std::move(*teams), std::move(*sites), std::move(*roles));
    const QSignalBlocker blocker(m_agentChoice);
    m_agentChoices->setChoices(std::move(*agents));
    const int index = m_agentId ? m_agentChoice->findData(*m_agentId) : -1;
    m_agentChoice->setCurrentIndex(index);
}

void TrainingPage::refresh()
{
    if (!unlockedContent())
        return;
    m_filters->followToday();
    reloadChoices();
    load(true);
    if (m_agentId)
        loadAgent(*m_agentId);
}

void TrainingPage::load(bool readAgain)
{
    Store* store = m_session->store();
    if (!unlockedContent() || !store)
        return;
    // An impossible period is refused before anything is read: the last result stays on screen and the fields keep
    // what was typed, so fixing either end carries on from there.
    if (const Status range = m_filters->checkRange(); !range) {
        m_loader.cancel();
        updateSummary();
        m_message->showMessage(range.error().message(), MessageBanner::Level::Error);
        return;
    }
    // Everyone's facts are read once per instant and every standing decided once per due-soon window; a team, a site,
    // a role or another grouping only counts those standings again (tens of milliseconds at 20 000 agents, against
    // seconds for a read and a second for deciding).
    const std::optional<qint64> asOf = m_filters->asOfMs();
    const int within = m_filters->withinDays();
    std::shared_ptr<const TrainingFacts> facts;
    std::shared_ptr<const TrainingMatrix> decided;
    std::shared_ptr<const Lists> everyone;
    std::shared_ptr<const TrainingStandingListModel::Reminders> reminders;
    std::shared_ptr<const std::vector<int>> passesByAgent;
    const qint64 from = m_filters->fromMs();
    if (!readAgain && m_loaded.facts && m_loaded.asOf == asOf) {
        facts = m_loaded.facts;
        reminders = m_loaded.reminders;
        if (m_loaded.from == from)
            passesByAgent = m_loaded.passesByAgent;
        if (m_loaded.decided && m_loaded.decided->withinDays == within) {
            decided = m_loaded.decided;
            everyone = m_loaded.everyone;
        }
    }
    const TrainingFactsReader::Scope scope = m_filters->scope();
    const TrainingMatrix::GroupBy groupBy = m_filters->groupBy();
    const std::optional<qint64> roleId = m_filters->roleId();
    const int reminderGeneration = m_reminderGeneration;
    // Only the period's start changed: the counts, the lists and the campaigns' progress stay as they are, and only
    // what is about the period is worked out again — not the count of every standing a regrouping needs (about
    // 100 ms at 20 000 agents).
    std::optional<Loaded> counted;
    if (decided && decided == m_loaded.decided && m_loaded.matrix && m_loaded.allCampaigns
        && m_loaded.scope.kind == scope.kind && m_loaded.scope.id == scope.id && m_loaded.matrix->groupBy == groupBy
        && m_loaded.roleId == roleId)
        counted = m_loaded;

    m_loadTimer.start();
    updateSummary();
    m_loader.runOnStore(
        *store, Database::Mode::ReadOnly,
        [asOf, within, facts, decided, everyone, reminders, passesByAgent, reminderGeneration, scope, groupBy, roleId,
         from, counted = std::move(counted)](Database& database,
                                             const LatestResultRunner::Job& job) mutable -> Result<Loaded> {
            Loaded loaded;
            if (counted) {
                loaded = std::move(*counted);
            } else {
                loaded.asOf = asOf;
                loaded.scope = scope;
                loaded.roleId = roleId;
                loaded.facts = facts;
                loaded.decided = decided;
                loaded.everyone = decided ? everyone : nullptr;
                if (!loaded.facts) {
                    auto read = TrainingFactsReader(database).read(TrainingFactsReader::Scope::all(),
                                                                   asOf.value_or(Clock::nowMs()));
                    if (!read)
                        return read.error();
                    loaded.facts = std::make_shared<const TrainingFacts>(std::move(*read));
                }
                if (job.isCancelled())
                    return Error(Error::Code::Cancelled, QStringLiteral("superseded"));
                if (!loaded.decided)
                    loaded.decided = std::make_shared<const TrainingMatrix>(
                        TrainingMatrix::build(*loaded.facts, TrainingMatrix::GroupBy::Team, within));
                if (job.isCancelled())
                    return Error(Error::Code::Cancelled, QStringLiteral("superseded"));
                loaded.include = std::make_shared<const std::vector<char>>(chosenAgents(*loaded.facts, scope, roleId));
                const std::vector<char>& include = *loaded.include;
                loaded.agentsInScope = include.empty() ? int(loaded.facts->agents.size())
                                                       : int(std::count(include.begin(), include.end(), char(1)));
                loaded.matrix = std::make_shared<const TrainingMatrix>(TrainingMatrix::count(
                    *loaded.facts, *loaded.decided, groupBy, include, TrainingMatrix::Lists::Skip));
                loaded.allCampaigns = std::make_shared<const std::vector<TrainingCampaignProgress>>(
                    TrainingCampaignProgress::build(*loaded.facts, *loaded.decided, include));
                // Everyone's lists, sorted, are made once per decision; a filter keeps its agents' lines in that
                // order.
                using Refs = TrainingStandingListModel::Refs;
                if (!loaded.everyone) {
                    auto lists = std::make_shared<Lists>();
                    lists->overdue = TrainingStandingListModel::refsOf(*loaded.decided, loaded.decided->overdue);
                    lists->overdueDueAt.reserve(lists->overdue.size());
                    for (const TrainingStandingListModel::Ref& ref : lists->overdue) {
                        const TrainingStanding& standing = loaded.decided->agents[ref.agent].standings[ref.module];
                        lists->overdueDueAt.push_back(standing.dueAt.value_or(0));
                    }
                    lists->dueSoon = TrainingStandingListModel::refsOf(*loaded.decided, loaded.decided->dueSoon);
                    lists->expiring = TrainingStandingListModel::refsOf(*loaded.decided, loaded.decided->expiring);
                    loaded.everyone = std::move(lists);
                }
                const auto keep = [&include](const Refs& all) {
                    if (include.empty())
                        return std::make_shared<const Refs>(all);
                    Refs kept;
                    for (const TrainingStandingListModel::Ref& ref : all) {
                        if (ref.agent < include.size() && include[ref.agent])
                            kept.push_back(ref);
                    }
                    return std::make_shared<const Refs>(std::move(kept));
                };
                loaded.overdue = keep(loaded.everyone->overdue);
                loaded.dueSoon = keep(loaded.everyone->dueSoon);
                loaded.expiring = keep(loaded.everyone->expiring);
            }
            loaded.from = from;
            loaded.reminders = reminders;
            loaded.passesByAgent = passesByAgent;
            loaded.reminderGeneration = reminderGeneration;
            loaded.passedInPeriod = 0;
            loaded.overdueInPeriod = 0;
            const std::vector<char>& include = *loaded.include;

            // The period's campaigns: those running at some point of it (started by its end, due at or after its
            // start). One that ended before the period is history the period does not show; its late agents are
            // still on the overdue list.
            const qint64 end = loaded.facts->at;
            loaded.campaigns.clear();
            for (const TrainingCampaignProgress& campaign : *loaded.allCampaigns) {
                if (campaign.startsAt <= end && campaign.dueAt >= from)
                    loaded.campaigns.push_back(campaign);
            }
            // Passes completed in the period by the agents in scope: the facts hold every attempt made by the end.
            // Counted per agent once per read and start (2.4 M records at the largest demo); a filter sums its agents.
            if (!loaded.passesByAgent) {
                std::vector<int> passes(loaded.facts->agents.size(), 0);
                for (std::size_t a = 0; a < loaded.facts->agents.size(); ++a) {
                    for (const TrainingFacts::Record& record : loaded.facts->agents[a].records) {
                        if (record.passed.value_or(false) && record.completedAt && *record.completedAt >= from
                            && *record.completedAt <= end)
                            ++passes[a];
                    }
                }
                loaded.passesByAgent = std::make_shared<const std::vector<int>>(std::move(passes));
            }
            for (std::size_t a = 0; a < loaded.passesByAgent->size(); ++a) {
                if (include.empty() || include[a])
                    loaded.passedInPeriod += (*loaded.passesByAgent)[a];
            }
            // The overdue lines (of the agents in scope, as `overdue` keeps them) that fell due in the period.
            const Lists& lists = *loaded.everyone;
            for (std::size_t i = 0; i < lists.overdue.size(); ++i) {
                const std::uint32_t agent = lists.overdue[i].agent;
                if ((include.empty() || (agent < include.size() && include[agent])) && lists.overdueDueAt[i] >= from)
                    ++loaded.overdueInPeriod;
            }
            // The reminders sent for the overdue lines, by the end (now: every one sent so far). Read once per read
            // of the facts; a send or a sync reads them again on their own (refreshReminders).
            if (!loaded.reminders) {
                auto sent
                    = TrainingReminderReader(database).summaries(overdueAgents(*loaded.decided, *loaded.everyone),
                                                                 asOf.value_or(std::numeric_limits<qint64>::max()));
                if (!sent)
                    return sent.error();
                loaded.reminders = std::make_shared<const TrainingStandingListModel::Reminders>(std::move(*sent));
            }
            return loaded;
        },
        [this](Result<Loaded>&& result) {
            if (!result) {
                if (result.error().code() != Error::Code::Cancelled)
                    showLoadError(result.error().message());
                return;
            }
            showLoaded(std::move(*result));
        });
}

std::vector<qint64> TrainingPage::overdueAgents(const TrainingMatrix& decided, const Lists& lists)
{
    std::vector<qint64> ids;
    ids.reserve(lists.overdue.size());
    for (const TrainingStandingListModel::Ref& ref : lists.overdue)
        ids.push_back(decided.agents[ref.agent].agentId);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

void TrainingPage::refreshReminders()
{
    Store* store = m_session->store();
    if (!unlockedContent() || !store || !m_loaded.decided || !m_loaded.everyone)
        return;
    // The agent ids are taken here, on the GUI thread (tens of microseconds for thousands of lines); the SQL runs
    // on the worker. A read of the facts under way reads the reminders too, but may have started before a send.
    ++m_reminderGeneration;
    const std::vector<qint64> agents = overdueAgents(*m_loaded.decided, *m_loaded.everyone);
    const qint64 upTo = m_loaded.asOf.value_or(std::numeric_limits<qint64>::max());
    const TrainingFacts* readFor = m_loaded.facts.get();
    m_reminderReader.runOnStore(
        *store, Database::Mode::ReadOnly,
        [agents, upTo](Database& database,
                       const LatestResultRunner::Job&) -> Result<TrainingStandingListModel::Reminders> {
            return TrainingReminderReader(database).summaries(agents, upTo);
        },
        [this, readFor](Result<TrainingStandingListModel::Reminders>&& sent) {
            if (!unlockedContent())
                return;
            if (!sent) {
                m_message->showMessage(tr("Cannot read the reminders sent: %1").arg(sent.error().message()),
                                       MessageBanner::Level::Error);
                return;
            }
            // Only for the lines they were read for: a newer read of the facts brings its own.
            if (m_loaded.facts.get() != readFor)
                return;
            m_loaded.reminders = std::make_shared<const TrainingStandingListModel::Reminders>(std::move(*sent));
            m_overdueModel->setReminders(m_loaded.reminders);
            Q_EMIT remindersShown();
        });
}

void TrainingPage::showLoaded(Loaded&& loaded)
{
    if (!unlockedContent())
        return;
    m_lastLoadMs = m_loadTimer.elapsed();
    const ChosenCell chosen = chosenCell();
    // The result shown until now is large at scale (every standing, every record read): it is freed on a worker,
    // not here — freeing 800 000 standings would hold the GUI thread for tens of milliseconds.
    auto previous = std::make_shared<Loaded>(std::move(m_loaded));
    m_loaded = std::move(loaded);
    m_disposer.run(
        [previous](const LatestResultRunner::Job&) mutable -> Result<bool> {
            previous.reset();
            return true;
        },
        [](Result<bool>&&) {});
    m_filters->setModules(m_loaded.matrix->modules);
    m_matrixModel->setMatrix(m_loaded.matrix, m_filters->moduleId());
    m_campaignModel->setRows(m_loaded.campaigns);
    m_overdueModel->setReminders(m_loaded.reminders);
    // A send or a sync while this was read: its reminders may be older than the ones already asked for.
    if (m_loaded.reminderGeneration != m_reminderGeneration)
        refreshReminders();
    m_message->clearMessage();
    applyView();
    fitShownTables();

    chooseCell(chosen);
    showCellAgents();
    updateSummary();
    Q_EMIT matrixShown();
    if (m_tabs->currentWidget() == m_trendTab)
        loadTrend();
}

TrainingPage::ChosenCell TrainingPage::chosenCell() const
{
    const QModelIndex current = m_matrixView->currentIndex();
    if (!current.isValid())
        return {};
    return { true, current.row() == m_matrixModel->rowCount() - 1,
             current.data(TrainingMatrixModel::GroupIdRole).toLongLong(),
             current.data(TrainingMatrixModel::ModuleIdRole).toLongLong() };
}

void TrainingPage::chooseCell(const ChosenCell& chosen)
{
    // The same group (or the whole-scope row) and module as before a refresh or a filter, if still there: a reset
    // model forgets its current index.
    if (!chosen.valid)
        return;
    const int rows = m_matrixModel->rowCount();
    for (int row = 0; row < rows; ++row) {
        const bool isTotal = row == rows - 1;
        if (isTotal != chosen.total
            || (!isTotal
                && m_matrixModel->index(row, 0).data(TrainingMatrixModel::GroupIdRole).toLongLong() != chosen.groupId))
            continue;
        for (int column = 0; column < m_matrixModel->columnCount(); ++column) {
            const QModelIndex index = m_matrixModel->index(row, column);
            if (index.data(TrainingMatrixModel::ModuleIdRole).toLongLong() == chosen.moduleId) {
                m_matrixView->setCurrentIndex(index);
                return;
            }
        }
    }
}

void TrainingPage::loadTrend()
{
    if (!unlockedContent() || !m_loaded.facts || !m_loaded.matrix)
        return;
    // The months before the page's instant, from the facts already read: no second read of the store.
    const std::shared_ptr<const TrainingFacts> facts = m_loaded.facts;
    const std::shared_ptr<const std::vector<char>> include = m_loaded.include;
    const TrainingMatrix::GroupBy groupBy = m_loaded.matrix->groupBy;
    const int within = m_loaded.matrix->withinDays;
    const qint64 end = m_loaded.matrix->at;
    const qint64 from = m_loaded.from;
    const std::optional<qint64> moduleId = m_filters->moduleId();
    m_trendFor = m_loaded.matrix.get();
    m_trendFrom = from;
    const auto day = [](qint64 ms) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QStringLiteral("yyyy-MM-dd"));
    };
    m_trendCaption->setText(tr("Working out the months from %1 to %2…").arg(day(from), day(end)));
    m_trendLoader.run(
        [facts, include, groupBy, within, from, end,
         moduleId](const LatestResultRunner::Job&) -> Result<TrainingTrend> {
            std::optional<TrainingFacts> chosen;
            if (include && !include->empty())
                chosen = subset(*facts, *include);
            return TrainingTrend::build(chosen ? *chosen : *facts, groupBy, TrainingTrend::monthly(from, end), moduleId,
                                        within);
        },
        [this, groupBy, from, end, day](Result<TrainingTrend>&& trend) {
            if (!m_trendCharts)
                return;
            if (!trend) {
                m_trendCaption->setText(tr("The charts could not be drawn: %1").arg(trend.error().message()));
                return;
            }
            m_trendCaption->setText(tr("Month by month from %1 to %2 for the agents in scope at the end, as their "
                                       "records stood at each point. Someone who has left since is not counted.")
                                        .arg(day(from), day(end)));
            m_trendCharts->showTrend(*trend, groupBy);
            Q_EMIT trendShown();
        });
}

void TrainingPage::fitShownTables()
{
    // Sizing a column to its contents asks every row of a table that is not on screen (Qt looks at the visible rows
    // only when the table is visible): thousands of rows in the hidden lists. So only what is on screen is fitted,
    // and a tab's tables when it is shown.
    QWidget* current = m_tabs->currentWidget();
    for (QTableView* view :
         { m_matrixView, m_cellView, m_overdueView, m_dueSoonView, m_expiringView, m_campaignView, m_agentView }) {
        if (current->isAncestorOf(view) && view->isVisible())
            view == m_agentView ? fitAgentColumns() : ItemViews::fitColumns(view);
    }
}

void TrainingPage::fitAgentColumns()
{
    ItemViews::fitColumns(m_agentView);
    // Certificate references are UUIDs (36 characters) in the demo LMS and in most others: wider than a column sizes
    // itself to (ItemViews::MaxColumnCharacters), so the table wrapped them at their hyphens and showed a fragment.
    // The column gets the width of one whole UUID in the widest hex digit of the table's font, plus the cell's
    // margins; a longer reference still wraps, and the supervisor can widen the column.
    const QFontMetrics metrics = m_agentView->fontMetrics();
    int digit = 0;
    for (QChar c : QStringLiteral("0123456789abcdef"))
        digit = std::max(digit, metrics.horizontalAdvance(c));
    const int margins = 2 * (m_agentView->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_agentView) + 1);
    const int uuid = 32 * digit + 4 * metrics.horizontalAdvance(QLatin1Char('-')) + margins;
    QHeaderView* header = m_agentView->horizontalHeader();
    if (header->sectionSize(TrainingAgentModel::CertificateColumn) < uuid)
        header->resizeSection(TrainingAgentModel::CertificateColumn, uuid);
}

void TrainingPage::showLoadError(const QString& message)
{
    if (!unlockedContent())
        return;
    updateSummary();
    m_message->showMessage(tr("Cannot read the training records: %1").arg(message), MessageBanner::Level::Error);
}

void TrainingPage::applyView()
{
    if (!unlockedContent() || !m_loaded.matrix)
        return;
    if (m_matrixModel->moduleFilter() != m_filters->moduleId()) {
        const ChosenCell chosen = chosenCell();
        m_matrixModel->setModuleFilter(m_filters->moduleId());
        chooseCell(chosen);
        if (m_tabs->currentWidget() == m_trendTab)
            loadTrend(); // the groups' chart counts the chosen module
        else
            m_trendFor = nullptr;
    }
    m_overdueModel->setRows(m_loaded.decided, m_loaded.overdue, m_filters->moduleId());
    m_dueSoonModel->setRows(m_loaded.decided, m_loaded.dueSoon, m_filters->moduleId());
    m_expiringModel->setRows(m_loaded.decided, m_loaded.expiring, m_filters->moduleId());
    showCellAgents();
    updateTabTitles();
    updateRemindButton();
}

void TrainingPage::updateTabTitles()
{
    const QLocale locale;
    m_tabs->setTabText(m_tabs->indexOf(m_overdueTab),
                       tr("Overdue (%1)").arg(locale.toString(m_overdueModel->rowCount())));
    m_tabs->setTabText(m_tabs->indexOf(m_dueSoonTab),
                       tr("Due soon (%1)").arg(locale.toString(m_dueSoonModel->rowCount())));
    m_tabs->setTabText(m_tabs->indexOf(m_expiringTab),
                       tr("Expiring (%1)").arg(locale.toString(m_expiringModel->rowCount())));
    m_tabs->setTabText(m_tabs->indexOf(m_campaignTab),
                       tr("Campaigns (%1)").arg(locale.toString(m_campaignModel->rowCount())));
}

void TrainingPage::updateSummary()
{
    if (!m_summary)
        return;
    QStringList parts;
    if (const TrainingMatrix* matrix = m_loaded.matrix.get()) {
        const QLocale locale;
        parts << (m_loaded.agentsInScope == 1 ? tr("1 agent in scope")
                                              : tr("%1 agents in scope").arg(locale.toString(m_loaded.agentsInScope)));
        parts << (m_loaded.asOf ? tr("as of the end of %1")
                                      .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(*m_loaded.asOf).date(),
                                                              QStringLiteral("yyyy-MM-dd")))
                                : tr("as of %1 (%2)").arg(dayAndTime(matrix->at), Vocabulary::consoleZone()));
        parts << tr("due soon means within %1 days").arg(matrix->withinDays);
        // What happened in the period, beside the standing at its end: the overdue list is everyone overdue at the
        // end (a supervisor must not lose the longest overdue), and this says how many of them fell due in it.
        parts << tr("since %1: %2 passes completed, %3 of %4 overdue lines fell due")
                     .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_loaded.from).date(),
                                             QStringLiteral("yyyy-MM-dd")),
                          locale.toString(m_loaded.passedInPeriod), locale.toString(m_loaded.overdueInPeriod),
                          locale.toString(qint64(m_loaded.overdue ? m_loaded.overdue->size() : 0)));
        if (m_lastLoadMs > 0)
            parts << tr("computed in %1 ms").arg(locale.toString(m_lastLoadMs));
    }
    if (m_loader.isRunning())
        parts << (m_loaded.matrix ? tr("updating…") : tr("Reading the training records…"));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

const TrainingMatrix::AgentRow* TrainingPage::agentRow(qint64 agentId) const
{
    return m_loaded.decided ? findAgent(*m_loaded.decided, agentId) : nullptr;
}

void TrainingPage::showCellAgents()
{
    if (!m_cellModel || !m_loaded.matrix)
        return;
    const QModelIndex index = m_matrixView->currentIndex();
    const TrainingMatrix::Cell* cell = m_matrixModel->cellAt(index);
    if (!cell) {
        m_cellModel->clear();
        m_cellCaption->setText(
            index.isValid() && index.column() > TrainingMatrixModel::GroupColumn
                ? tr("%1, %2: nobody here needs this module.")
                      .arg(m_matrixModel->groupName(index.row()), m_matrixModel->moduleName(index.column()))
                : tr("Choose a cell to see the agents behind it."));
        return;
    }
    const TrainingMatrix& decided = *m_loaded.decided;
    std::uint32_t moduleIndex = 0;
    while (moduleIndex < decided.modules.size() && decided.modules[moduleIndex].id != cell->moduleId)
        ++moduleIndex;
    const TrainingFilterBar::StatusFilter status = m_filters->status();
    auto rows = std::make_shared<TrainingStandingListModel::Refs>();
    rows->reserve(cell->agentIds.size());
    for (qint64 agentId : cell->agentIds) {
        const TrainingMatrix::AgentRow* agent = agentRow(agentId);
        if (agent && moduleIndex < agent->standings.size()
            && TrainingFilterBar::matches(status, agent->standings[moduleIndex]))
            rows->push_back({ std::uint32_t(agent - decided.agents.data()), moduleIndex });
    }
    // Those to act on first: most days overdue, then soonest due, the valid passes last.
    const auto key = [&decided](const TrainingStandingListModel::Ref& ref) {
        const TrainingStanding& standing = decided.agents[ref.agent].standings[ref.module];
        return standing.state == TrainingState::Overdue || standing.state == TrainingState::Expired
            ? -standing.daysOverdue - 1
            : (standing.valid ? 100000 : 0) + standing.daysLeft;
    };
    std::stable_sort(rows->begin(), rows->end(), [&key](const auto& a, const auto& b) { return key(a) < key(b); });
    const QLocale locale;
    m_cellCaption->setText(
        tr("%1, %2: %3 of %4 agents shown (%5).")
            .arg(m_matrixModel->groupName(index.row()), m_matrixModel->moduleName(index.column()),
                 locale.toString(qint64(rows->size())), locale.toString(qint64(cell->agentIds.size())),
                 m_filters->status() == TrainingFilterBar::StatusFilter::Any ? tr("every standing")
                                                                             : tr("standing filter on")));
    m_cellModel->setRows(m_loaded.decided, std::move(rows));
    updateRemindButton();
    if (m_cellView->isVisible())
        ItemViews::fitColumns(m_cellView);
}

void TrainingPage::showAgent(qint64 agentId)
{
    if (!unlockedContent() || agentId <= 0)
        return;
    m_tabs->setCurrentWidget(m_agentTab);
    const QSignalBlocker blocker(m_agentChoice);
    m_agentChoice->setCurrentIndex(m_agentChoice->findData(agentId));
    loadAgent(agentId);
}

void TrainingPage::loadAgent(qint64 agentId)
{
    Store* store = m_session->store();
    if (!unlockedContent() || !store)
        return;
    m_agentId = agentId;
    const std::optional<qint64> asOf = m_filters->asOfMs();
    const int within = m_filters->withinDays();
    m_agentCaption->setText(tr("Reading…"));
    m_agentLoader.runOnStore(
        *store, Database::Mode::ReadOnly,
        [agentId, asOf, within](Database& database, const LatestResultRunner::Job&) -> Result<AgentView> {
            auto facts = TrainingFactsReader(database).read(TrainingFactsReader::Scope::agent(agentId),
                                                            asOf.value_or(Clock::nowMs()));
            if (!facts)
                return facts.error();
            AgentView view;
            if (facts->agents.empty())
                return view;
            const TrainingMatrix matrix = TrainingMatrix::build(*facts, TrainingMatrix::GroupBy::Team, within);
            view.agent = matrix.agents.front();
            view.agent.standings.clear();
            view.at = matrix.at;
            for (std::size_t i = 0; i < matrix.modules.size(); ++i) {
                TrainingStandingRow row = TrainingStandingRow::of(matrix, matrix.agents.front(), i);
                row.requiredBy = TrainingStandingRow::requiredByText(*facts, row.standing);
                view.rows.push_back(std::move(row));
            }
            auto reminders = TrainingReminderReader(database).ofAgent(agentId);
            if (!reminders)
                return reminders.error();
            view.reminders = std::move(*reminders);
            return view;
        },
        [this, agentId](Result<AgentView>&& result) {
            if (!m_agentModel)
                return;
            if (!result || result->agent.agentId == 0) {
                m_agentModel->clear();
                m_reminderModel->clear();
                m_agentCaption->setText(
                    result ? tr("This agent is not in the store.")
                           : tr("Cannot read this agent's training: %1").arg(result.error().message()));
                return;
            }
            const TrainingMatrix::AgentRow& agent = result->agent;
            m_agentCaption->setText(
                tr("%1 (%2), team %3 (%4), as of %5")
                    .arg(agent.displayName, agent.employeeNo, agent.teamName, agent.siteCode, dayAndTime(result->at)));
            m_agentModel->setRows(std::move(result->rows));
            m_reminderModel->setRows(std::move(result->reminders));
            fitAgentColumns();
            ItemViews::fitColumns(m_reminderView);
            updateRemindButton();
            Q_EMIT agentShown(agentId);
        });
}

void TrainingPage::showTrend()
{
    if (unlockedContent())
        m_tabs->setCurrentWidget(m_trendTab);
}

void TrainingPage::updateRemindButton()
{
    if (!m_remind)
        return;
    QWidget* current = m_tabs->currentWidget();
    const bool lists = current == m_matrixTab ? m_cellModel->rowCount() > 0
        : current == m_overdueTab             ? m_overdueModel->rowCount() > 0
        : current == m_dueSoonTab             ? m_dueSoonModel->rowCount() > 0
        : current == m_expiringTab            ? m_expiringModel->rowCount() > 0
        : current == m_agentTab               ? m_agentModel->rowCount() > 0
                                              : false;
    m_remind->setEnabled(lists && !m_reminderSender.isRunning());
}

void TrainingPage::sendReminders()
{
    Store* store = m_session->store();
    if (!unlockedContent() || !store || m_reminderSender.isRunning())
        return;
    // What the current tab lists: its selected rows, or all of them.
    QWidget* current = m_tabs->currentWidget();
    struct Line
    {
        qint64 agentId;
        qint64 moduleId;
        TrainingStanding standing;
    };
    std::vector<Line> lines;
    QString scope;
    const auto fromList = [&lines](QTableView* view, const TrainingStandingListModel* model) {
        QList<int> rows;
        for (const QModelIndex& index : view->selectionModel()->selectedRows())
            rows << index.row();
        if (rows.isEmpty()) {
            for (int row = 0; row < model->rowCount(); ++row)
                rows << row;
        }
        std::sort(rows.begin(), rows.end());
        for (int row : rows) {
            if (const TrainingStanding* standing = model->standing(row))
                lines.push_back({ model->agent(row)->agentId, model->module(row)->id, *standing });
        }
    };
    if (current == m_matrixTab) {
        fromList(m_cellView, m_cellModel);
        const QModelIndex cell = m_matrixView->currentIndex();
        scope = tr("%1 × %2").arg(m_matrixModel->groupName(cell.row()),
                                  m_matrixModel->headerData(cell.column(), Qt::Horizontal).toString());
    } else if (current == m_overdueTab) {
        fromList(m_overdueView, m_overdueModel);
        scope = tr("overdue list");
    } else if (current == m_dueSoonTab) {
        fromList(m_dueSoonView, m_dueSoonModel);
        scope = tr("due-soon list");
    } else if (current == m_expiringTab) {
        fromList(m_expiringView, m_expiringModel);
        scope = tr("expiring list");
    } else if (current == m_agentTab && m_agentId) {
        QList<int> rows;
        for (const QModelIndex& index : m_agentView->selectionModel()->selectedRows())
            rows << index.row();
        if (rows.isEmpty()) {
            for (int row = 0; row < m_agentModel->rowCount(); ++row)
                rows << row;
        }
        for (int row : rows) {
            if (const TrainingStandingRow* standing = m_agentModel->row(row))
                lines.push_back({ *m_agentId, standing->moduleId, standing->standing });
        }
        scope = tr("agent %1").arg(m_agentCaption->text().section(QLatin1Char(','), 0, 0));
    }

    // Only what is late or about to be: the workflow refuses compliant, pending and unrequired pairs.
    auto settings = DetectionSettings::load(store->database());
    if (!settings) {
        m_message->showMessage(tr("Cannot read the escalation thresholds: %1").arg(settings.error().message()),
                               MessageBanner::Level::Error);
        return;
    }
    TrainingReminderWorkflow::Request request;
    request.scope = scope.left(TrainingReminderWorkflow::MaxScopeLength);
    int toAgent = 0;
    int toLead = 0;
    int toManager = 0;
    int skipped = 0;
    for (const Line& line : lines) {
        const TrainingState state = line.standing.state;
        if (state != TrainingState::Overdue && state != TrainingState::Expired && state != TrainingState::DueSoon) {
            ++skipped;
            continue;
        }
        const TrainingReminderWorkflow::Pair pair { line.agentId, line.moduleId };
        if (std::find(request.pairs.begin(), request.pairs.end(), pair) != request.pairs.end())
            continue;
        request.pairs.push_back(pair);
        const qint64 days = state == TrainingState::DueSoon ? 0 : line.standing.daysOverdue;
        switch (TrainingReminderWorkflow::levelFor(days, *settings)) {
        case ReminderLevel::Agent:
            ++toAgent;
            break;
        case ReminderLevel::TeamLead:
            ++toLead;
            break;
        case ReminderLevel::Manager:
            ++toManager;
            break;
        }
    }
    if (request.pairs.empty()) {
        m_message->showMessage(tr("Nothing to remind here: no one listed is overdue, expired or due soon."),
                               MessageBanner::Level::Information);
        return;
    }
    const QLocale locale;
    // Short lines: the question is a label that does not wrap. A "&" in a team's name is doubled, or the label
    // would take it for a keyboard accelerator.
    QString shownScope = scope;
    shownScope.replace(QLatin1Char('&'), QLatin1String("&&"));
    QStringList question {
        tr("Send %1 reminder(s) for %2:").arg(locale.toString(qint64(request.pairs.size())), shownScope),
        tr("• %1 to the agent only").arg(locale.toString(toAgent)),
        tr("• %1 also to the team lead").arg(locale.toString(toLead)),
        tr("• %1 also to the team lead and the manager").arg(locale.toString(toManager)),
    };
    if (skipped > 0)
        question << tr("%1 listed line(s) are compliant or not yet due and get none.").arg(locale.toString(skipped));
    question << QString() << tr("Reminders are records shared through the central service;")
             << tr("Custodian sends no mail. Note (optional):");
    const std::optional<QString> note
        = Dialogs::multiLineText(this, tr("Send training reminders"), question.join(QLatin1Char('\n')));
    if (!note)
        return;
    request.note = note->trimmed();

    const QString actor = m_actor;
    m_remind->setEnabled(false);
    m_reminderSender.runOnStore(
        *store, Database::Mode::ReadWrite,
        [request, actor](Database& database, const LatestResultRunner::Job&) -> Result<TrainingReminderWorkflow::Sent> {
            auto sender = RoleAssignmentWorkflow::consoleActor(database, actor);
            if (!sender)
                return sender.error();
            return TrainingReminderWorkflow::send(database, request, *sender);
        },
        [this](Result<TrainingReminderWorkflow::Sent>&& sent) {
            if (!unlockedContent())
                return;
            updateRemindButton();
            if (!sent) {
                m_message->showMessage(tr("No reminder was sent: %1").arg(sent.error().message()),
                                       MessageBanner::Level::Error);
                Q_EMIT remindersSent(false);
                return;
            }
            const QLocale here;
            QString text = tr("Sent %1 reminder(s): %2 copied to a team lead, %3 to a manager. They reach the central "
                              "service with the next sync.")
                               .arg(here.toString(qint64(sent->reminders.size())), here.toString(sent->toTeamLead),
                                    here.toString(sent->toManager));
            if (sent->withoutTeamLead + sent->withoutManager > 0)
                text += QLatin1Char(' ')
                    + tr("%1 escalation(s) name nobody: this store knows no team lead or manager for them.")
                          .arg(here.toString(sent->withoutTeamLead + sent->withoutManager));
            m_message->showMessage(text, MessageBanner::Level::Success);
            refreshReminders();
            if (m_agentId)
                loadAgent(*m_agentId);
            Q_EMIT remindersSent(true);
        });
}

void TrainingPage::showOverdue()
{
    if (!unlockedContent())
        return;
    m_filters->showEveryone();
    m_filters->clearModule();
    m_tabs->setCurrentWidget(m_overdueTab);
    load(true);
}

void TrainingPage::showExpiring(int withinDays)
{
    if (!unlockedContent())
        return;
    m_filters->showEveryone();
    m_filters->clearModule();
    m_filters->showWithinDays(withinDays);
    m_tabs->setCurrentWidget(m_expiringTab);
    load(true);
}

void TrainingPage::showMatrix()
{
    if (!unlockedContent())
        return;
    m_filters->showEveryone();
    m_filters->clearModule();
    m_tabs->setCurrentWidget(m_matrixTab);
    load(true);
}

void TrainingPage::showEvent(QShowEvent* event)
{
    SessionPage::showEvent(event);
    // A result that arrived while the page was hidden (at unlock, before anyone opened it) was not sized to its
    // contents: the tables were not on screen.
    // (Children are shown before their parent's show event, so the tables count as visible here.)
    if (unlockedContent())
        fitShownTables();
}

bool TrainingPage::isRefreshKey(const QKeyEvent* event)
{
    return event->matches(QKeySequence::Refresh)
        || (event->key() == Qt::Key_F5 && event->modifiers() == Qt::NoModifier);
}

bool TrainingPage::event(QEvent* event)
{
    // F5 is the main window's Refresh too (see ConsoleAuditPage): claimed while the focus is on this page.
    if (event->type() == QEvent::ShortcutOverride && unlockedContent()
        && isRefreshKey(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void TrainingPage::keyPressEvent(QKeyEvent* event)
{
    if (unlockedContent() && isRefreshKey(event)) {
        event->accept();
        refresh();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace custodian
