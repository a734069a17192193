#include "ui/today/TodayPage.h"

#include "domain/Clock.h"
#include "item/TodayAttentionModel.h"
#include "rules/IncidentSla.h"
#include "rules/ReviewRules.h"
#include "store/Store.h"
#include "store/TodayRepository.h"
#include "store/TrainingFactsReader.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/ReadOnlyTable.h"
#include "ui/widgets/Theme.h"

#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace custodian {

namespace {
constexpr qint64 MinuteMs = 60'000;
constexpr qint64 TrainingRefreshMs = 10 * MinuteMs;
constexpr int TrainingExpiringDays = 30;

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm"));
}

// "4 min", "3 h", "2 days": how long ago, at the grain a supervisor reads at a glance.
QString ageText(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms) / MinuteMs;
    if (minutes < 60)
        return TodayPage::tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return TodayPage::tr("%n h", nullptr, int(minutes / 60));
    return TodayPage::tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
}
} // namespace

TodayPage::TodayPage(StoreSession* session, QWidget* parent)
    : SessionPage(session, parent)
{
    setObjectName(QStringLiteral("todayPage"));
    followSession();
}

TodayPage::~TodayPage()
{
    destroyUnlockedContent();
}

QPushButton* TodayPage::addTile(const QString& name, QLabel*& caption)
{
    auto* card = new QFrame(m_tiles);
    card->setFrameShape(QFrame::StyledPanel);
    card->setBackgroundRole(QPalette::Base);
    card->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(2);
    auto* number = new QPushButton(QStringLiteral("…"), card);
    number->setObjectName(name);
    number->setFlat(true);
    number->setCursor(Qt::PointingHandCursor);
    QFont font = number->font();
    font.setPointSizeF(font.pointSizeF() * 2.0);
    font.setBold(true);
    number->setFont(font);
    number->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    caption = new QLabel(card);
    caption->setObjectName(name + QStringLiteral("Caption"));
    caption->setWordWrap(true);
    caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    Theme::setTone(caption, Theme::Tone::Secondary);
    layout->addWidget(number, 0, Qt::AlignLeft);
    layout->addWidget(caption, 1);
    return number;
}

