#include "ui/incidents/IncidentsPage.h"

#include "domain/Clock.h"
#include "domain/IncidentPhases.h"
#include "domain/LocalUser.h"
#include "export/IncidentReport.h"
#include "item/IncidentLinkModel.h"
#include "item/IncidentListModel.h"
#include "item/IncidentObservableModel.h"
#include "item/IncidentRelatedModel.h"
#include "item/IncidentTaskModel.h"
#include "item/IncidentTerms.h"
#include "item/IncidentTimelineModel.h"
#include "rules/BreachNotificationClock.h"
#include "rules/IncidentSla.h"
#include "rules/IncidentWorkflow.h"
#include "store/ChoiceLists.h"
#include "store/IncidentLinkRepository.h"
#include "store/IncidentListReader.h"
#include "store/IncidentObservableReader.h"
#include "store/IncidentRepository.h"
#include "store/IncidentTimeline.h"
#include "store/Store.h"
#include "ui/incidents/BreachPanel.h"
#include "ui/incidents/EvidencePanel.h"
#include "ui/incidents/IncidentBulkDialog.h"
#include "ui/incidents/IncidentCloseDialog.h"
#include "ui/incidents/IncidentEditDialog.h"
#include "ui/incidents/IncidentFilterBar.h"
#include "ui/incidents/IncidentTimelineChart.h"
#include "ui/session/LatestResultRunner.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ExportFolder.h"
#include "ui/widgets/ItemViews.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/ReadOnlyTable.h"
#include "ui/widgets/ReasonDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace custodian {

namespace {
// The list stops here: the newest incidents matching the filter, which a supervisor narrows rather than scrolls past.
constexpr int ListLimit = 1000;

QString defaultActor()
{
    return QStringLiteral("console:") + localUserName();
}

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm t"));
}

std::array<qint64, 4> slaWindowsMs(const IncidentSla::Windows& windows)
{
    return { windows.ms(Severity::Low), windows.ms(Severity::Medium), windows.ms(Severity::High),
             windows.ms(Severity::Critical) };
}
} // namespace

// What one detail read brings back from the worker.
struct IncidentsPage::Loaded
{
    IncidentRepository::Detail detail;
    IncidentTimeline::Verification chain;
    std::vector<IncidentObservable> observables;
    std::vector<IncidentObservableReader::Related> related;
    std::vector<IncidentLinkRepository::Connection> links;
    // The authority's first notification, which IncidentRepository::Incident does not carry (the GDPR part of issue
    // 17 owns it); the list row read it.
    std::optional<qint64> notifiedAt;
    qint64 now = 0;
};

IncidentsPage::IncidentsPage(StoreSession* session, QString actor, QWidget* parent)
    : SessionPage(session, parent)
    , m_actor(actor.isEmpty() ? defaultActor() : std::move(actor))
{
    setObjectName(QStringLiteral("incidentsPage"));
    followSession();
}

IncidentsPage::~IncidentsPage()
{
    destroyUnlockedContent();
}

Store* IncidentsPage::store() const
{
    return m_session->store();
}

void IncidentsPage::releaseUnlockedContent()
{
    m_listRunner->cancel();
    m_detailRunner->cancel();
    m_reportRunner->cancel();
    m_filterBar = nullptr;
    m_model = nullptr;
    m_taskModel = nullptr;
    m_timelineModel = nullptr;
    m_observableModel = nullptr;
    m_relatedModel = nullptr;
    m_linkModel = nullptr;
    m_listRunner = m_detailRunner = m_reportRunner = m_bulkRunner = nullptr;
    m_count = m_summary = m_chain = nullptr;
    m_bulkAssign = m_bulkClose = m_bulkCancel = nullptr;
    m_bulkProgress = nullptr;
    m_table = m_tasks = m_timeline = m_observables = m_related = m_links = nullptr;
    m_tabs = nullptr;
    m_timelineChart = nullptr;
    m_evidence = nullptr;
    m_breach = nullptr;
    m_phase = nullptr;
    m_changePhase = m_edit = m_close = m_reopen = m_report = m_addNote = m_taskDone = m_taskNotApplicable = m_showEvents
        = nullptr;
    m_note = nullptr;
    m_message = nullptr;
    m_shownId = 0;
}

