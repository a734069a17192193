#include "ui/reviews/ReviewsPage.h"

#include "domain/Clock.h"
#include "domain/Vocabulary.h"
#include "export/ReviewReport.h"
#include "item/ReviewCampaignModel.h"
#include "item/ReviewItemModel.h"
#include "rules/ReviewWorkflow.h"
#include "store/Database.h"
#include "store/Store.h"
#include "ui/reviews/NewCampaignDialog.h"
#include "ui/reviews/ReviewDecisionDialog.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/ChartAxes.h"
#include "ui/widgets/ChartPanel.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ExportFolder.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/ReadOnlyTable.h"
#include "ui/widgets/Theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <atomic>

namespace custodian {

namespace {

constexpr qint64 HourMs = 3'600'000;

QString dayText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd"));
}

// With its zone ("… CET"): a time in a sentence or a detail line says which clock it is.
QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm t"));
}

QString decisionName(ReviewDecision decision)
{
    return ReviewItemModel::decisionName(decision);
}

QString dueText(const ReviewCampaign& c, qint64 now)
{
    return ReviewCampaignModel::dueText(c, now);
}

QString classText(DataClass dataClass)
{
    return Vocabulary::dataClass(dataClass);
}
} // namespace

ReviewsPage::ReviewsPage(StoreSession* session, QString actor, QWidget* parent)
    : SessionPage(session, parent)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("reviewsPage"));
    followSession();
}

ReviewsPage::~ReviewsPage()
{
    // Whoever showed the badge may be half destroyed by now (the window deletes its pages last): no signals.
    blockSignals(true);
    destroyUnlockedContent();
}

Database* ReviewsPage::database() const
{
    Store* store = m_session->store();
    return store ? &store->database() : nullptr;
}

void ReviewsPage::releaseUnlockedContent()
{
    stopEvidence();
    // The report and its console-audit entry are written all or nothing: an interrupted one leaves neither.
    m_reportWriter.cancel();
    m_reminder = m_message = nullptr;
    m_summary = m_evidence = nullptr;
    m_campaigns = m_items = nullptr;
    m_campaignModel = nullptr;
    m_itemModel = nullptr;
    m_chart = nullptr;
    m_chartPanel = nullptr;
    m_undecidedOnly = nullptr;
    m_dueOnly = nullptr;
    m_dueCount = nullptr;
    m_decideHint = nullptr;
    m_new = m_close = m_export = m_keep = m_revoke = m_shorten = nullptr;
    m_reminderTimer = nullptr;
    m_campaignRows.clear();
    m_itemRows.clear();
    m_evidenceByItem.clear();
    if (!m_reminderBadgeCleared) {
        m_reminderBadgeCleared = true;
        Q_EMIT badgeChanged(QString());
    }
}