void TodayPage::createUnlockedContent(QWidget* content)
{
    QVBoxLayout* layout = PageLayout::open(content, tr("Today"));
    m_message = new MessageBanner(content);
    m_message->setObjectName(QStringLiteral("todayMessage"));
    m_syncState = new QLabel(content);
    m_syncState->setObjectName(QStringLiteral("todaySyncState"));
    m_syncState->setWordWrap(true);

    m_tiles = new QWidget(content);
    auto* grid = new QGridLayout(m_tiles);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    m_newFindings = addTile(QStringLiteral("todayNewFindings"), m_newFindingsCaption);
    m_criticalFindings = addTile(QStringLiteral("todayCriticalFindings"), m_criticalFindingsCaption);
    m_approvals = addTile(QStringLiteral("todayApprovals"), m_approvalsCaption);
    m_reviewsDue = addTile(QStringLiteral("todayReviewsDue"), m_reviewsDueCaption);
    m_undecidedItems = addTile(QStringLiteral("todayUndecidedItems"), m_undecidedItemsCaption);
    m_syncWaiting = addTile(QStringLiteral("todaySyncWaiting"), m_syncWaitingCaption);
    m_syncConflicts = addTile(QStringLiteral("todaySyncConflicts"), m_syncConflictsCaption);
    m_newestEvent = addTile(QStringLiteral("todayNewestEvent"), m_newestEventCaption);
    m_trainingComplete = addTile(QStringLiteral("todayTrainingComplete"), m_trainingCompleteCaption);
    m_trainingOverdue = addTile(QStringLiteral("todayTrainingOverdue"), m_trainingOverdueCaption);
    m_trainingExpiring = addTile(QStringLiteral("todayTrainingExpiring"), m_trainingExpiringCaption);
    m_incidentsOpen = addTile(QStringLiteral("todayIncidentsOpen"), m_incidentsOpenCaption);
    m_incidentsSlaBreached = addTile(QStringLiteral("todayIncidentsSlaBreached"), m_incidentsSlaBreachedCaption);
    m_gdprClocks = addTile(QStringLiteral("todayGdprClocks"), m_gdprClocksCaption);
    m_trainingCompleteCaption->setText(tr("Required security training complete"));
    m_trainingOverdueCaption->setText(tr("Required trainings overdue or expired"));
    m_trainingExpiringCaption->setText(tr("Passes expiring within %1 days").arg(TrainingExpiringDays));
    const QList<QPushButton*> numbers { m_newFindings,     m_criticalFindings,     m_approvals,     m_reviewsDue,
                                        m_undecidedItems,  m_syncWaiting,          m_syncConflicts, m_newestEvent,
                                        m_incidentsOpen,   m_incidentsSlaBreached, m_gdprClocks,    m_trainingComplete,
                                        m_trainingOverdue, m_trainingExpiring };
    for (int i = 0; i < numbers.size(); ++i)
        grid->addWidget(numbers.at(i)->parentWidget(), i / 4, i % 4);
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);

    connect(m_newFindings, &QPushButton::clicked, this, [this] {
        if (m_snapshot)
            Q_EMIT newFindingsRequested(m_snapshot->previousUnlockAt.value_or(0));
    });
    connect(m_criticalFindings, &QPushButton::clicked, this, &TodayPage::criticalFindingsRequested);
    connect(m_approvals, &QPushButton::clicked, this, &TodayPage::approvalsRequested);
    connect(m_reviewsDue, &QPushButton::clicked, this, &TodayPage::dueReviewsRequested);
    connect(m_undecidedItems, &QPushButton::clicked, this, &TodayPage::dueReviewsRequested);
    connect(m_syncWaiting, &QPushButton::clicked, this, &TodayPage::syncRequested);
    connect(m_syncConflicts, &QPushButton::clicked, this, &TodayPage::syncRequested);
    connect(m_newestEvent, &QPushButton::clicked, this, &TodayPage::accessRequested);
    connect(m_incidentsOpen, &QPushButton::clicked, this, [this] { Q_EMIT incidentsRequested(IncidentTile::Open); });
    connect(m_incidentsSlaBreached, &QPushButton::clicked, this,
            [this] { Q_EMIT incidentsRequested(IncidentTile::SlaBreached); });
    connect(m_gdprClocks, &QPushButton::clicked, this,
            [this] { Q_EMIT incidentsRequested(IncidentTile::GdprClockRunning); });
    connect(m_trainingComplete, &QPushButton::clicked, this, &TodayPage::trainingMatrixRequested);
    connect(m_trainingOverdue, &QPushButton::clicked, this, &TodayPage::trainingOverdueRequested);
    connect(m_trainingExpiring, &QPushButton::clicked, this,
            [this] { Q_EMIT trainingExpiringRequested(TrainingExpiringDays); });

    auto* listTitle = new QLabel(tr("Needs you now"), content);
    Theme::setEmphasised(listTitle);
    m_attentionModel = new TodayAttentionModel(content);
    m_attention = ReadOnlyTable::view(tr("Needs you now"), m_attentionModel, content);
    m_attention->setObjectName(QStringLiteral("todayAttentionTable"));
    listTitle->setBuddy(m_attention);
    m_open = new QPushButton(tr("&Open"), content);
    m_open->setObjectName(QStringLiteral("todayOpenButton"));
    m_open->setEnabled(false);
    auto* listHeader = new QHBoxLayout;
    listHeader->addWidget(listTitle, 1);
    listHeader->addWidget(m_open);
    connect(m_attention, &QTableView::activated, this,
            [this](const QModelIndex& index) { openAttention(index.row()); });
    connect(m_attention->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_open->setEnabled(m_attention->selectionModel()->hasSelection()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_attention->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            openAttention(rows.front().row());
    });

    layout->addWidget(m_message);
    layout->addWidget(m_tiles);
    layout->addWidget(m_syncState);
    layout->addLayout(listHeader);
    layout->addWidget(m_attention, 1);

    // The newest event's age and the deadlines move on while the page is shown.
    m_minute = new QTimer(content);
    m_minute->setInterval(int(MinuteMs));
    connect(m_minute, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_minute->start();
    refresh();
    refreshTraining();
}

