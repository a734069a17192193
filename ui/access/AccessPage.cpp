#include "ui/access/AccessPage.h"

#include "domain/AccessEventId.h"
#include "domain/Clock.h"
#include "domain/Enums.h"
#include "item/AccessByAgentModel.h"
#include "item/AccessEventModel.h"
#include "item/ItemRoles.h"
#include "store/AccessByAgentReader.h"
#include "store/AccessEventRepository.h"
#include "store/AccessLookups.h"
#include "store/Database.h"
#include "store/IncidentEventLink.h"
#include "store/RecordLookup.h"
#include "store/SavedSearchRepository.h"
#include "ui/access/AccessExportController.h"
#include "ui/access/AccessFilterBar.h"
#include "ui/access/AccessTimelineChart.h"
#include "ui/access/EventDetailPane.h"
#include "ui/session/LatestResultRunner.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/CardNumberLookup.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ExportFolder.h"
#include "ui/widgets/IncidentFromEvidenceController.h"
#include "ui/widgets/ItemViews.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/ReadOnlyTable.h"
#include "ui/widgets/Theme.h"

#include <QAction>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace custodian {

namespace {
constexpr int ScrollerSteps = 10000;
} // namespace

AccessPage::AccessPage(StoreSession* session, QString actor, QWidget* parent)
    : SessionPage(session, parent)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("accessPage"));
    followSession();
}

AccessPage::~AccessPage()
{
    // Before ~QWidget: closing the window moves focus, and a filter field losing it would emit editingFinished
    // into this half-destroyed page.
    destroyUnlockedContent();
}

void AccessPage::releaseUnlockedContent()
{
    saveHeaderState();
    // A running export holds its own connections: deleting its controller cancels it (its worker closes them).
    for (AccessExportController* controller : findChildren<AccessExportController*>(Qt::FindDirectChildrenOnly))
        delete controller;
    if (m_model)
        m_model->detach();
    if (m_detail)
        m_detail->clear();
    if (m_chart)
        m_chart->clear();
    // Everything below goes with the content: no pointer into it outlives the lock.
    m_model = nullptr;
    m_filterBar = nullptr;
    m_chart = nullptr;
    m_detail = nullptr;
    m_table = nullptr;
    m_eventsView = nullptr;
    m_groupButton = nullptr;
    m_groupStatus = nullptr;
    m_agentTable = nullptr;
    m_agentModel = nullptr;
    m_agentRunner = nullptr; // deleted with the content: a grouping in flight is cancelled
    m_incidents = nullptr; // deleted with the content: a read in flight is dropped (a write still commits)
    m_lastQuery.reset();
    m_scroller = nullptr;
    m_findingBanner = m_newEventsBanner = nullptr;
    m_findingLabel = m_status = nullptr;
    m_message = nullptr;
    m_cardLookup = nullptr; // deleted with the content: its look-up is cancelled
}

void AccessPage::eventsArrived()
{
    if (!m_model || !m_table)
        return;
    // Only a range that reaches the present can show events that just arrived (a custom range ending in the past
    // cannot, "all time" can).
    const bool reachesNow = m_filter.preset != AccessFilter::TimePreset::Custom;
    if (!reachesNow)
        return;
    const bool atNewestEdge = m_model->sortOrder() == AccessSort::NewestFirst && m_model->isAtStart()
        && m_table->rowAt(0) <= 0 && !m_table->currentIndex().isValid() && !m_model->isLoading();
    if (atNewestEdge) {
        m_newEventsBanner->hide();
        m_model->reload();
        showResolvedRange(); // a preset's window moves on with the clock
        return;
    }
    m_newEventsBanner->show();
}

bool AccessPage::isNewEventsBannerShown() const
{
    return m_newEventsBanner && !m_newEventsBanner->isHidden();
}