void IncidentsPage::createUnlockedContent(QWidget* content)
{
    m_filterBar = new IncidentFilterBar(content);
    m_model = new IncidentListModel(content);
    m_taskModel = new IncidentTaskModel(content);
    m_timelineModel = new IncidentTimelineModel(content);
    m_observableModel = new IncidentObservableModel(content);
    m_relatedModel = new IncidentRelatedModel(content);
    m_linkModel = new IncidentLinkModel(content);
    m_listRunner = new LatestResultRunner(content);
    m_detailRunner = new LatestResultRunner(content);
    m_reportRunner = new LatestResultRunner(content);
    m_bulkRunner = new LatestResultRunner(content);
    m_count = new QLabel(content);
    m_count->setObjectName(QStringLiteral("incidentsCount"));
    m_message = new MessageBanner(content);
    m_message->setObjectName(QStringLiteral("incidentsMessage"));

    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("incidentsTable"));
    ItemViews::prepare(m_table, tr("Incidents"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Extended: Shift and Ctrl select several incidents for a bulk assign or close; the detail shows the current one.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns fit the rows around the view, not all of the up to 1 000 listed: measuring every row's text held the
    // GUI thread for about 100 ms on each list read.
    m_table->horizontalHeader()->setResizeContentsPrecision(64);
    m_table->setColumnWidth(IncidentListModel::TitleColumn, 220);

    // The detail: one tab per part, so that the GDPR panel and the evidence list are tabs of their own beside them.
    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("incidentsDetailTabs"));
    m_tabs->setAccessibleName(tr("Incident detail"));

    auto* overview = new QWidget(m_tabs);
    m_summary = new QLabel(overview);
    m_summary->setObjectName(QStringLiteral("incidentsDetail"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edit = new QPushButton(tr("&Edit…"), overview);
    m_edit->setObjectName(QStringLiteral("incidentsEdit"));
    m_edit->setToolTip(tr("Title, severity, owner, impact and description."));
    m_phase = new QComboBox(overview);
    m_phase->setObjectName(QStringLiteral("incidentsPhase"));
    for (const IncidentPhase* phase = IncidentPhases::begin(); phase != IncidentPhases::end(); ++phase) {
        if (*phase != IncidentPhase::Closed)
            m_phase->addItem(IncidentTerms::phaseWithFunction(*phase), int(*phase));
    }
    // A closed incident has no phase to move to from here: the box shows that rather than the last open phase chosen.
    m_phase->setPlaceholderText(tr("Closed: reopen to change its phase"));
    m_changePhase = new QPushButton(tr("C&hange phase"), overview);
    m_changePhase->setObjectName(QStringLiteral("incidentsChangePhase"));
    m_changePhase->setToolTip(tr("Forward at once; back asks for a reason."));
    m_close = new QPushButton(tr("C&lose…"), overview);
    m_close->setObjectName(QStringLiteral("incidentsClose"));
    m_reopen = new QPushButton(tr("Re&open…"), overview);
    m_reopen->setObjectName(QStringLiteral("incidentsReopen"));
    m_report = new QPushButton(tr("&Report…"), overview);
    m_report->setObjectName(QStringLiteral("incidentsReport"));
    m_report->setAccessibleName(tr("Write the incident report"));
    m_report->setToolTip(tr("The incident report as PDF or Markdown (by the file's suffix): summary, tasks, timeline, "
                            "observables, evidence re-verified, notifications. Audited."));
    m_note = new QPlainTextEdit(overview);
    m_note->setObjectName(QStringLiteral("incidentsNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("A note for the timeline"));
    m_note->setMaximumHeight(80);
    m_addNote = new QPushButton(tr("Add &note"), overview);
    m_addNote->setObjectName(QStringLiteral("incidentsAddNote"));
    auto* phaseLabel = new QLabel(tr("&Phase:"), overview);
    phaseLabel->setBuddy(m_phase);
    auto* noteLabel = new QLabel(tr("No&te:"), overview);
    noteLabel->setBuddy(m_note);
    auto* overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_summary, 1);
    auto* phaseRow = new QHBoxLayout;
    phaseRow->addWidget(phaseLabel);
    phaseRow->addWidget(m_phase, 1);
    phaseRow->addWidget(m_changePhase);
    overviewLayout->addLayout(phaseRow);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_close);
    actions->addWidget(m_reopen);
    actions->addWidget(m_report);
    actions->addStretch(1);
    overviewLayout->addLayout(actions);
    overviewLayout->addWidget(noteLabel);
    overviewLayout->addWidget(m_note);
    overviewLayout->addWidget(m_addNote, 0, Qt::AlignLeft);
    m_tabs->addTab(overview, tr("Incident"));

    auto* tasksTab = new QWidget(m_tabs);
    m_tasks = ReadOnlyTable::view(tr("Tasks"), m_taskModel, tasksTab);
    m_tasks->setObjectName(QStringLiteral("incidentsTasks"));
    m_taskDone = new QPushButton(tr("&Done"), tasksTab);
    m_taskDone->setObjectName(QStringLiteral("incidentsTaskDone"));
    m_taskNotApplicable = new QPushButton(tr("&Not applicable…"), tasksTab);
    m_taskNotApplicable->setObjectName(QStringLiteral("incidentsTaskNotApplicable"));
    auto* tasksLayout = new QVBoxLayout(tasksTab);
    tasksLayout->addWidget(m_tasks, 1);
    auto* taskActions = new QHBoxLayout;
    taskActions->addWidget(m_taskDone);
    taskActions->addWidget(m_taskNotApplicable);
    taskActions->addStretch(1);
    tasksLayout->addLayout(taskActions);
    m_tabs->addTab(tasksTab, tr("Tasks"));

    auto* timelineTab = new QWidget(m_tabs);
    m_chain = new QLabel(timelineTab);
    m_chain->setObjectName(QStringLiteral("incidentsChain"));
    m_chain->setWordWrap(true);
    m_timeline = ReadOnlyTable::view(tr("Timeline"), m_timelineModel, timelineTab);
    m_timeline->setObjectName(QStringLiteral("incidentsTimeline"));
    m_timelineChart = new IncidentTimelineChart(timelineTab);
    auto* timelineLayout = new QVBoxLayout(timelineTab);
    timelineLayout->addWidget(m_chain);
    auto* timelineSplitter = new QSplitter(Qt::Vertical, timelineTab);
    timelineSplitter->addWidget(m_timeline);
    timelineSplitter->addWidget(m_timelineChart);
    timelineLayout->addWidget(timelineSplitter, 1);
    m_tabs->addTab(timelineTab, tr("Timeline"));

    auto* observablesTab = new QWidget(m_tabs);
    m_observables = ReadOnlyTable::view(tr("Observables"), m_observableModel, observablesTab);
    m_observables->setObjectName(QStringLiteral("incidentsObservables"));
    m_related = ReadOnlyTable::view(tr("Related incidents"), m_relatedModel, observablesTab);
    m_related->setObjectName(QStringLiteral("incidentsRelated"));
    m_related->setToolTip(tr("Double-click to open the related incident."));
    m_links = ReadOnlyTable::view(tr("Linked and merged incidents"), m_linkModel, observablesTab);
    m_links->setObjectName(QStringLiteral("incidentsLinks"));
    m_links->setToolTip(tr("Double-click or press Enter to open the linked or merged incident."));
    m_showEvents = new QPushButton(tr("Show &events"), observablesTab);
    m_showEvents->setObjectName(QStringLiteral("incidentsShowEvents"));
    m_showEvents->setToolTip(tr("The access events linked to this incident, on the access page."));
    auto* observablesLayout = new QVBoxLayout(observablesTab);
    auto* observablesCaption = new QLabel(tr("What the linked events involve"), observablesTab);
    observablesCaption->setBuddy(m_observables);
    auto* relatedCaption
        = new QLabel(tr("Related incidents (sharing a record, an agent or a workstation)"), observablesTab);
    relatedCaption->setBuddy(m_related);
    observablesLayout->addWidget(observablesCaption);
    observablesLayout->addWidget(m_observables, 2);
    observablesLayout->addWidget(m_showEvents, 0, Qt::AlignLeft);
    observablesLayout->addWidget(relatedCaption);
    observablesLayout->addWidget(m_related, 1);
    auto* linksCaption = new QLabel(tr("Linked and merged incidents"), observablesTab);
    linksCaption->setBuddy(m_links);
    observablesLayout->addWidget(linksCaption);
    observablesLayout->addWidget(m_links, 1);
    m_tabs->addTab(observablesTab, tr("Observables"));
    m_breach = new BreachPanel(m_session, m_actor, m_tabs);
    m_tabs->addTab(m_breach, tr("GDPR"));
    // A breach decision changes the incident's clock in the list (and the Today page's numbers).
    connect(m_breach, &BreachPanel::incidentChanged, this, [this](qint64 incidentId) {
        refresh();
        Q_EMIT incidentChanged(incidentId);
    });
    m_evidence = new EvidencePanel(m_session, m_actor, m_tabs);
    m_tabs->addTab(m_evidence, tr("Evidence"));

    m_bulkAssign = new QPushButton(tr("&Assign…"), content);
    m_bulkAssign->setObjectName(QStringLiteral("incidentsBulkAssign"));
    m_bulkAssign->setAccessibleName(tr("Assign the selected incidents"));
    m_bulkAssign->setToolTip(tr("A new owner for every selected incident, with one reason recorded on each."));
    m_bulkClose = new QPushButton(tr("Close &selected…"), content);
    m_bulkClose->setObjectName(QStringLiteral("incidentsBulkClose"));
    m_bulkClose->setAccessibleName(tr("Close the selected incidents"));
    m_bulkClose->setToolTip(tr("One outcome, summary and reason for every selected incident; one with an open "
                               "mandatory task stays open and is named."));
    m_bulkProgress = new QProgressBar(content);
    m_bulkProgress->setObjectName(QStringLiteral("incidentsBulkProgress"));
    m_bulkProgress->setAccessibleName(tr("Bulk change progress"));
    m_bulkProgress->setFormat(tr("%v of %m"));
    m_bulkProgress->hide();
    m_bulkCancel = new QPushButton(tr("Cancel"), content);
    m_bulkCancel->setObjectName(QStringLiteral("incidentsBulkCancel"));
    m_bulkCancel->setAccessibleName(tr("Cancel the bulk change"));
    m_bulkCancel->setToolTip(tr("Stops after the incident being changed; those changed stay changed."));
    m_bulkCancel->hide();

    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_bulkAssign);
    countRow->addWidget(m_bulkClose);
    countRow->addWidget(m_bulkProgress, 1);
    countRow->addWidget(m_bulkCancel);
    countRow->addStretch(1);
    countRow->addWidget(m_count);

    auto* splitter = new QSplitter(Qt::Horizontal, content);
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The list's SLA and GDPR columns in view at 1 280 px, the detail still wide enough for its buttons.
    splitter->setSizes({ 780, 480 });

    QVBoxLayout* layout = PageLayout::open(content, tr("Incidents"));
    layout->addWidget(m_filterBar);
    layout->addLayout(countRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_filterBar, &IncidentFilterBar::filterEdited, this, &IncidentsPage::loadList);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IncidentsPage::loadDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IncidentsPage::selectionChanged);
    // The model is reset on each list read, which clears the selection without selectionChanged.
    connect(m_model, &QAbstractItemModel::modelReset, this, &IncidentsPage::selectionChanged);
    connect(m_bulkAssign, &QPushButton::clicked, this, [this] { askBulk(IncidentBulkAction::Kind::Assign); });
    connect(m_bulkClose, &QPushButton::clicked, this, [this] { askBulk(IncidentBulkAction::Kind::Close); });
    connect(m_bulkCancel, &QPushButton::clicked, this, [this] {
        // interrupt(), not cancel(): the run stops between two incidents and its report still comes, to be shown.
        m_bulkRunner->interrupt();
        m_bulkCancel->setEnabled(false);
        m_bulkCancel->setText(tr("Cancelling…"));
    });
    connect(m_edit, &QPushButton::clicked, this, &IncidentsPage::edit);
    connect(m_changePhase, &QPushButton::clicked, this, &IncidentsPage::changePhase);
    connect(m_close, &QPushButton::clicked, this, &IncidentsPage::closeIncident);
    connect(m_reopen, &QPushButton::clicked, this, &IncidentsPage::reopen);
    connect(m_report, &QPushButton::clicked, this, &IncidentsPage::askReport);
    connect(m_addNote, &QPushButton::clicked, this, &IncidentsPage::addNote);
    connect(m_taskDone, &QPushButton::clicked, this, [this] { decideTask(true); });
    connect(m_taskNotApplicable, &QPushButton::clicked, this, [this] { decideTask(false); });
    connect(m_related, &QTableView::doubleClicked, this, &IncidentsPage::openRelated);
    // activated: a double-click or Enter, so that the keyboard opens a link too.
    connect(m_links, &QTableView::activated, this, &IncidentsPage::openLinked);
    connect(m_showEvents, &QPushButton::clicked, this, [this] {
        if (m_shownId > 0)
            Q_EMIT showEventsRequested(m_shownId);
    });

    clearDetail();
    selectionChanged();
    loadList();
}