void TodayPage::releaseUnlockedContent()
{
    m_reader.cancel();
    m_trainingReader.cancel();
    m_trainingAge.invalidate();
    m_snapshot.reset();
    m_tiles = nullptr;
    m_newFindings = m_criticalFindings = m_approvals = m_reviewsDue = m_undecidedItems = m_syncWaiting = m_syncConflicts
        = m_newestEvent = nullptr;
    m_newFindingsCaption = m_criticalFindingsCaption = m_approvalsCaption = m_reviewsDueCaption
        = m_undecidedItemsCaption = m_syncWaitingCaption = m_syncConflictsCaption = m_newestEventCaption = nullptr;
    m_trainingComplete = m_trainingOverdue = m_trainingExpiring = nullptr;
    m_incidentsOpen = m_incidentsSlaBreached = m_gdprClocks = nullptr;
    m_incidentsOpenCaption = m_incidentsSlaBreachedCaption = m_gdprClocksCaption = nullptr;
    m_trainingCompleteCaption = m_trainingOverdueCaption = m_trainingExpiringCaption = nullptr;
    m_syncState = nullptr;
    m_attentionModel = nullptr;
    m_attention = nullptr;
    m_open = nullptr;
    m_message = nullptr;
    m_minute = nullptr;
}

void TodayPage::showEvent(QShowEvent* event)
{
    SessionPage::showEvent(event);
    // Coming back from another page: what was done there shows here at once.
    if (m_snapshot)
        refresh();
    if (m_trainingAge.isValid() && m_trainingAge.hasExpired(TrainingRefreshMs))
        refreshTraining();
}

void TodayPage::refresh()
{
    Store* store = m_session->store();
    if (!unlockedContent() || !store)
        return;
    const qint64 now = Clock::nowMs();
    m_reader.runOnStore(
        *store, Database::Mode::ReadOnly,
        [now](Database& database, const LatestResultRunner::Job&) {
            TodayRepository repository(database);
            auto today = repository.snapshot(now, ReviewRules::ReminderMs);
            if (!today)
                return today;
            // The SLA windows are IncidentSla's (a rule): the repository gets them by severity.
            const IncidentSla::Windows windows;
            const std::array<qint64, 4> slaWindowMs { windows.ms(Severity::Low), windows.ms(Severity::Medium),
                                                      windows.ms(Severity::High), windows.ms(Severity::Critical) };
            if (auto status = repository.countIncidents(*today, now, slaWindowMs); !status)
                return Result<TodaySnapshot>(status.error());
            return today;
        },
        [this](Result<TodaySnapshot>&& result) {
            if (!unlockedContent())
                return;
            if (!result) {
                m_message->showMessage(tr("Cannot count what needs you: %1").arg(result.error().message()),
                                       MessageBanner::Level::Error);
                return;
            }
            m_message->clearMessage();
            showSnapshot(*result);
        });
}

void TodayPage::refreshTraining()
{
    Store* store = m_session->store();
    if (!unlockedContent() || !store)
        return;
    m_trainingAge.start();
    m_trainingReader.runOnStore(
        *store, Database::Mode::ReadOnly,
        [](Database& database, const LatestResultRunner::Job&) -> Result<TrainingMatrix> {
            auto facts = TrainingFactsReader(database).read(TrainingFactsReader::Scope::all(), Clock::nowMs());
            if (!facts)
                return facts.error();
            return TrainingMatrix::build(*facts, TrainingMatrix::GroupBy::Site, TrainingExpiringDays);
        },
        [this](Result<TrainingMatrix>&& result) {
            if (!unlockedContent())
                return;
            if (!result) {
                m_message->showMessage(tr("Cannot count the training standings: %1").arg(result.error().message()),
                                       MessageBanner::Level::Error);
                return;
            }
            showTraining(*result);
        });
}