void AccessPage::createUnlockedContent(QWidget* content)
{
    Store* store = m_session->store();
    if (!store)
        return;
    QVBoxLayout* outer = PageLayout::open(content, tr("Access audit"));

    m_filterBar = new AccessFilterBar(content);
    outer->addWidget(m_filterBar);
    m_cardLookup = new CardNumberLookup(content);
    connect(m_cardLookup, &CardNumberLookup::found, this, &AccessPage::cardNumberFound);
    connect(m_cardLookup, &CardNumberLookup::failed, this,
            [this](const QString& message) { showMessage(message, true); });

    // A banner above the table: a line of text and the one action that ends what it says.
    const auto makeBanner = [content, outer](const QString& name, QLabel* label, QPushButton* button) {
        auto* banner = new QFrame(content);
        banner->setObjectName(name);
        banner->setFrameShape(QFrame::StyledPanel);
        // A palette role rather than a colour: it follows a switch to a dark palette by itself.
        banner->setBackgroundRole(QPalette::AlternateBase);
        banner->setAutoFillBackground(true);
        auto* layout = new QHBoxLayout(banner);
        layout->setContentsMargins(8, 2, 8, 2);
        label->setParent(banner);
        button->setParent(banner);
        layout->addWidget(label, 1);
        layout->addWidget(button);
        outer->addWidget(banner);
        return banner;
    };
    m_findingLabel = new QLabel;
    auto* bannerClear = new QPushButton(tr("Show all events"));
    m_findingBanner = makeBanner(QStringLiteral("findingBanner"), m_findingLabel, bannerClear);

    m_message = new MessageBanner(content);
    m_message->setObjectName(QStringLiteral("accessMessage"));
    outer->addWidget(m_message);

    outer->addWidget(buildLogAndDetail(store, content), 1);

    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("accessStatus"));
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    // Wiring.
    connect(bannerClear, &QPushButton::clicked, this, [this] {
        AccessFilter cleared = m_filter;
        cleared.findingId = 0;
        cleared.incidentId = 0;
        setFilter(cleared);
    });
    connectFilterBar();
    connectLog();

    auto* findShortcut = new QShortcut(QKeySequence::Find, content);
    connect(findShortcut, &QShortcut::activated, m_filterBar, &AccessFilterBar::focusSearch);
    auto* endShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_End), m_table);
    endShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(endShortcut, &QShortcut::activated, m_model, &AccessEventModel::jumpToEnd);
    auto* homeShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home), m_table);
    homeShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(homeShortcut, &QShortcut::activated, m_model, &AccessEventModel::jumpToStart);
    // Only while focus is in the page: the window's own F5 (statistics) would make a window-wide one ambiguous.
    auto* refreshShortcut = new QShortcut(QKeySequence::Refresh, content);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshShortcut, &QShortcut::activated, m_model, &AccessEventModel::reload);

    if (auto status = m_model->attach(store); !status) {
        showMessage(status.error().message(), true);
        return;
    }
    loadChoices();
    restoreHeaderState();
    reloadSavedSearches();
    applyFilterToControls();
    m_model->setFilter(m_filter);
}