void ReviewsPage::createUnlockedContent(QWidget* content)
{
    m_reminderBadgeCleared = false;
    QVBoxLayout* outer = PageLayout::open(content, tr("Access reviews"));
    m_reminder = new MessageBanner(content);
    m_reminder->setObjectName(QStringLiteral("reviewReminder"));
    outer->addWidget(m_reminder);
    m_message = new MessageBanner(content);
    m_message->setObjectName(QStringLiteral("reviewsMessage"));
    outer->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Vertical, content);
    outer->addWidget(splitter, 1);

    // Campaigns and the chosen one's progress.
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* campaignButtons = new QHBoxLayout;
    m_new = new QPushButton(tr("New review…"), top);
    m_close = new QPushButton(tr("Close review…"), top);
    m_export = new QPushButton(tr("Export report…"), top);
    // Stable names: GUI tests click these.
    m_new->setObjectName(QStringLiteral("newReviewButton"));
    m_close->setObjectName(QStringLiteral("closeReviewButton"));
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    for (QPushButton* button : { m_new, m_close, m_export })
        campaignButtons->addWidget(button);
    campaignButtons->addStretch(1);
    // What Today counts as my reviews due: open, mine, with undecided items, due within the reminder time or overdue.
    m_dueOnly = new QCheckBox(tr("Only my reviews due within 3 days or overdue"), top);
    m_dueOnly->setObjectName(QStringLiteral("reviewsDueOnly"));
    m_dueCount = new QLabel(top);
    m_dueCount->setObjectName(QStringLiteral("reviewsDueCount"));
    m_dueCount->hide();
    campaignButtons->addWidget(m_dueCount);
    campaignButtons->addWidget(m_dueOnly);
    connect(m_dueOnly, &QCheckBox::toggled, this, [this] { reload(); });
    topLayout->addLayout(campaignButtons);
    auto* campaignRow = new QHBoxLayout;
    m_campaignModel = new ReviewCampaignModel(content);
    m_campaigns = ReadOnlyTable::view(tr("Access reviews"), m_campaignModel, top);
    m_campaigns->setObjectName(QStringLiteral("campaignsTable"));
    campaignRow->addWidget(m_campaigns, 3);
    auto* progress = new QVBoxLayout;
    m_summary = new QLabel(top);
    m_summary->setObjectName(QStringLiteral("campaignSummary"));
    m_summary->setWordWrap(true);
    progress->addWidget(m_summary);
    auto* chart = new QChart;
    chart->setTitle(tr("Progress"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart = new QChartView(chart);
    m_chart->setObjectName(QStringLiteral("reviewProgressChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(150);
    m_chartPanel = new ChartPanel(m_chart, tr("Progress of the review"), top);
    progress->addWidget(m_chartPanel, 1);
    campaignRow->addLayout(progress, 2);
    topLayout->addLayout(campaignRow, 1);

    // The chosen campaign's items and the current item's evidence.
    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* itemButtons = new QHBoxLayout;
    m_keep = new QPushButton(tr("Keep…"), bottom);
    m_revoke = new QPushButton(tr("Revoke…"), bottom);
    m_shorten = new QPushButton(tr("Shorten…"), bottom);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_shorten->setObjectName(QStringLiteral("shortenButton"));
    auto* hint = new QLabel(tr("Choose one or many items (Ctrl, Shift) to decide them at once."), bottom);
    hint->setObjectName(QStringLiteral("decideHint"));
    hint->setWordWrap(true);
    Theme::setTone(hint, Theme::Tone::Secondary);
    m_decideHint = hint;
    m_undecidedOnly = new QCheckBox(tr("Undecided only"), bottom);
    for (QPushButton* button : { m_keep, m_revoke, m_shorten })
        itemButtons->addWidget(button);
    itemButtons->addWidget(hint);
    itemButtons->addStretch(1);
    itemButtons->addWidget(m_undecidedOnly);
    bottomLayout->addLayout(itemButtons);
    auto* itemSplitter = new QSplitter(Qt::Horizontal, bottom);
    m_itemModel = new ReviewItemModel(content);
    m_items = ReadOnlyTable::view(tr("Items of the review"), m_itemModel, itemSplitter);
    m_items->setObjectName(QStringLiteral("reviewItemsTable"));
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // What the reviewer decides stays beside whom and which role it is about: at 1 280 px the evidence columns after
    // it would otherwise push the decision out of view (its whole evidence is in the pane beside the table).
    m_items->horizontalHeader()->moveSection(m_items->horizontalHeader()->visualIndex(ReviewItemModel::DecisionColumn),
                                             m_items->horizontalHeader()->visualIndex(ReviewItemModel::RoleColumn) + 1);
    auto* evidenceScroll = new QScrollArea(itemSplitter);
    evidenceScroll->setAccessibleName(tr("Evidence for the selected item"));
    evidenceScroll->setWidgetResizable(true);
    evidenceScroll->setFrameShape(QFrame::NoFrame);
    m_evidence = new QLabel(evidenceScroll);
    m_evidence->setObjectName(QStringLiteral("reviewEvidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setMargin(8);
    evidenceScroll->setWidget(m_evidence);
    evidenceScroll->setMinimumWidth(280);
    itemSplitter->setStretchFactor(0, 4);
    itemSplitter->setStretchFactor(1, 1);
    itemSplitter->setSizes({ 900, 320 });
    bottomLayout->addWidget(itemSplitter, 1);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    connect(m_campaigns->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewsPage::loadItems);
    connect(m_items->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        updateButtons();
        showEvidence();
    });
    connect(m_undecidedOnly, &QCheckBox::toggled, this, &ReviewsPage::fillItems);
    connect(m_new, &QPushButton::clicked, this, &ReviewsPage::newCampaign);
    connect(m_close, &QPushButton::clicked, this, &ReviewsPage::askClose);
    connect(m_export, &QPushButton::clicked, this, &ReviewsPage::askExport);
    connect(m_keep, &QPushButton::clicked, this, [this]() { askDecision(ReviewDecision::Keep); });
    connect(m_revoke, &QPushButton::clicked, this, [this]() { askDecision(ReviewDecision::Revoke); });
    connect(m_shorten, &QPushButton::clicked, this, [this]() { askDecision(ReviewDecision::Shorten); });
    // Reminders follow the clock too: a campaign becomes due soon or overdue without anything being changed.
    m_reminderTimer = new QTimer(content);
    m_reminderTimer->setInterval(int(HourMs / 4));
    connect(m_reminderTimer, &QTimer::timeout, this, &ReviewsPage::updateReminders);
    m_reminderTimer->start();
    reload();
}

void ReviewsPage::reload()
{
    if (!unlockedContent())
        return;
    const qint64 keep = currentCampaign();
    loadCampaigns();
    if (keep)
        showCampaign(keep);
    else if (m_campaignModel->rowCount() > 0)
        m_campaigns->selectRow(0);
    else
        loadItems();
}

void ReviewsPage::loadCampaigns()
{
    Database* db = database();
    if (!db)
        return;
    const QSignalBlocker blocker(m_campaigns->selectionModel());
    m_campaignModel->clear();
    auto rows = ReviewListReader(*db).campaigns();
    if (!rows) {
        showMessage(tr("Cannot read the campaigns: %1").arg(rows.error().message()), true);
        return;
    }
    m_campaignRows = std::move(*rows);
    const qint64 now = Clock::nowMs();
    if (m_dueOnly->isChecked()) {
        // As updateReminders() picks them (and TodayRepository counts them).
        auto actor = RoleAssignmentWorkflow::consoleActor(*db, m_actor);
        const qint64 me = actor ? actor->supervisorId : 0;
        std::erase_if(m_campaignRows, [me, now](const ReviewListReader::CampaignRow& row) {
            const ReviewCampaign& c = row.campaign;
            return c.isClosed() || (me && c.reviewerId != me) || row.decided == row.items
                || !(ReviewRules::overdue(c, now) || ReviewRules::dueSoon(c, now));
        });
        int undecided = 0;
        for (const auto& row : m_campaignRows)
            undecided += row.items - row.decided;
        m_dueCount->setText(tr("%n review(s) due", nullptr, int(m_campaignRows.size())) + QStringLiteral(" · ")
                            + tr("%n item(s) undecided", nullptr, undecided));
    }
    m_dueCount->setVisible(m_dueOnly->isChecked());
    m_campaignModel->setCampaigns(m_campaignRows, now);
    ReadOnlyTable::fit(m_campaigns);
    updateReminders();
}

void ReviewsPage::updateReminders()
{
    if (!m_reminder)
        return;
    auto actor = database() ? RoleAssignmentWorkflow::consoleActor(*database(), m_actor)
                            : Result<RoleAssignmentWorkflow::Actor>(Error(Error::Code::NotConfigured, QString()));
    const qint64 me = actor ? actor->supervisorId : 0;
    const qint64 now = Clock::nowMs();
    QStringList lines;
    int soon = 0;
    int overdue = 0;
    for (const auto& row : m_campaignRows) {
        const ReviewCampaign& c = row.campaign;
        // Reminders are for the reviewer; a console that does not know its supervisor yet reminds of every one.
        if (c.isClosed() || (me && c.reviewerId != me) || row.decided == row.items)
            continue;
        const int undecided = row.items - row.decided;
        if (ReviewRules::overdue(c, now)) {
            ++overdue;
            lines << tr("“%1” was due on %2: %n item(s) still undecided. Decide them or close the review (its default "
                        "then decides).",
                        nullptr, undecided)
                         .arg(c.name, dayText(c.dueAt));
        } else if (ReviewRules::dueSoon(c, now)) {
            ++soon;
            lines << tr("“%1” is due on %2: %n item(s) still undecided.", nullptr, undecided)
                         .arg(c.name, timeText(c.dueAt));
        }
    }
    m_reminder->showMessage(lines.join(QLatin1Char('\n')), MessageBanner::Level::Warning);
    QStringList badge;
    if (overdue)
        badge << tr("%n overdue", nullptr, overdue);
    if (soon)
        badge << tr("%n due soon", nullptr, soon);
    Q_EMIT badgeChanged(badge.join(QStringLiteral(", ")));
}

void ReviewsPage::showDueReviews(bool dueOnly)
{
    if (!unlockedContent())
        return;
    if (m_dueOnly->isChecked() != dueOnly)
        m_dueOnly->setChecked(dueOnly); // reloads
    else
        reload();
}

bool ReviewsPage::showCampaign(qint64 campaignId)
{
    if (!m_campaigns)
        return false;
    const int r = m_campaignModel->rowOf(campaignId);
    if (r < 0)
        return false;
    m_campaigns->selectRow(r);
    loadItems();
    return true;
}

qint64 ReviewsPage::currentCampaign() const
{
    if (!m_campaigns)
        return 0;
    const auto rows = m_campaigns->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_campaignModel->campaignId(rows.first().row());
}

void ReviewsPage::loadItems()
{
    stopEvidence();
    m_evidenceByItem.clear();
    m_evidenceComplete = false;
    m_itemRows.clear();
    const qint64 id = currentCampaign();
    Database* db = database();
    if (id && db) {
        auto rows = ReviewListReader(*db).items(id);
        if (!rows)
            showMessage(tr("Cannot read the campaign's items: %1").arg(rows.error().message()), true);
        else
            m_itemRows = std::move(*rows);
    }
    fillItems();
    updateProgress();
    if (!m_itemRows.empty())
        startEvidence();
}

void ReviewsPage::fillItems()
{
    if (!m_items)
        return;
    const std::vector<qint64> keep = selectedItems();
    const QSignalBlocker blocker(m_items->selectionModel());
    m_items->setUpdatesEnabled(false);
    m_itemModel->setItems(m_itemRows, m_evidenceByItem, m_undecidedOnly->isChecked());
    ReadOnlyTable::fit(m_items);
    m_items->setUpdatesEnabled(true);
    selectItems(keep);
    if (keep.empty())
        m_items->scrollToTop();
    updateButtons();
    showEvidence();
}

void ReviewsPage::selectItems(const std::vector<qint64>& itemIds)
{
    if (!m_items)
        return;
    m_items->clearSelection();
    const auto previous = m_items->selectionMode();
    m_items->setSelectionMode(QAbstractItemView::MultiSelection);
    for (int r = 0; r < m_itemModel->rowCount(); ++r) {
        const qint64 id = m_itemModel->itemId(r);
        if (std::find(itemIds.begin(), itemIds.end(), id) != itemIds.end())
            m_items->selectRow(r);
    }
    m_items->setSelectionMode(previous);
}

std::vector<qint64> ReviewsPage::selectedItems() const
{
    std::vector<qint64> ids;
    if (!m_items)
        return ids;
    for (const QModelIndex& index : m_items->selectionModel()->selectedRows())
        ids.push_back(m_itemModel->itemId(index.row()));
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ReviewsPage::updateProgress()
{
    const qint64 id = currentCampaign();
    const auto found = std::find_if(m_campaignRows.begin(), m_campaignRows.end(),
                                    [&](const auto& row) { return row.campaign.id == id; });
    QChart* chart = m_chart->chart();
    ChartAxes::clear(chart);
    m_chartPanel->setVisible(found != m_campaignRows.end());
    m_chartPanel->clear();
    if (found == m_campaignRows.end()) {
        m_summary->setText(m_campaignRows.empty()
                               ? tr("No access reviews yet. Start one with “New review…”: choose a team, a site, a "
                                    "role or every sensitive role, a reviewer and a due date.")
                               : tr("Choose a review."));
        updateButtons();
        return;
    }
    const auto& row = *found;
    const ReviewCampaign& c = row.campaign;
    m_summary->setText(tr("<b>%1</b><br/>Covers %2 · reviewer %3 · created %4 by %5<br/>%6 · evidence from the last "
                          "%7 days · undecided items at close: <b>%8</b><br/>%9 of %10 decided")
                           .arg(c.name.toHtmlEscaped(), row.scopeName.toHtmlEscaped(), row.reviewerName.toHtmlEscaped(),
                                dayText(c.createdAt), row.createdByName.toHtmlEscaped(), dueText(c, Clock::nowMs()))
                           .arg(c.evidenceDays)
                           .arg(decisionName(c.defaultDecision).toLower())
                           .arg(row.decided)
                           .arg(row.items));
    auto* series = new QHorizontalStackedBarSeries;
    const std::pair<QString, int> parts[] = { { tr("Kept"), row.kept },
                                              { tr("Revoked"), row.revoked },
                                              { tr("Shortened"), row.shortened },
                                              { tr("Undecided"), row.items - row.decided } };
    const QColor colors[]
        = { Theme::accent(Theme::Tone::Success, palette()), Theme::accent(Theme::Tone::Error, palette()),
            Theme::accent(Theme::Tone::Warning, palette()), Theme::accent(Theme::Tone::Secondary, palette()) };
    for (std::size_t i = 0; i < std::size(parts); ++i) {
        auto* set = new QBarSet(tr("%1 (%2)").arg(parts[i].first).arg(parts[i].second));
        *set << parts[i].second;
        set->setColor(colors[i]);
        series->append(set);
    }
    chart->addSeries(series);
    std::vector<QVariantList> rows;
    for (const auto& [name, count] : parts)
        rows.push_back({ name, count });
    m_chartPanel->setData(tr("%1 of %2 item(s) decided: %3 kept, %4 revoked, %5 shortened, %6 undecided.")
                              .arg(row.decided)
                              .arg(row.items)
                              .arg(row.kept)
                              .arg(row.revoked)
                              .arg(row.shortened)
                              .arg(row.items - row.decided),
                          { tr("Decision"), tr("Items") }, std::move(rows));
    auto* axis = new QValueAxis;
    ChartAxes::countAxis(axis, row.items);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto* categories = new QBarCategoryAxis;
    categories->append(tr("Items"));
    categories->setVisible(false);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    updateButtons();
}

void ReviewsPage::updateButtons()
{
    if (!m_keep)
        return;
    const qint64 id = currentCampaign();
    const auto found = std::find_if(m_campaignRows.begin(), m_campaignRows.end(),
                                    [&](const auto& row) { return row.campaign.id == id; });
    const bool open = found != m_campaignRows.end() && !found->campaign.isClosed();
    bool undecidedSelected = false;
    for (qint64 itemId : selectedItems()) {
        const auto item = std::find_if(m_itemRows.begin(), m_itemRows.end(),
                                       [&](const auto& row) { return row.item.id == itemId; });
        undecidedSelected = undecidedSelected || (item != m_itemRows.end() && !item->item.decision);
    }
    // Only the campaign's reviewer decides its items, and only they or its creator close it (ReviewRules): the
    // buttons say so before a click instead of refusing after one. A console that does not know its supervisor
    // yet leaves the decision to the rules.
    auto actor = database() ? RoleAssignmentWorkflow::consoleActor(*database(), m_actor)
                            : Result<RoleAssignmentWorkflow::Actor>(Error(Error::Code::NotConfigured, QString()));
    const qint64 me = actor ? actor->supervisorId : 0;
    const bool reviewer = !open || !me || found->campaign.reviewerId == me;
    const bool closer = reviewer || found->campaign.createdBy == me;
    for (QPushButton* button : { m_keep, m_revoke, m_shorten })
        button->setEnabled(open && reviewer && undecidedSelected);
    m_close->setEnabled(open && closer);
    m_close->setToolTip(closer ? QString()
                               : tr("Only the campaign's reviewer or the supervisor who created it closes it."));
    m_decideHint->setText(
        reviewer ? tr("Choose one or many items (Ctrl, Shift) to decide them at once.")
                 : tr("Only the reviewer, %1, decides on the items of this review.").arg(found->reviewerName));
    m_export->setEnabled(found != m_campaignRows.end() && !m_reportWriter.isRunning());
}

void ReviewsPage::startEvidence()
{
    Store* store = m_session->store();
    if (!store)
        return;
    const qint64 id = currentCampaign();
    const auto found = std::find_if(m_campaignRows.begin(), m_campaignRows.end(),
                                    [&](const auto& row) { return row.campaign.id == id; });
    if (found == m_campaignRows.end())
        return;
    struct Item
    {
        qint64 itemId;
        qint64 agentId;
        qint64 roleId;
    };
    std::vector<Item> items;
    for (const auto& row : m_itemRows)
        items.push_back({ row.item.id, row.agentId, row.roleId });
    const qint64 end = found->campaign.closedAt.value_or(Clock::nowMs());
    const int days = found->campaign.evidenceDays;
    struct Evidence
    {
        std::vector<std::pair<qint64, ReviewEvidence>> byItem;
    };
    m_evidenceReader.runOnStore(
        *store, Database::Mode::ReadOnly,
        [items, end, days](Database& database, const LatestResultRunner::Job& job) -> Result<Evidence> {
            ReviewEvidenceReader reader(database);
            Evidence evidence;
            for (const Item& item : items) {
                if (job.isCancelled())
                    return Error(Error::Code::Cancelled, QString());
                auto read = reader.read(item.agentId, item.roleId, end, days);
                if (!read)
                    return read.error();
                evidence.byItem.emplace_back(item.itemId, std::move(*read));
            }
            return evidence;
        },
        [this](Result<Evidence>&& evidence) {
            if (!m_items)
                return;
            if (!evidence) {
                showMessage(tr("Cannot read the evidence: %1").arg(evidence.error().message()), true);
                return;
            }
            for (auto& [itemId, read] : evidence->byItem)
                m_evidenceByItem.insert(itemId, std::move(read));
            m_evidenceComplete = true;
            fillItems();
            Q_EMIT evidenceReady();
        });
}

void ReviewsPage::stopEvidence()
{
    m_evidenceReader.cancel();
}

void ReviewsPage::changeEvent(QEvent* event)
{
    SessionPage::changeEvent(event);
    // The evidence is HTML with the palette's tones written into it: rebuild it for a new palette.
    if (event->type() == QEvent::PaletteChange)
        showEvidence();
}

void ReviewsPage::showEvidence()
{
    if (!m_evidence)
        return;
    // Colours go into the HTML at the palette in force; changeEvent() rebuilds it when the palette changes.
    const auto toned = [this](Theme::Tone tone, const QString& html) {
        return QStringLiteral("<li><span style='color:%1'>%2</span></li>")
            .arg(Theme::htmlColour(tone, palette()), html);
    };
    const std::vector<qint64> ids = selectedItems();
    if (ids.size() != 1) {
        m_evidence->setText(ids.empty() ? tr("Choose an item to see its evidence.")
                                        : tr("%n items selected.", nullptr, int(ids.size())));
        return;
    }
    const auto row
        = std::find_if(m_itemRows.begin(), m_itemRows.end(), [&](const auto& r) { return r.item.id == ids.front(); });
    if (row == m_itemRows.end())
        return;
    const auto found = m_evidenceByItem.constFind(ids.front());
    QString html = tr("<b>%1</b> (%2, %3)<br/>%4, since %5%6<br/>")
                       .arg(row->agentName.toHtmlEscaped(), row->employeeNo.toHtmlEscaped(), row->team.toHtmlEscaped(),
                            row->roleName.toHtmlEscaped(), dayText(row->validFrom),
                            row->validUntil ? tr(", until %1").arg(dayText(*row->validUntil)) : QString());
    if (found == m_evidenceByItem.cend()) {
        m_evidence->setText(html + tr("Reading the evidence…"));
        return;
    }
    const ReviewEvidence& e = *found;
    html += tr("<p><b>Use of what the role opens</b>, %1 to %2:</p><ul>")
                .arg(dayText(e.windowStart), dayText(e.windowEnd));
    for (const ReviewEvidence::ClassUse& use : e.classUse) {
        html += use.events == 0 ? toned(Theme::Tone::Warning, tr("%1: not used").arg(classText(use.dataClass)))
                                : tr("<li>%1: %2 access(es) on %3 day(s), last on %4%5</li>")
                                      .arg(classText(use.dataClass))
                                      .arg(use.events)
                                      .arg(use.activeDays)
                                      .arg(dayText(use.lastDay.value_or(0)))
                                      .arg(use.refused ? tr("; %1 refused").arg(use.refused) : QString());
    }
    if (e.classUse.empty())
        html += tr("<li>The role opens no customer data.</li>");
    if (e.exports)
        html += tr("<li>Exports, prints and bulk searches: %1</li>").arg(*e.exports);
    html += QStringLiteral("</ul>");
    html += tr("<p><b>Training</b></p><ul>");
    for (const ReviewEvidence::Training& t : e.training)
        html += t.current ? tr("<li>%1: valid until %2</li>").arg(t.title.toHtmlEscaped(), dayText(*t.validUntil))
            : t.validUntil
            ? toned(Theme::Tone::Error, tr("%1: expired on %2").arg(t.title.toHtmlEscaped(), dayText(*t.validUntil)))
            : toned(Theme::Tone::Error, tr("%1: never passed").arg(t.title.toHtmlEscaped()));
    if (e.training.empty())
        html += tr("<li>None required.</li>");
    html += QStringLiteral("</ul>");
    html += tr("<p><b>Open findings</b></p><ul>");
    constexpr std::size_t Shown = 5;
    for (std::size_t i = 0; i < std::min(Shown, e.openFindings.size()); ++i) {
        const ReviewEvidence::Finding& f = e.openFindings[i];
        html += tr("<li>%1 (%2, %3)</li>").arg(f.summary.toHtmlEscaped(), toString(f.severity), dayText(f.detectedAt));
    }
    if (e.openFindingCount > qint64(Shown))
        html += tr("<li>… and %1 more on the Findings page</li>").arg(e.openFindingCount - qint64(Shown));
    if (e.openFindings.empty())
        html += tr("<li>None.</li>");
    html += QStringLiteral("</ul>");
    html += tr("<p><b>Incidents</b></p><ul>");
    for (const ReviewEvidence::Incident& i : e.incidents)
        html += tr("<li>%1 %2 (%3, %4)</li>")
                    .arg(i.reference.toHtmlEscaped(), i.title.toHtmlEscaped(), toString(i.phase), i.involvement);
    if (e.incidents.empty())
        html += tr("<li>None.</li>");
    html += QStringLiteral("</ul>");
    if (row->item.decision)
        html += tr("<p><b>Decided:</b> %1 by %2 on %3: %4</p>")
                    .arg(decisionName(*row->item.decision), row->decidedByName.toHtmlEscaped(),
                         timeText(row->item.decidedAt.value_or(0)), row->item.justification.toHtmlEscaped());
    m_evidence->setText(html);
}

void ReviewsPage::showMessage(const QString& text, bool error)
{
    if (!m_message)
        return;
    m_message->showMessage(text, error ? MessageBanner::Level::Error : MessageBanner::Level::Success);
}

QString ReviewsPage::message() const
{
    return m_message && !m_message->isHidden() ? m_message->text() : QString();
}

QString ReviewsPage::reminder() const
{
    return m_reminder && !m_reminder->isHidden() ? m_reminder->text() : QString();
}

QString ReviewsPage::evidenceText() const
{
    return m_evidence ? m_evidence->text() : QString();
}

Status ReviewsPage::decideSelected(ReviewDecision decision, const QString& justification,
                                   std::optional<qint64> newValidUntil)
{
    Database* db = database();
    if (!db)
        return Error(Error::Code::NotConfigured, tr("The store is locked."));
    auto actor = RoleAssignmentWorkflow::consoleActor(*db, m_actor);
    if (!actor)
        return actor.error();
    const std::vector<qint64> ids = selectedItems();
    if (auto status = ReviewWorkflow::decide(*db, ids, decision, justification, newValidUntil, *actor); !status)
        return status;
    const qint64 campaign = currentCampaign();
    loadCampaigns();
    showCampaign(campaign);
    showMessage(tr("%1: %n item(s) decided.", nullptr, int(ids.size())).arg(decisionName(decision)), false);
    Q_EMIT changesMade();
    return {};
}

void ReviewsPage::askDecision(ReviewDecision decision)
{
    std::vector<qint64> undecided;
    // The dialog names every assignment it decides on (the first few, and how many more), so that a bulk decision
    // is never made on a selection the supervisor no longer has in view.
    constexpr int Named = 6;
    QStringList named;
    for (qint64 id : selectedItems()) {
        const auto row
            = std::find_if(m_itemRows.begin(), m_itemRows.end(), [&](const auto& r) { return r.item.id == id; });
        if (row == m_itemRows.end() || row->item.decision)
            continue;
        undecided.push_back(id);
        if (named.size() < Named)
            named << tr("%1 (%2) — %3").arg(row->agentName, row->employeeNo, row->roleName);
    }
    if (undecided.empty())
        return;
    if (int(undecided.size()) > Named)
        named << tr("and %n more", nullptr, int(undecided.size()) - Named);
    selectItems(undecided);
    ReviewDecisionDialog dialog(
        decision, int(undecided.size()), named.join(QLatin1Char('\n')),
        [this, decision](const QString& justification, std::optional<qint64> until) {
            return decideSelected(decision, justification, until);
        },
        this);
    dialog.exec();
}

bool ReviewsPage::closeCurrent()
{
    Database* db = database();
    const qint64 id = currentCampaign();
    if (!db || !id)
        return false;
    auto actor = RoleAssignmentWorkflow::consoleActor(*db, m_actor);
    if (!actor) {
        showMessage(actor.error().message(), true);
        return false;
    }
    auto closed = ReviewWorkflow::close(*db, id, *actor);
    if (!closed) {
        showMessage(closed.error().message(), true);
        return false;
    }
    loadCampaigns();
    showCampaign(id);
    showMessage(tr("Review closed. The default decided %n item(s)", nullptr, closed->defaulted)
                    + tr("; %n assignment(s) revoked.", nullptr, closed->revoked),
                false);
    Q_EMIT changesMade();
    return true;
}

void ReviewsPage::askClose()
{
    const qint64 id = currentCampaign();
    const auto found = std::find_if(m_campaignRows.begin(), m_campaignRows.end(),
                                    [&](const auto& row) { return row.campaign.id == id; });
    if (found == m_campaignRows.end())
        return;
    const int undecided = found->items - found->decided;
    QString text = tr("Close “%1”? Its decisions can no longer change afterwards.").arg(found->campaign.name);
    if (undecided > 0)
        text += QLatin1Char('\n')
            + (found->campaign.defaultDecision == ReviewDecision::Revoke
                   ? ReviewRules::revokeByDefaultWarning(std::size_t(undecided))
                   : tr("%n undecided item(s) will be kept by default.", nullptr, undecided));
    if (Dialogs::question(this, tr("Close review"), text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes)
        closeCurrent();
}

bool ReviewsPage::exportCurrent(const QString& path)
{
    Store* store = m_session->store();
    const qint64 id = currentCampaign();
    if (!store || !id || m_reportWriter.isRunning())
        return false;
    auto format = ReviewReport::formatFor(path);
    if (!format) {
        showMessage(format.error().message(), true);
        return false;
    }
    // The save dialog asked before an existing file is replaced; OutputFile still refuses a symbolic link.
    const ReviewReport::Request request { id, path, true, *format, m_actor };
    m_reportWriter.runOnStore(
        *store, Database::Mode::ReadWrite,
        [request](Database& database, const LatestResultRunner::Job&) {
            return ReviewReport::write(database, request);
        },
        [this, path](const Result<ReviewReport::Summary>& result) {
            const QString text = result
                ? tr("Report written to %1: %n item(s).", nullptr, result->items).arg(QDir::toNativeSeparators(path))
                : tr("The report was not written: %1").arg(result.error().message());
            showMessage(text, !result);
            if (result) {
                ExportFolder::remember(path);
                ExportFolder::offerOpen(m_message, path);
            }
            updateButtons();
            Q_EMIT reportFinished(bool(result), text);
        });
    showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), false);
    updateButtons();
    return true;
}

void ReviewsPage::askExport()
{
    const qint64 id = currentCampaign();
    const auto found = std::find_if(m_campaignRows.begin(), m_campaignRows.end(),
                                    [&](const auto& row) { return row.campaign.id == id; });
    if (found == m_campaignRows.end())
        return;
    QString name = found->campaign.name;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString suggested = ExportFolder::suggestedPath(QStringLiteral("review-%1.pdf").arg(name));
    const QString path = Dialogs::saveFileName(this, tr("Export review report"), suggested,
                                               tr("PDF report (*.pdf);;CSV for spreadsheets (*.csv)"));
    if (!path.isEmpty())
        exportCurrent(path);
}

void ReviewsPage::newCampaign()
{
    Database* db = database();
    if (!db)
        return;
    auto actor = RoleAssignmentWorkflow::consoleActor(*db, m_actor);
    if (!actor) {
        showMessage(actor.error().message(), true);
        return;
    }
    NewCampaignDialog dialog(*db, *actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadCampaigns();
    showCampaign(dialog.createdId());
    showMessage(tr("Review started."), false);
    Q_EMIT changesMade();
}

} // namespace custodian