void TodayPage::showTraining(const TrainingMatrix& matrix)
{
    const QLocale locale;
    TrainingMatrix::Counts all;
    for (const TrainingMatrix::Cell& total : matrix.totals) {
        all.required += total.counts.required;
        all.complete += total.counts.complete;
    }
    const auto percent = all.percentComplete();
    const QString agents = matrix.agents.size() == 1
        ? tr("1 agent")
        : tr("%1 agents").arg(locale.toString(qint64(matrix.agents.size())));
    const QString completeWhat = tr("Required security training complete (%1 of %2, %3)")
                                     .arg(locale.toString(all.complete), locale.toString(all.required), agents);
    m_trainingComplete->setText(percent ? tr("%1 %").arg(locale.toString(*percent)) : QStringLiteral("—"));
    m_trainingComplete->setAccessibleName(QStringLiteral("%1: %2").arg(completeWhat, m_trainingComplete->text()));
    m_trainingCompleteCaption->setText(completeWhat);
    const QString overdueWhat = tr("Required trainings overdue or expired");
    m_trainingOverdue->setText(locale.toString(qint64(matrix.overdue.size())));
    m_trainingOverdue->setAccessibleName(QStringLiteral("%1: %2").arg(overdueWhat, m_trainingOverdue->text()));
    m_trainingOverdueCaption->setText(overdueWhat);
    const QString expiringWhat = tr("Passes expiring within %1 days").arg(TrainingExpiringDays);
    m_trainingExpiring->setText(locale.toString(qint64(matrix.expiring.size())));
    m_trainingExpiring->setAccessibleName(QStringLiteral("%1: %2").arg(expiringWhat, m_trainingExpiring->text()));
    m_trainingExpiringCaption->setText(expiringWhat);
    Theme::setTone(m_trainingOverdue, matrix.overdue.empty() ? Theme::Tone::Normal : Theme::Tone::Error);
    Theme::setTone(m_trainingExpiring, matrix.expiring.empty() ? Theme::Tone::Normal : Theme::Tone::Warning);
    Q_EMIT trainingShown();
}