QWidget* AccessPage::buildLogAndDetail(Store* store, QWidget* content)
{
    // Chart above; below it the log with its time scroller, and the details of the selected event.
    auto* vertical = new QSplitter(Qt::Vertical, content);
    m_chart = new AccessTimelineChart(store, vertical);
    m_chart->setMinimumHeight(140);
    // An explicit minimum: the chart's own hint (axis labels) would otherwise set the window's smallest width.
    m_chart->setMinimumWidth(320);
    auto* horizontal = new QSplitter(Qt::Horizontal, vertical);
    auto* logArea = new QWidget(horizontal);
    auto* logColumn = new QVBoxLayout(logArea);
    logColumn->setContentsMargins(0, 0, 0, 0);
    logColumn->setSpacing(4);
    // "Which agents?": the same filter, one row per agent, instead of the log.
    auto* groupRow = new QHBoxLayout;
    groupRow->setContentsMargins(0, 0, 0, 0);
    m_groupButton = new QPushButton(tr("Group by agent"), logArea);
    m_groupButton->setObjectName(QStringLiteral("groupByAgentButton"));
    m_groupButton->setCheckable(true);
    m_groupButton->setToolTip(tr("Show one row per agent for the current filter: events, first and last. "
                                 "Double-click an agent to list their events."));
    m_groupStatus = new QLabel(logArea);
    m_groupStatus->setObjectName(QStringLiteral("groupByAgentStatus"));
    Theme::setTone(m_groupStatus, Theme::Tone::Secondary);
    groupRow->addWidget(m_groupButton);
    groupRow->addWidget(m_groupStatus, 1);
    // From evidence to incident: the selected rows, or with none selected the whole filter.
    auto* openIncident = new QPushButton(tr("Open incident…"), logArea);
    openIncident->setObjectName(QStringLiteral("accessOpenIncident"));
    openIncident->setToolTip(tr("Open an incident with the selected events as its evidence; with no row selected, "
                                "every event the filter matches (at most %1).")
                                 .arg(IncidentEventLink::MaxEvents));
    auto* addToIncident = new QPushButton(tr("Add to incident…"), logArea);
    addToIncident->setObjectName(QStringLiteral("accessAddToIncident"));
    addToIncident->setToolTip(tr("Add the selected events (with none selected, the whole filter's) to an open "
                                 "incident; those already holding some of them are offered first."));
    groupRow->addWidget(openIncident);
    groupRow->addWidget(addToIncident);
    m_incidents = new IncidentFromEvidenceController(m_session->store(), m_actor, content);
    connect(openIncident, &QPushButton::clicked, this, [this] { incidentFromSelection(false); });
    connect(addToIncident, &QPushButton::clicked, this, [this] { incidentFromSelection(true); });
    connect(m_incidents, &IncidentFromEvidenceController::finished, this, [this](const QString& said, qint64 id) {
        showMessage(said, false);
        Q_EMIT incidentRequested(id);
    });
    connect(m_incidents, &IncidentFromEvidenceController::failed, this,
            [this](const QString& why) { showMessage(why, true); });
    // New events that arrived while the supervisor looks at a row: said in this row, which is always there, so
    // that nothing under the pointer moves when it appears (a banner above the log pushed it down mid-click).
    m_newEventsBanner = new QFrame(logArea);
    m_newEventsBanner->setObjectName(QStringLiteral("newEventsBanner"));
    auto* newEventsLayout = new QHBoxLayout(m_newEventsBanner);
    newEventsLayout->setContentsMargins(0, 0, 0, 0);
    auto* newEventsLabel = new QLabel(tr("New events have arrived."), m_newEventsBanner);
    Theme::setEmphasised(newEventsLabel);
    auto* showNewest = new QPushButton(tr("Show newest"), m_newEventsBanner);
    showNewest->setObjectName(QStringLiteral("showNewestEvents"));
    newEventsLayout->addWidget(newEventsLabel);
    newEventsLayout->addWidget(showNewest);
    m_newEventsBanner->hide();
    groupRow->addWidget(m_newEventsBanner);
    connect(showNewest, &QPushButton::clicked, this, [this] {
        m_newEventsBanner->hide();
        if (m_table)
            m_table->setCurrentIndex({});
        if (m_model)
            m_model->reload();
    });
    logColumn->addLayout(groupRow);
    m_agentModel = new AccessByAgentModel(content);
    m_agentTable = ReadOnlyTable::view(tr("Events by agent"), m_agentModel, logArea);
    m_agentTable->setObjectName(QStringLiteral("agentGroupTable"));
    m_agentTable->hide();
    m_agentRunner = new LatestResultRunner(content);
    m_eventsView = new QWidget(logArea);
    auto* logLayout = new QHBoxLayout(m_eventsView);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->setSpacing(0);
    logColumn->addWidget(m_eventsView, 1);
    logColumn->addWidget(m_agentTable, 1);
    m_table = new QTableView(m_eventsView);
    m_table->setObjectName(QStringLiteral("accessTable"));
    ItemViews::prepare(m_table, tr("Access events"));
    m_model = new AccessEventModel(content);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once: the evidence of an incident (Open incident…, Add to incident…).
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicator(AccessEventModel::TimeColumn, Qt::DescendingOrder);
    m_scroller = new QScrollBar(Qt::Vertical, m_eventsView);
    m_scroller->setObjectName(QStringLiteral("timeScroller"));
    m_scroller->setRange(0, ScrollerSteps);
    m_scroller->setPageStep(ScrollerSteps / 50);
    m_scroller->setToolTip(tr("Position in the time range: drag to jump to a moment"));
    logLayout->addWidget(m_table, 1);
    logLayout->addWidget(m_scroller);
    // The details need more height than a laptop screen leaves below the filters and the chart (its form and three
    // lists): they scroll, up and down only, rather than making the window grow past the screen.
    auto* detailScroll = new QScrollArea(horizontal);
    detailScroll->setObjectName(QStringLiteral("eventDetailScroll"));
    detailScroll->setAccessibleName(tr("Event details"));
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_detail = new EventDetailPane(store, m_actor, detailScroll);
    // The splitter may narrow the details below their natural width on small screens (long lines wrap or clip).
    m_detail->setMinimumWidth(260);
    detailScroll->setWidget(m_detail);
    detailScroll->setMinimumWidth(m_detail->minimumWidth());
    horizontal->addWidget(logArea);
    horizontal->addWidget(detailScroll);
    horizontal->setStretchFactor(0, 3);
    horizontal->setStretchFactor(1, 2);
    // At 1 280 px the details get about 470 px: enough for the explanation and for the lists' short columns (dates,
    // states) to stay whole; the log scrolls sideways as it always could.
    horizontal->setSizes({ 600, 480 });
    vertical->addWidget(m_chart);
    vertical->addWidget(horizontal);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 4);
    return vertical;
}

void AccessPage::connectFilterBar()
{
    connect(m_filterBar, &AccessFilterBar::edited, this, &AccessPage::applyNow);
    connect(m_filterBar, &AccessFilterBar::recordEdited, this, &AccessPage::resolveRecordField);
    connect(m_filterBar, &AccessFilterBar::clearRequested, this, [this] {
        AccessFilter cleared;
        cleared.preset = m_filter.preset;
        cleared.fromMs = m_filter.fromMs;
        cleared.toMs = m_filter.toMs;
        setFilter(cleared);
    });
    connect(m_filterBar, &AccessFilterBar::savedSearchChosen, this, &AccessPage::savedSearchChosen);
    connect(m_filterBar, &AccessFilterBar::saveSearchRequested, this, &AccessPage::saveSearch);
    connect(m_filterBar, &AccessFilterBar::deleteSavedSearchRequested, this, &AccessPage::deleteSavedSearch);
    connect(m_filterBar, &AccessFilterBar::exportRequested, this, &AccessPage::exportAs);
}