IncidentFilter IncidentsPage::filter() const
{
    return m_filterBar ? m_filterBar->filter() : IncidentFilter();
}

bool IncidentsPage::isLoading() const
{
    return unlockedContent() && (m_listRunner->isRunning() || m_detailRunner->isRunning());
}

std::vector<qint64> IncidentsPage::selectedIncidentIds() const
{
    std::vector<qint64> ids;
    if (!unlockedContent())
        return ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows)
        if (const IncidentListReader::Row* row = m_model->incident(index.row()))
            ids.push_back(row->id);
    return ids;
}

bool IncidentsPage::isBulkRunning() const
{
    return unlockedContent() && m_bulkRunner->isRunning();
}

void IncidentsPage::selectionChanged()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    const bool idle = !m_bulkRunner->isRunning();
    m_bulkAssign->setEnabled(idle && selected > 0);
    m_bulkClose->setEnabled(idle && selected > 0);
    m_bulkAssign->setText(selected > 1 ? tr("&Assign %n…", nullptr, selected) : tr("&Assign…"));
    m_bulkClose->setText(selected > 1 ? tr("Close &%n selected…", nullptr, selected) : tr("Close &selected…"));
}

void IncidentsPage::askBulk(IncidentBulkAction::Kind kind)
{
    if (!unlockedContent() || m_bulkRunner->isRunning())
        return;
    std::vector<qint64> ids = selectedIncidentIds();
    if (ids.empty()) {
        showMessage(tr("Select the incidents first (Shift or Ctrl to select several)."), true);
        return;
    }
    std::vector<ChoiceLists::Choice> supervisors;
    if (kind == IncidentBulkAction::Kind::Assign) {
        // The supervisors: a short list (a site's few dozen), read here as Edit… does.
        auto read = ChoiceLists(store()->database()).supervisors();
        if (!read) {
            showMessage(tr("Cannot read the supervisors: %1").arg(read.error().message()), true);
            return;
        }
        supervisors = std::move(*read);
    }
    IncidentBulkDialog dialog(kind, std::move(ids), supervisors, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    runBulk(dialog.request());
}

void IncidentsPage::runBulk(const IncidentBulkAction::Request& request)
{
    const int total = int(request.incidentIds.size());
    m_bulkAssign->setEnabled(false);
    m_bulkClose->setEnabled(false);
    m_bulkProgress->setRange(0, total);
    m_bulkProgress->setValue(0);
    m_bulkProgress->show();
    m_bulkCancel->setText(tr("Cancel"));
    m_bulkCancel->setEnabled(true);
    m_bulkCancel->show();
    // Singular apart: without an English translation, a numerus string would read "1 incidents".
    if (request.kind == IncidentBulkAction::Kind::Assign)
        showMessage(total == 1 ? tr("Assigning 1 incident…") : tr("Assigning %n incidents…", nullptr, total), false);
    else
        showMessage(total == 1 ? tr("Closing 1 incident…") : tr("Closing %n incidents…", nullptr, total), false);
    const QString actorName = m_actor;
    const IncidentBulkAction::Kind kind = request.kind;
    QPointer<IncidentsPage> page(this);
    m_bulkRunner->runOnStore(
        *store(), Database::Mode::ReadWrite,
        [request, actorName, page](Database& database,
                                   const LatestResultRunner::Job& job) -> Result<IncidentBulkAction::Report> {
            // Cancel stops the run between two incidents, never inside one: the flag is not installed on the
            // connection, where it would interrupt the incident being changed.
            database.setCancelFlag(nullptr);
            auto actor = RoleAssignmentWorkflow::consoleActor(database, actorName);
            if (!actor)
                return actor.error();
            return IncidentBulkAction::run(database, request, *actor, job.cancelFlag(),
                                           [&job, page](int finished, int of, const IncidentBulkAction::Outcome& last) {
                                               job.post([page, finished, of, reference = last.reference] {
                                                   if (page)
                                                       page->showBulkProgress(finished, of, reference);
                                               });
                                           });
        },
        [this, kind](const Result<IncidentBulkAction::Report>& report) { showBulkReport(kind, report); });
}

void IncidentsPage::showBulkProgress(int finished, int total, const QString& reference)
{
    if (!unlockedContent())
        return;
    m_bulkProgress->setRange(0, total);
    m_bulkProgress->setValue(finished);
    m_bulkProgress->setToolTip(tr("Last: %1").arg(reference));
}

void IncidentsPage::showBulkReport(IncidentBulkAction::Kind kind, const Result<IncidentBulkAction::Report>& report)
{
    if (!unlockedContent())
        return;
    m_bulkProgress->hide();
    m_bulkCancel->hide();
    const bool assign = kind == IncidentBulkAction::Kind::Assign;
    if (!report) {
        const QString text = assign ? tr("Nothing was assigned: %1").arg(report.error().message())
                                    : tr("Nothing was closed: %1").arg(report.error().message());
        showMessage(text, true);
        selectionChanged();
        Q_EMIT bulkFinished(0, 0, text);
        return;
    }
    const int done = report->done();
    const int refused = report->refused();
    QString text = assign ? (done == 1 ? tr("1 incident assigned") : tr("%n incidents assigned", nullptr, done))
                          : (done == 1 ? tr("1 incident closed") : tr("%n incidents closed", nullptr, done));
    if (refused > 0) {
        QStringList refusals;
        for (const IncidentBulkAction::Outcome& outcome : report->outcomes)
            if (!outcome.done)
                // The workflow's words mostly name the incident already ("INC-… is already closed.").
                refusals << (outcome.message.contains(outcome.reference)
                                 ? outcome.message
                                 : tr("%1: %2").arg(outcome.reference, outcome.message));
        text += QStringLiteral("; ") + tr("%n refused:", nullptr, refused) + QLatin1Char('\n')
            + refusals.join(QLatin1Char('\n'));
    } else {
        text += QLatin1Char('.');
    }
    if (report->cancelled())
        text += QLatin1Char('\n') + tr("Cancelled: %n not changed.", nullptr, report->notReached);
    // A refusal or a cancel is what the supervisor has to act on: said as a warning, not as a success.
    m_message->showMessage(
        text, refused > 0 || report->cancelled() ? MessageBanner::Level::Warning : MessageBanner::Level::Success);
    for (const IncidentBulkAction::Outcome& outcome : report->outcomes)
        if (outcome.done)
            Q_EMIT incidentChanged(outcome.incidentId);
    m_wanted = currentIncidentId();
    loadList();
    selectionChanged();
    Q_EMIT bulkFinished(done, refused, text);
}

void IncidentsPage::showIncidents(const IncidentFilter& filter)
{
    if (!unlockedContent())
        return;
    m_filterBar->setFilter(filter);
    loadList();
}

void IncidentsPage::refreshEvidence()
{
    if (!unlockedContent() || !m_evidence)
        return;
    m_evidence->refreshUploads();
}

void IncidentsPage::refresh()
{
    if (!unlockedContent())
        return;
    m_wanted = currentIncidentId();
    loadList();
}

void IncidentsPage::showIncident(qint64 incidentId)
{
    if (!unlockedContent())
        return;
    if (const int row = m_model->rowOf(incidentId); row >= 0) {
        m_table->selectRow(row);
        return;
    }
    // Not listed: every incident, and the one asked for once they are read.
    IncidentFilter all;
    all.status = IncidentFilter::Status::All;
    m_filterBar->setFilter(all);
    m_wanted = incidentId;
    loadList();
}

qint64 IncidentsPage::currentIncidentId() const
{
    if (!unlockedContent())
        return 0;
    const IncidentListReader::Row* row = m_model->incident(m_table->currentIndex().row());
    return row ? row->id : 0;
}

void IncidentsPage::loadList()
{
    if (!unlockedContent())
        return;
    if (m_wanted == 0)
        m_wanted = currentIncidentId();
    IncidentListReader::Query query;
    query.filter = m_filterBar->filter();
    query.now = Clock::nowMs();
    query.slaWindowMs = slaWindowsMs(IncidentSla::Windows());
    query.limit = ListLimit;
    const QString actor = m_actor;
    m_count->setText(tr("Reading…"));
    m_listRunner->runOnStore(
        *store(), Database::Mode::ReadOnly,
        [query, actor](Database& database, const LatestResultRunner::Job&) mutable -> Result<IncidentListReader::Page> {
            // "Owner: me" is the supervisor this console acts as.
            if (auto me = RoleAssignmentWorkflow::consoleActor(database, actor))
                query.meId = me->supervisorId;
            return IncidentListReader::read(database, query);
        },
        [this, now = query.now](Result<IncidentListReader::Page> page) {
            if (!unlockedContent())
                return;
            if (!page) {
                m_count->clear();
                showMessage(tr("Cannot read the incidents: %1").arg(page.error().message()), true);
                return;
            }
            const qint64 wanted = std::exchange(m_wanted, 0);
            m_model->setIncidents(std::move(page->rows), now);
            m_count->setText(page->more ? tr("The newest %1 incidents shown; narrow the filter to see older ones.")
                                              .arg(QLocale().toString(m_model->rowCount()))
                                        : tr("Incidents shown: %1").arg(QLocale().toString(m_model->rowCount())));
            ItemViews::fitColumns(m_table);
            if (const int row = m_model->rowOf(wanted); row >= 0)
                m_table->selectRow(row);
            else
                clearDetail();
        });
}

void IncidentsPage::loadDetail()
{
    if (!unlockedContent())
        return;
    const qint64 id = currentIncidentId();
    if (id <= 0) {
        clearDetail();
        return;
    }
    m_detailRunner->runOnStore(
        *store(), Database::Mode::ReadOnly,
        [id](Database& database, const LatestResultRunner::Job&) -> Result<std::optional<Loaded>> {
            Loaded loaded;
            loaded.now = Clock::nowMs();
            auto detail = IncidentRepository(database).load(id);
            if (!detail)
                return detail.error();
            if (!*detail)
                return std::optional<Loaded>();
            loaded.detail = std::move(**detail);
            auto chain = IncidentTimeline::verify(database, id);
            if (!chain)
                return chain.error();
            loaded.chain = std::move(*chain);
            auto observables = IncidentObservableReader::observables(database, id);
            if (!observables)
                return observables.error();
            loaded.observables = std::move(*observables);
            auto related = IncidentObservableReader::related(database, id);
            if (!related)
                return related.error();
            loaded.related = std::move(*related);
            auto links = IncidentLinkRepository(database).connectionsOf(id);
            if (!links)
                return links.error();
            loaded.links = std::move(*links);
            return std::optional<Loaded>(std::move(loaded));
        },
        [this, id](Result<std::optional<Loaded>> loaded) {
            if (!unlockedContent() || currentIncidentId() != id)
                return;
            if (loaded && *loaded) {
                if (const IncidentListReader::Row* row = m_model->incident(m_model->rowOf(id)))
                    (*loaded)->notifiedAt = row->notifiedAt;
            }
            if (!loaded) {
                showMessage(tr("Cannot read the incident: %1").arg(loaded.error().message()), true);
                return;
            }
            if (!*loaded) {
                clearDetail();
                return;
            }
            showDetail(**loaded);
        });
}

void IncidentsPage::clearDetail()
{
    m_shownId = 0;
    m_shownClosed = false;
    m_summary->setText(tr("<i>No incident selected.</i>"));
    m_chain->clear();
    m_taskModel->clear();
    m_timelineModel->clear();
    m_timelineChart->clear();
    m_observableModel->clear();
    m_relatedModel->clear();
    m_linkModel->clear();
    m_evidence->setIncident(0);
    m_breach->setIncident(0);
    for (QWidget* widget :
         std::initializer_list<QWidget*> { m_edit, m_phase, m_changePhase, m_close, m_reopen, m_report, m_note,
                                           m_addNote, m_taskDone, m_taskNotApplicable, m_showEvents })
        widget->setEnabled(false);
}

void IncidentsPage::showDetail(const Loaded& loaded)
{
    const IncidentRepository::Incident& incident = loaded.detail.incident;
    m_shownId = incident.id;
    m_shownIncident = incident;
    m_shownClosed = incident.closedAt.has_value();
    m_shownPhase = int(incident.phase);
    m_evidence->setIncident(incident.id);
    if (m_breach->incidentId() != incident.id)
        m_breach->setIncident(incident.id);
    else
        m_breach->refresh();
    const IncidentSla::Reading sla
        = IncidentSla::at(incident.openedAt, incident.severity, incident.closedAt, loaded.now);
    const BreachNotificationClock::Reading gdpr
        = BreachNotificationClock::at(incident.breachEstablishedAt, loaded.notifiedAt, loaded.now);

    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    int openMandatory = 0;
    for (const IncidentRepository::Task& task : loaded.detail.tasks)
        openMandatory += task.mandatory && task.state == IncidentTaskState::Open;
    QString html = QStringLiteral("<h3>%1 — %2</h3><table cellspacing='4'>")
                       .arg(incident.reference.toHtmlEscaped(), incident.title.toHtmlEscaped());
    html += row(tr("Severity"), IncidentTerms::severity(incident.severity));
    html += row(tr("Phase"), IncidentTerms::phaseWithFunction(incident.phase));
    html += row(tr("Category"), IncidentTerms::category(incident.category));
    html += row(tr("Owner"), incident.assigneeId ? incident.assigneeName : tr("Unassigned"));
    html += row(tr("Impact"), incident.impact ? IncidentTerms::impact(*incident.impact) : tr("Not assessed yet"));
    html += row(tr("Detected"), timeText(incident.detectedAt));
    html += row(tr("Declared"), timeText(incident.openedAt));
    html += row(tr("Due"), timeText(sla.dueAt));
    html += row(tr("SLA"), IncidentTerms::sla(sla));
    if (gdpr.state != BreachNotificationClock::State::NotStarted)
        html += row(tr("GDPR clock"), IncidentTerms::gdpr(gdpr));
    html += row(tr("Mandatory tasks open"), QString::number(openMandatory));
    if (incident.outcome) {
        html += row(tr("Outcome"), IncidentTerms::outcome(*incident.outcome));
        if (!incident.duplicateOfReference.isEmpty())
            html += row(tr("Duplicate of"), incident.duplicateOfReference);
        html += row(tr("Closed"), tr("%1 by %2").arg(timeText(*incident.closedAt), incident.closedBy));
        html += row(tr("Summary"), incident.closureSummary);
    }
    html += QStringLiteral("</table>");
    if (!incident.description.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(incident.description.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_summary->setText(html);

    // Tasks grouped by the phase they belong to, template order within a phase.
    std::vector<IncidentRepository::Task> tasks = loaded.detail.tasks;
    std::stable_sort(tasks.begin(), tasks.end(), [](const auto& a, const auto& b) {
        return IncidentPhases::ordinal(a.phase) < IncidentPhases::ordinal(b.phase);
    });
    m_taskModel->setRows(std::move(tasks));
    m_timelineModel->setRows(loaded.detail.timeline);
    m_timelineChart->showEntries(loaded.detail.timeline);
    m_observableModel->setRows(loaded.observables);
    m_relatedModel->setRows(loaded.related);
    m_linkModel->setRows(loaded.links);
    for (QTableView* table : { m_tasks, m_timeline, m_observables, m_related, m_links })
        ReadOnlyTable::fit(table);

    // The chain's state is shown whatever it is: a broken chain is the news, not something to tuck away.
    const IncidentTimeline::Verification& chain = loaded.chain;
    QString chainText = chain.intact ? tr("Timeline chain intact: %n entries verified.", nullptr, int(chain.chained))
                                     : tr("Timeline chain broken: %1").arg(chain.reason);
    if (chain.fromService > 0)
        chainText += QLatin1Char(' ')
            + tr("%n entries from the central service are outside the chain.", nullptr, int(chain.fromService));
    m_chain->setText(chainText);
    m_chain->setProperty("intact", chain.intact);

    const bool closed = m_shownClosed;
    m_edit->setEnabled(!closed);
    m_phase->setEnabled(!closed);
    m_changePhase->setEnabled(!closed);
    m_phase->setCurrentIndex(closed ? -1 : std::max(0, m_phase->findData(int(incident.phase))));
    m_close->setEnabled(!closed);
    m_reopen->setEnabled(closed);
    m_report->setEnabled(!m_reportRunner->isRunning());
    m_note->setEnabled(true);
    m_addNote->setEnabled(true);
    m_taskDone->setEnabled(!closed && m_taskModel->rowCount() > 0);
    m_taskNotApplicable->setEnabled(!closed && m_taskModel->rowCount() > 0);
    m_showEvents->setEnabled(!loaded.observables.empty());
}

void IncidentsPage::changed(qint64 incidentId, const QString& message)
{
    showMessage(message, false);
    Q_EMIT incidentChanged(incidentId);
    m_wanted = incidentId;
    loadList();
}

void IncidentsPage::edit()
{
    if (m_shownId <= 0)
        return;
    // The supervisors: a short list (a site's few dozen), read here.
    auto supervisors = ChoiceLists(store()->database()).supervisors();
    if (!supervisors) {
        showMessage(tr("Cannot read the supervisors: %1").arg(supervisors.error().message()), true);
        return;
    }
    const QString reference = m_shownIncident.reference;
    IncidentEditDialog dialog(m_shownIncident, *supervisors, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto actor = RoleAssignmentWorkflow::consoleActor(store()->database(), m_actor);
    if (!actor) {
        showMessage(actor.error().message(), true);
        return;
    }
    const qint64 id = m_shownId;
    if (auto status = IncidentWorkflow::update(store()->database(), id, dialog.fields(), *actor); !status) {
        showMessage(status.error().message(), true);
        return;
    }
    changed(id, tr("%1 updated.").arg(reference));
}

void IncidentsPage::changePhase()
{
    if (m_shownId <= 0)
        return;
    const qint64 id = m_shownId;
    const auto to = IncidentPhase(m_phase->currentData().toInt());
    auto actor = RoleAssignmentWorkflow::consoleActor(store()->database(), m_actor);
    if (!actor) {
        showMessage(actor.error().message(), true);
        return;
    }
    const IncidentPhases::Move move = IncidentPhases::move(IncidentPhase(m_shownPhase), to);
    if (move == IncidentPhases::Move::Back) {
        // Back needs a reason: the dialog runs the change and stays open with a refusal.
        ReasonDialog dialog(
            tr("Move back to %1").arg(IncidentTerms::phase(to)),
            tr("Phase: %1 → %2").arg(IncidentTerms::phase(IncidentPhase(m_shownPhase)), IncidentTerms::phase(to)),
            [this, id, to, actor = *actor](const QString& reason, std::optional<qint64>) {
                return IncidentWorkflow::changePhase(store()->database(), id, to, reason, actor);
            },
            this);
        dialog.setReasonLabel(tr("Why does the incident go back?"), tr("e.g. the containment did not hold"));
        if (dialog.exec() != QDialog::Accepted)
            return;
    } else if (auto status = IncidentWorkflow::changePhase(store()->database(), id, to, {}, *actor); !status) {
        showMessage(status.error().message(), true);
        return;
    }
    changed(id, tr("The incident is now %1.").arg(IncidentTerms::phaseWithFunction(to)));
}

void IncidentsPage::decideTask(bool done)
{
    const IncidentRepository::Task* task = m_taskModel->item(m_tasks->currentIndex().row());
    if (!task || m_shownId <= 0) {
        showMessage(tr("Select a task first."), true);
        return;
    }
    const qint64 id = m_shownId;
    const qint64 taskId = task->id;
    const QString title = task->title;
    auto actor = RoleAssignmentWorkflow::consoleActor(store()->database(), m_actor);
    if (!actor) {
        showMessage(actor.error().message(), true);
        return;
    }
    if (done) {
        if (auto status
            = IncidentWorkflow::decideTask(store()->database(), taskId, IncidentTaskState::Done, {}, *actor);
            !status) {
            showMessage(status.error().message(), true);
            return;
        }
        changed(id, tr("“%1” is done.").arg(title));
        return;
    }
    ReasonDialog dialog(
        tr("Task not applicable"), tr("Task: %1").arg(title),
        [this, taskId, actor = *actor](const QString& reason, std::optional<qint64>) {
            return IncidentWorkflow::decideTask(store()->database(), taskId, IncidentTaskState::NotApplicable, reason,
                                                actor);
        },
        this);
    dialog.setReasonLabel(tr("Why does this task not apply?"), {});
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed(id, tr("“%1” does not apply.").arg(title));
}

void IncidentsPage::addNote()
{
    const QString text = m_note->toPlainText().trimmed();
    if (m_shownId <= 0)
        return;
    if (text.isEmpty()) {
        showMessage(tr("Write the note first."), true);
        return;
    }
    auto actor = RoleAssignmentWorkflow::consoleActor(store()->database(), m_actor);
    if (!actor) {
        showMessage(actor.error().message(), true);
        return;
    }
    const qint64 id = m_shownId;
    if (auto position = IncidentWorkflow::addNote(store()->database(), id, text, *actor); !position) {
        showMessage(position.error().message(), true);
        return;
    }
    m_note->clear();
    changed(id, tr("Note added to the timeline."));
}

void IncidentsPage::closeIncident()
{
    // Several selected: Close… closes them all, with one shared reason.
    if (selectedIncidentIds().size() > 1) {
        askBulk(IncidentBulkAction::Kind::Close);
        return;
    }
    const IncidentListReader::Row* row = m_model->incident(m_table->currentIndex().row());
    if (!row || m_shownId <= 0)
        return;
    const qint64 id = m_shownId;
    const QString reference = row->reference;
    IncidentCloseDialog dialog(reference, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    IncidentWorkflow::Closing closing;
    closing.outcome = dialog.outcome();
    closing.summary = dialog.summary();
    if (const QString duplicate = dialog.duplicateOfReference(); !duplicate.isEmpty()) {
        // The reference as typed, looked up exactly among every incident.
        IncidentListReader::Query query;
        query.filter.status = IncidentFilter::Status::All;
        query.filter.text = duplicate;
        query.limit = 50;
        auto found = IncidentListReader::read(store()->database(), query);
        if (!found) {
            showMessage(found.error().message(), true);
            return;
        }
        for (const IncidentListReader::Row& candidate : found->rows) {
            if (candidate.reference.compare(duplicate, Qt::CaseInsensitive) == 0)
                closing.duplicateOf = candidate.id;
        }
        if (closing.duplicateOf == 0) {
            showMessage(tr("There is no incident %1 to be a duplicate of.").arg(duplicate), true);
            return;
        }
    }
    auto actor = RoleAssignmentWorkflow::consoleActor(store()->database(), m_actor);
    if (!actor) {
        showMessage(actor.error().message(), true);
        return;
    }
    // A refusal (open mandatory tasks, named) stays in the banner while the supervisor deals with it.
    if (auto status = IncidentWorkflow::close(store()->database(), id, closing, *actor); !status) {
        showMessage(status.error().message(), true);
        return;
    }
    changed(id, tr("%1 closed.").arg(reference));
}

void IncidentsPage::reopen()
{
    const IncidentListReader::Row* row = m_model->incident(m_table->currentIndex().row());
    if (!row || m_shownId <= 0)
        return;
    const qint64 id = m_shownId;
    const QString reference = row->reference;
    auto actor = RoleAssignmentWorkflow::consoleActor(store()->database(), m_actor);
    if (!actor) {
        showMessage(actor.error().message(), true);
        return;
    }
    ReasonDialog dialog(
        tr("Reopen %1").arg(reference), row->title,
        [this, id, actor = *actor](const QString& reason, std::optional<qint64>) {
            return IncidentWorkflow::reopen(store()->database(), id, reason, actor);
        },
        this);
    dialog.setReasonLabel(tr("Why does the incident need work again?"), {});
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed(id, tr("%1 reopened, back in analysis.").arg(reference));
}

void IncidentsPage::askReport()
{
    if (m_shownId <= 0)
        return;
    const QString suggested = ExportFolder::suggestedPath(m_shownIncident.reference + QStringLiteral(".pdf"));
    const QString path = Dialogs::saveFileName(this, tr("Write incident report"), suggested,
                                               tr("PDF report (*.pdf);;Markdown (*.md)"));
    if (!path.isEmpty())
        writeReport(path);
}

bool IncidentsPage::writeReport(const QString& path)
{
    if (!unlockedContent() || m_shownId <= 0 || m_reportRunner->isRunning())
        return false;
    // The format follows the file the supervisor chose, as the CLI's --format does.
    auto format = IncidentReport::formatFromName(QFileInfo(path).suffix());
    if (!format) {
        const QString text = tr("The report was not written: %1").arg(format.error().message());
        showMessage(text, true);
        Q_EMIT reportFinished(false, text);
        return false;
    }
    IncidentReport::Request request;
    request.incidentId = m_shownId;
    request.path = path;
    request.replace = true; // the save dialog asked before an existing file is replaced; a symbolic link is refused
    request.format = *format;
    request.actor = m_actor;
    const QString reference = m_shownIncident.reference;
    m_report->setEnabled(false);
    m_reportRunner->runOnStore(
        *store(), Database::Mode::ReadWrite,
        [request](Database& database, const LatestResultRunner::Job&) {
            return IncidentReport::write(database, request);
        },
        [this, reference](const Result<IncidentReport::Summary>& result) {
            if (!unlockedContent())
                return;
            m_report->setEnabled(m_shownId > 0);
            QString text;
            if (!result) {
                text = tr("The report was not written: %1").arg(result.error().message());
            } else {
                text = tr("Report of %1 written to %2.").arg(reference, QDir::toNativeSeparators(result->path));
                // A tampered evidence item or a broken chain is in the report, and said here too.
                if (result->tamperedItems > 0)
                    text += QLatin1Char(' ')
                        + tr("%n evidence item(s) failed verification; the report names them.", nullptr,
                             result->tamperedItems);
                if (!result->timelineIntact)
                    text += QLatin1Char(' ') + tr("The timeline chain is broken; the report says where.");
            }
            const bool warn = !result || result->tamperedItems > 0 || !result->timelineIntact;
            showMessage(text, warn);
            if (result) {
                ExportFolder::remember(result->path);
                ExportFolder::offerOpen(m_message, result->path);
            }
            Q_EMIT reportFinished(bool(result), text);
        });
    showMessage(tr("Writing the report of %1 to %2…").arg(reference, QDir::toNativeSeparators(path)), false);
    return true;
}

void IncidentsPage::openRelated(const QModelIndex& index)
{
    if (const IncidentObservableReader::Related* related = m_relatedModel->item(index.row()))
        showIncident(related->incidentId);
}

void IncidentsPage::openLinked(const QModelIndex& index)
{
    if (const IncidentLinkRepository::Connection* link = m_linkModel->item(index.row()))
        showIncident(link->otherId);
}

void IncidentsPage::showMessage(const QString& text, bool error)
{
    if (m_message)
        m_message->showMessage(text, error ? MessageBanner::Level::Error : MessageBanner::Level::Success);
}

} // namespace custodian