void TodayPage::showSnapshot(const TodaySnapshot& today)
{
    m_snapshot = today;
    const QLocale locale;
    const auto number = [&locale](QPushButton* button, qint64 value, const QString& what) {
        button->setText(locale.toString(value));
        button->setAccessibleName(QStringLiteral("%1: %2").arg(what, locale.toString(value)));
    };

    const QString newWhat = today.previousUnlockAt
        ? tr("New findings since your last unlock (%1)").arg(timeText(*today.previousUnlockAt))
        : tr("New findings since this store was created (this is its first unlock)");
    number(m_newFindings, today.newFindings, newWhat);
    m_newFindingsCaption->setText(newWhat);
    const QString criticalWhat = tr("Critical findings needing attention");
    number(m_criticalFindings, today.criticalFindings, criticalWhat);
    m_criticalFindingsCaption->setText(criticalWhat);
    const QString approvalsWhat = tr("Role requests waiting for your approval");
    number(m_approvals, today.approvalsWaiting, approvalsWhat);
    m_approvalsCaption->setText(approvalsWhat);
    const QString reviewsWhat = today.reviewsOverdue > 0
        ? tr("Your access reviews due within 3 days or overdue (%n overdue)", nullptr, int(today.reviewsOverdue))
        : tr("Your access reviews due within 3 days or overdue");
    number(m_reviewsDue, today.reviewsDue, reviewsWhat);
    m_reviewsDueCaption->setText(reviewsWhat);
    const QString undecidedWhat = tr("Undecided items in those reviews");
    number(m_undecidedItems, today.undecidedItems, undecidedWhat);
    m_undecidedItemsCaption->setText(undecidedWhat);
    const QString waitingWhat = tr("Changes waiting to be sent to the central service");
    number(m_syncWaiting, today.changesWaiting, waitingWhat);
    m_syncWaitingCaption->setText(waitingWhat);
    const QString conflictsWhat = tr("Sync conflicts to resolve");
    number(m_syncConflicts, today.conflicts, conflictsWhat);
    m_syncConflictsCaption->setText(conflictsWhat);
    const QString openWhat = tr("Incidents open");
    number(m_incidentsOpen, today.incidentsOpen, openWhat);
    m_incidentsOpenCaption->setText(openWhat);
    const QString breachedWhat = tr("Open incidents past their due date (SLA breached)");
    number(m_incidentsSlaBreached, today.incidentsSlaBreached, breachedWhat);
    m_incidentsSlaBreachedCaption->setText(breachedWhat);
    QString clocksWhat = tr("GDPR notification clocks running");
    Theme::Tone clocksTone = Theme::Tone::Normal;
    if (today.nearestGdprClock) {
        // The nearest deadline first, in words: "due in" or "overdue by", so the tone is never the only sign.
        const qint64 left = today.nearestGdprClock->deadline - today.takenAt;
        const QString nearest = left >= 0
            ? tr("nearest: %1, due in %2").arg(today.nearestGdprClock->reference, ageText(left))
            : tr("nearest: %1, overdue by %2").arg(today.nearestGdprClock->reference, ageText(-left));
        clocksWhat = tr("GDPR notification clocks running (%1)").arg(nearest);
        clocksTone = left < 0            ? Theme::Tone::Error
            : left <= 24LL * 3600 * 1000 ? Theme::Tone::Warning
                                         : Theme::Tone::Normal;
    }
    number(m_gdprClocks, today.gdprClocksRunning, clocksWhat);
    m_gdprClocksCaption->setText(clocksWhat);
    Theme::setTone(m_gdprClocks, clocksTone);
    Theme::setTone(m_incidentsSlaBreached, today.incidentsSlaBreached > 0 ? Theme::Tone::Error : Theme::Tone::Normal);
    for (auto [button, value] :
         { std::pair { m_criticalFindings, today.criticalFindings }, std::pair { m_approvals, today.approvalsWaiting },
           std::pair { m_reviewsDue, today.reviewsOverdue }, std::pair { m_syncConflicts, today.conflicts } })
        Theme::setTone(button, value > 0 ? Theme::Tone::Error : Theme::Tone::Normal);

    if (today.newestEventAt) {
        const QString age = ageText(today.takenAt - *today.newestEventAt);
        const QString what = tr("Since the newest access event (%1)").arg(timeText(*today.newestEventAt));
        m_newestEvent->setText(age);
        m_newestEvent->setAccessibleName(QStringLiteral("%1: %2").arg(what, age));
        m_newestEventCaption->setText(what);
    } else {
        m_newestEvent->setText(QStringLiteral("—"));
        m_newestEvent->setAccessibleName(tr("No access events yet"));
        m_newestEventCaption->setText(tr("No access events yet"));
    }

    if (!today.syncConfigured) {
        m_syncState->setText(tr("Sync: not set up — Settings → Central service."));
        Theme::setTone(m_syncState, Theme::Tone::Warning);
    } else if (today.lastSyncAt) {
        m_syncState->setText(tr("Sync: set up; last success %1 (%2 ago).")
                                 .arg(timeText(*today.lastSyncAt), ageText(today.takenAt - *today.lastSyncAt)));
        Theme::setTone(m_syncState, Theme::Tone::Normal);
    } else {
        m_syncState->setText(tr("Sync: set up, but no run has succeeded yet."));
        Theme::setTone(m_syncState, Theme::Tone::Warning);
    }

    const qint64 keep = [this] {
        const QModelIndexList rows = m_attention->selectionModel()->selectedRows();
        return rows.isEmpty() ? -1 : rows.front().row();
    }();
    m_attentionModel->setItems(today.attention, today.takenAt);
    ReadOnlyTable::fit(m_attention);
    if (keep >= 0 && keep < m_attentionModel->rowCount())
        m_attention->selectRow(int(keep));
    Q_EMIT snapshotShown();
}

void TodayPage::openAttention(int row)
{
    const TodayAttentionItem* item = m_attentionModel ? m_attentionModel->item(row) : nullptr;
    if (!item)
        return;
    switch (item->kind) {
    case TodayAttentionItem::Kind::Finding:
        Q_EMIT findingRequested(item->subjectId);
        break;
    case TodayAttentionItem::Kind::Approval:
        Q_EMIT approvalRequested(item->subjectId);
        break;
    case TodayAttentionItem::Kind::Review:
        Q_EMIT reviewRequested(item->subjectId);
        break;
    case TodayAttentionItem::Kind::Conflicts:
        Q_EMIT syncRequested();
        break;
    }
}

} // namespace custodian