void AccessPage::connectLog()
{
    connect(m_model, &AccessEventModel::windowReset, this, [this](qint64 elapsedMs, bool fromEnd) {
        if (fromEnd)
            m_table->scrollToBottom();
        else
            m_table->scrollToTop();
        m_lastFirstRowsMs = elapsedMs;
        // A new window holds what has arrived so far.
        if (m_newEventsBanner)
            m_newEventsBanner->hide();
        // The details of an event the new window does not hold would describe something no longer listed.
        if (m_detail->currentEventId() && m_model->rowOfEvent(m_detail->currentEventId()) < 0)
            m_detail->clear();
        updateStatus();
        updateScroller();
        tableScrolled();
        // Painted in the next paint cycle; the benchmark measures to here plus that repaint.
        m_table->viewport()->repaint();
        Q_EMIT firstRowsShown(elapsedMs);
    });
    connect(m_model, &AccessEventModel::windowShiftedAtTop, this, [this](int rows) {
        // The view updates its scroll range later; lay out now, or the new value is capped at the old maximum.
        m_table->doItemsLayout();
        QScrollBar* bar = m_table->verticalScrollBar();
        bar->setValue(bar->value() + rows);
    });
    connect(m_model, &AccessEventModel::loadingChanged, this, &AccessPage::updateStatus);
    connect(m_model, &AccessEventModel::loadFailed, this,
            [this](const QString& message) { showMessage(message, true); });
    connect(m_model, &AccessEventModel::queryResolved, this, &AccessPage::queryResolved);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AccessPage::updateStatus);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &AccessPage::tableScrolled);
    connect(m_table->verticalScrollBar(), &QScrollBar::rangeChanged, this, &AccessPage::tableScrolled);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccessPage::currentRowChanged);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (!AccessEventModel::isSortable(column)) {
                    // Only time and agent have an index to sort 10 M rows by; put the indicator back.
                    const bool byAgent = m_model->sortOrder() == AccessSort::AgentAscending
                        || m_model->sortOrder() == AccessSort::AgentDescending;
                    const bool descending = m_model->sortOrder() == AccessSort::NewestFirst
                        || m_model->sortOrder() == AccessSort::AgentDescending;
                    QSignalBlocker block(m_table->horizontalHeader());
                    m_table->horizontalHeader()->setSortIndicator(
                        byAgent ? AccessEventModel::AgentColumn : AccessEventModel::TimeColumn,
                        descending ? Qt::DescendingOrder : Qt::AscendingOrder);
                    showMessage(tr("The log sorts by time or by agent; use the filters to narrow by %1.")
                                    .arg(m_model->headerData(column, Qt::Horizontal).toString().toLower()),
                                false);
                    return;
                }
                m_model->sort(column, order);
            });
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &AccessPage::showHeaderMenu);
    connect(m_scroller, &QScrollBar::sliderReleased, this, [this] { scrollerMoved(m_scroller->value()); });
    connect(m_scroller, &QScrollBar::actionTriggered, this, [this](int action) {
        if (action == QAbstractSlider::SliderMove || action == QAbstractSlider::SliderNoAction)
            return;
        QTimer::singleShot(0, this, [this] { scrollerMoved(m_scroller->value()); });
    });
    connect(m_chart, &AccessTimelineChart::resetZoomRequested, this, [this] {
        if (!m_zoomHistory.isEmpty())
            setFilter(m_zoomHistory.takeLast());
    });
    connect(m_chart, &AccessTimelineChart::rangeSelected, this, [this](qint64 fromMs, qint64 toMs) {
        m_zoomHistory.append(m_filter);
        AccessFilter zoomed = m_filter;
        zoomed.preset = AccessFilter::TimePreset::Custom;
        zoomed.fromMs = fromMs;
        zoomed.toMs = toMs;
        setFilter(zoomed);
    });
    connect(m_groupButton, &QPushButton::toggled, this, &AccessPage::setGroupedByAgent);
    connect(m_agentTable, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            narrowToAgent(index.data(IdRole).toLongLong());
    });
    connect(m_detail, &EventDetailPane::findingRequested, this, &AccessPage::findingRequested);
    connect(m_detail, &EventDetailPane::agentRequested, this, &AccessPage::agentRequested);
    connect(m_detail, &EventDetailPane::sessionEventActivated, this, [this](qint64 eventId) {
        const int row = m_model->rowOfEvent(eventId);
        if (row >= 0)
            m_table->selectRow(row);
    });
}

void AccessPage::reloadChoices()
{
    if (m_filterBar && m_session->store())
        loadChoices();
}

void AccessPage::loadChoices()
{
    // A few thousand rows from small tables: read on the GUI thread's connection in a few milliseconds.
    auto lookups = AccessLookups::load(m_session->store()->database());
    if (!lookups) {
        showMessage(lookups.error().message(), true);
        return;
    }
    m_firstEventMs = AccessEventId::occurredAt(lookups->firstEventId);
    m_filterBar->setChoices(std::move(*lookups));
}

void AccessPage::setFilter(const AccessFilter& filter)
{
    m_filter = filter;
    if (!m_model)
        return;
    applyFilterToControls();
    m_message->hide();
    m_model->setFilter(m_filter);
}

void AccessPage::showFindingEvidence(qint64 findingId)
{
    AccessFilter filter;
    filter.preset = AccessFilter::TimePreset::All;
    filter.findingId = findingId;
    setFilter(filter);
}

void AccessPage::showIncidentEvents(qint64 incidentId)
{
    AccessFilter filter;
    filter.preset = AccessFilter::TimePreset::All;
    filter.incidentId = incidentId;
    setFilter(filter);
}

void AccessPage::showResolvedRange()
{
    const auto [from, to] = m_filter.resolveRange(m_model->now());
    if (m_filter.preset != AccessFilter::TimePreset::All) {
        m_filterBar->showRange(from, to);
    } else {
        // All time: from the first event in the store to now.
        m_filterBar->showRange(m_firstEventMs ? m_firstEventMs : from, m_model->now());
    }
}

void AccessPage::applyFilterToControls()
{
    if (!m_model)
        return;
    m_filterBar->showFilter(m_filter);
    showResolvedRange();
    if (m_filter.recordIds.isEmpty()) {
        m_filterBar->clearRecord();
        m_recordFieldId = 0;
    } else if (m_filter.recordIds.first() != m_recordFieldId) {
        m_recordFieldId = m_filter.recordIds.first();
        m_filterBar->showRecord(tr("record #%1").arg(m_recordFieldId));
    }
    m_findingBanner->setVisible(m_filter.findingId != 0 || m_filter.incidentId != 0);
    m_findingLabel->setText(
        m_filter.incidentId != 0
            ? tr("Showing the events linked to incident #%1, over all time.").arg(m_filter.incidentId)
            : tr("Showing the evidence events of finding #%1, over all time.").arg(m_filter.findingId));
}

void AccessPage::readControlsIntoFilter()
{
    AccessFilter f = m_filterBar->filter();
    f.findingId = m_filter.findingId;
    f.incidentId = m_filter.incidentId;
    if (m_recordFieldId)
        f.recordIds = { m_recordFieldId };
    m_filter = f;
}

void AccessPage::takeIdentifiersFromFields()
{
    const QStringList identifiers = m_filterBar->takeIdentifiers();
    for (const QString& found : identifiers) {
        auto match = RecordLookup::find(*m_session->store(), found);
        if (match) {
            m_recordFieldId = match->recordId;
            m_filterBar->showRecord(match->masked);
            showMessage(tr("That was a customer identifier: now filtering by its record, %1. Identifiers typed in "
                           "clear are looked up by their keyed token and not kept.")
                            .arg(match->masked),
                        false);
        } else if (match.error().code() == Error::Code::NotFound && RecordLookup::needsCentral(found)) {
            lookUpCardNumber(found);
        } else {
            showMessage(tr("That looked like a customer identifier, but no record has it. It was not kept."), true);
        }
    }
}

void AccessPage::lookUpCardNumber(const QString& typed)
{
    if (!m_cardLookup || !m_session->store())
        return;
    if (auto started = m_cardLookup->start(*m_session->store(), typed); !started) {
        showMessage(started.error().message(), true);
        return;
    }
    showMessage(tr("That is a card number: asking the central service which record it belongs to (card numbers are "
                   "kept there only). It was not kept here."),
                false);
}

void AccessPage::cardNumberFound(qint64 recordId, const QString& masked)
{
    if (!m_model)
        return;
    m_recordFieldId = recordId;
    m_filterBar->showRecord(masked);
    applyNow();
    showMessage(tr("That was a card number: now filtering by its record, %1, which the central service looked up. "
                   "The number was not kept.")
                    .arg(masked),
                false);
}

void AccessPage::applyNow()
{
    if (!m_model)
        return;
    m_message->hide();
    takeIdentifiersFromFields();
    readControlsIntoFilter();
    if (auto status = m_filter.validate(); !status) {
        showMessage(status.error().message(), true);
        return;
    }
    m_findingBanner->setVisible(m_filter.findingId != 0 || m_filter.incidentId != 0);
    m_model->setFilter(m_filter);
    // A preset chosen in the bar: its dates show the range it now stands for (a custom range shows what was typed).
    if (m_filter.preset != AccessFilter::TimePreset::Custom)
        showResolvedRange();
}

void AccessPage::resolveRecordField()
{
    if (!m_model)
        return;
    const QString typed = m_filterBar->recordText();
    if (typed.trimmed().isEmpty()) {
        if (m_recordFieldId) {
            m_recordFieldId = 0;
            applyNow();
        }
        return;
    }
    if (m_recordFieldId && typed.contains(QLatin1Char('*')))
        return; // still the masked form we put there
    if (!RecordLookup::looksComplete(typed)) {
        showMessage(tr("Type the whole identifier to find a record; for part of one (e.g. the last four digits) use "
                       "the search box."),
                    false);
        return;
    }
    auto match = RecordLookup::find(*m_session->store(), typed);
    // The clear identifier leaves the field at once, found or not.
    m_filterBar->clearRecord();
    if (!match && match.error().code() == Error::Code::NotFound && RecordLookup::needsCentral(typed)) {
        m_recordFieldId = 0;
        lookUpCardNumber(typed);
        return;
    }
    if (!match) {
        m_recordFieldId = 0;
        showMessage(match.error().message(), true);
        return;
    }
    m_recordFieldId = match->recordId;
    m_filterBar->showRecord(match->masked);
    applyNow();
}

void AccessPage::queryResolved(const AccessQuery& query)
{
    if (m_chart)
        m_chart->setQuery(query);
    updateScroller();
    m_lastQuery = query;
    if (isGroupingByAgent())
        loadAgentGroups();
}

bool AccessPage::isGroupingByAgent() const
{
    return m_groupButton && m_groupButton->isChecked();
}

bool AccessPage::isLoadingAgents() const
{
    return m_agentRunner && m_agentRunner->isRunning();
}

void AccessPage::setGroupedByAgent(bool grouped)
{
    if (!m_agentTable)
        return;
    m_eventsView->setVisible(!grouped);
    m_agentTable->setVisible(grouped);
    if (grouped) {
        loadAgentGroups();
    } else {
        m_agentRunner->cancel();
        m_groupStatus->clear();
    }
}

void AccessPage::loadAgentGroups()
{
    Store* store = m_session->store();
    if (!m_agentRunner || !store || !store->isOpen())
        return;
    if (!m_lastQuery) {
        m_groupStatus->setText(tr("Waiting for the filter…"));
        return; // queryResolved() loads when the filter has been resolved
    }
    m_groupStatus->setText(tr("Counting events by agent…"));
    const AccessQuery query = *m_lastQuery;
    // The rollups answer the common filters in milliseconds; any other is one grouped read of the matching events,
    // which may take a while over millions of them: on a worker, newest request wins.
    m_agentRunner->runOnStore(
        *store, Database::Mode::ReadOnly,
        [query](Database& database, const LatestResultRunner::Job&) {
            return AccessByAgentReader::read(database, query);
        },
        [this](Result<AccessByAgentReader::Summary>&& result) {
            if (!m_agentModel)
                return;
            if (!result) {
                m_agentModel->clear();
                m_groupStatus->clear();
                showMessage(tr("Cannot count the events by agent: %1").arg(result.error().message()), true);
                return;
            }
            m_agentModel->setRows(std::move(result.value().rows));
            ReadOnlyTable::fit(m_agentTable);
            m_groupStatus->setText(tr("Agents: %1, events: %2. Double-click an agent to list their events.")
                                       .arg(QLocale().toString(m_agentModel->rowCount()),
                                            QLocale().toString(m_agentModel->totalEvents())));
        });
}

void AccessPage::narrowToAgent(qint64 agentId)
{
    if (agentId <= 0)
        return;
    AccessFilter narrowed = m_filter;
    narrowed.agentIds = { agentId };
    m_groupButton->setChecked(false);
    setFilter(narrowed);
}

void AccessPage::updateStatus()
{
    if (!m_model)
        return;
    QString order;
    switch (m_model->sortOrder()) {
    case AccessSort::NewestFirst:
        order = tr("newest first");
        break;
    case AccessSort::OldestFirst:
        order = tr("oldest first");
        break;
    case AccessSort::AgentAscending:
    case AccessSort::AgentDescending:
        order = tr("by agent");
        break;
    }
    QString text;
    if (m_model->rowCount() == 0 && !m_model->isLoading())
        text = tr("No events match this filter.");
    else
        text = tr("%1 · %2 rows in the window · first rows in %3 ms")
                   .arg(order)
                   .arg(m_model->rowCount())
                   .arg(m_lastFirstRowsMs);
    if (m_model->isLoading())
        text += tr(" · reading…");
    text += tr(" · Ctrl+Home/Ctrl+End: newest/oldest end");
    m_status->setText(text);
}

void AccessPage::updateScroller()
{
    if (!m_model || !m_table)
        return;
    const auto& query = m_model->query();
    const AccessEventRow* top = m_model->rowAt(m_table->rowAt(0) < 0 ? 0 : m_table->rowAt(0));
    QSignalBlocker block(m_scroller);
    const bool timeOrder
        = m_model->sortOrder() == AccessSort::NewestFirst || m_model->sortOrder() == AccessSort::OldestFirst;
    m_scroller->setEnabled(timeOrder && query && top);
    if (!query || !top || !timeOrder)
        return;
    const qint64 from = std::max(query->fromMs, m_model->rowAt(0) ? std::min(query->fromMs, top->occurredAt) : 0);
    const qint64 to = query->toMs;
    const double span = double(std::max<qint64>(1, to - from));
    double position = double(top->occurredAt - from) / span;
    if (m_model->sortOrder() == AccessSort::NewestFirst)
        position = 1.0 - position;
    if (m_model->isAtStart() && m_table->rowAt(0) <= 0)
        position = 0;
    m_scroller->setValue(int(std::clamp(position, 0.0, 1.0) * ScrollerSteps));
}

void AccessPage::scrollerMoved(int value)
{
    if (!m_model || !m_model->query())
        return;
    if (value <= 0) {
        m_model->jumpToStart();
        return;
    }
    if (value >= ScrollerSteps) {
        m_model->jumpToEnd();
        return;
    }
    const auto& query = *m_model->query();
    double position = double(value) / ScrollerSteps;
    if (m_model->sortOrder() == AccessSort::NewestFirst)
        position = 1.0 - position;
    m_model->jumpToTime(query.fromMs + qint64(position * double(query.toMs - query.fromMs)));
}

void AccessPage::tableScrolled()
{
    if (!m_model || !m_table)
        return;
    const int first = std::max(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    m_model->ensureRowsAround(first, last);
    updateScroller();
}

void AccessPage::currentRowChanged()
{
    if (!m_model || !m_detail)
        return;
    const AccessEventRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (row)
        m_detail->showAccessEvent(row->id);
}

void AccessPage::showHeaderMenu(const QPoint& position)
{
    QMenu menu(this);
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The time column anchors every row: it stays.
        action->setEnabled(column != AccessEventModel::TimeColumn);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveHeaderState();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset columns"), this, [this, header] {
        for (int column = 0; column < m_model->columnCount(); ++column)
            header->setSectionHidden(column,
                                     column == AccessEventModel::SessionColumn
                                         || column == AccessEventModel::EventIdColumn
                                         || column == AccessEventModel::SourceAddressColumn);
        saveHeaderState();
    });
    menu.exec(header->mapToGlobal(position));
}

void AccessPage::saveHeaderState()
{
    if (!m_table)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("accessPage/%1/header").arg(m_actor), m_table->horizontalHeader()->saveState());
}

void AccessPage::restoreHeaderState()
{
    QSettings settings;
    const QByteArray state = settings.value(QStringLiteral("accessPage/%1/header").arg(m_actor)).toByteArray();
    QHeaderView* header = m_table->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state)) {
        header->setSectionHidden(AccessEventModel::SessionColumn, true);
        header->setSectionHidden(AccessEventModel::EventIdColumn, true);
        header->setSectionHidden(AccessEventModel::SourceAddressColumn, true);
        const QFontMetrics metrics = m_table->fontMetrics();
        const auto width
            = [&metrics](const char* sample) { return metrics.horizontalAdvance(QLatin1String(sample)) + 16; };
        // What a supervisor decides by — the data opened and the record — right after who and when, so that they
        // stay in view beside the detail pane at 1 280 px; where (team, site) and how (channel, workstation) follow.
        header->moveSection(header->visualIndex(AccessEventModel::DataClassColumn), 2);
        header->moveSection(header->visualIndex(AccessEventModel::RecordColumn), 3);
        header->moveSection(header->visualIndex(AccessEventModel::ActionColumn), 4);
        header->moveSection(header->visualIndex(AccessEventModel::OutcomeColumn), 5);
        header->resizeSection(AccessEventModel::TimeColumn, width("2026-11-27 21:59:00"));
        // Long names elide; the whole name is in the tooltip and the detail pane.
        header->resizeSection(AccessEventModel::AgentColumn, width("Beatriz Sousa (E104900)"));
        header->resizeSection(AccessEventModel::TeamColumn, width("Customer Care Voice"));
        header->resizeSection(AccessEventModel::SiteColumn, width("Site"));
        header->resizeSection(AccessEventModel::ActionColumn, width("bulk search"));
        header->resizeSection(AccessEventModel::OutcomeColumn, width("Outcome"));
        header->resizeSection(AccessEventModel::DataClassColumn, width("payment card data"));
        header->resizeSection(AccessEventModel::RecordColumn, width("453201******7353"));
        header->resizeSection(AccessEventModel::ChannelColumn, width("back office"));
        header->resizeSection(AccessEventModel::WorkstationColumn, width("LIS-WS-0142"));
    }
    // A saved state may carry an old sort indicator; the model starts newest first.
    QSignalBlocker block(header);
    header->setSortIndicator(AccessEventModel::TimeColumn, Qt::DescendingOrder);
}

void AccessPage::reloadSavedSearches()
{
    SavedSearchRepository repository(m_session->store()->database());
    auto searches = repository.list();
    if (!searches) {
        m_filterBar->setSavedSearches({});
        showMessage(searches.error().message(), true);
        return;
    }
    m_filterBar->setSavedSearches(*searches);
}

void AccessPage::savedSearchChosen(qint64 id)
{
    SavedSearchRepository repository(m_session->store()->database());
    auto searches = repository.list();
    if (!searches)
        return showMessage(searches.error().message(), true);
    for (const auto& search : *searches) {
        if (search.id == id) {
            m_recordFieldId = 0;
            setFilter(search.filter);
            return;
        }
    }
}

void AccessPage::saveSearch()
{
    const std::optional<QString> answer
        = Dialogs::text(this, tr("Save search"), tr("Name of this search:"), m_filterBar->chosenSavedSearchName());
    // The dialog runs its own event loop: the store may have locked meanwhile (idle lock).
    if (!answer || !m_model || !m_session->store())
        return;
    const QString& name = *answer;
    takeIdentifiersFromFields();
    readControlsIntoFilter();
    SavedSearchRepository repository(m_session->store()->database());
    auto saved = repository.save(name, m_filter, m_actor);
    if (!saved)
        return showMessage(saved.error().message(), true);
    reloadSavedSearches();
    m_filterBar->selectSavedSearch(*saved);
    showMessage(tr("Saved the search \"%1\".").arg(name.trimmed()), false);
}

void AccessPage::deleteSavedSearch()
{
    const std::optional<qint64> id = m_filterBar->chosenSavedSearch();
    if (!id)
        return showMessage(tr("Choose a saved search first."), false);
    SavedSearchRepository repository(m_session->store()->database());
    if (auto status = repository.remove(*id, m_actor); !status)
        return showMessage(status.error().message(), true);
    reloadSavedSearches();
}

void AccessPage::exportAs(const QString& format)
{
    if (!m_model)
        return;
    const QString suffix = format == QLatin1String("pdf") ? QStringLiteral("pdf") : QStringLiteral("csv");
    const QString suggested
        = ExportFolder::suggestedPath(QStringLiteral("access-%1.%2").arg(Clock::today().toString(Qt::ISODate), suffix));
    const QString path = m_exportPathChooser
        ? m_exportPathChooser(suggested, format)
        : Dialogs::saveFileName(this, tr("Export access events"), suggested,
                                suffix == QLatin1String("pdf") ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    // The dialog runs its own event loop: the store may have locked meanwhile (idle lock).
    if (path.isEmpty() || !m_model || !m_session->store())
        return;
    // Export what is on screen: a relative range ("last hour") is fixed to the moment the page resolved it, so the
    // file and its audit entry name the exact range the supervisor looked at.
    AccessFilter exported = m_model->filter();
    if (exported.preset != AccessFilter::TimePreset::All && exported.preset != AccessFilter::TimePreset::Custom
        && m_model->query()) {
        exported.preset = AccessFilter::TimePreset::Custom;
        exported.fromMs = m_model->query()->fromMs;
        exported.toMs = m_model->query()->toMs;
    }
    auto* controller
        = new AccessExportController(m_session->store(), m_actor, exported, m_model->sortOrder(), format, path, this);
    connect(controller, &AccessExportController::finished, this, [this, controller](bool ok, const QString& message) {
        showMessage(message, !ok);
        if (ok)
            ExportFolder::offerOpen(m_message, controller->path());
        controller->deleteLater();
    });
    controller->start();
}

std::vector<qint64> AccessPage::selectedEventIds() const
{
    std::vector<qint64> ids;
    if (!m_table || !m_model || isGroupingByAgent())
        return ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        if (const AccessEventRow* row = m_model->rowAt(index.row()))
            ids.push_back(row->id);
    return ids;
}

void AccessPage::incidentFromSelection(bool intoExisting)
{
    if (!m_incidents)
        return;
    if (m_incidents->isBusy()) {
        showMessage(tr("The previous incident change is still being written."), true);
        return;
    }
    m_incidents->fromEvents(selectedEventIds(), m_filter, intoExisting);
}

void AccessPage::showMessage(const QString& text, bool error)
{
    if (!m_message)
        return;
    m_message->showMessage(text, error ? MessageBanner::Level::Error : MessageBanner::Level::Information);
}

} // namespace custodian
