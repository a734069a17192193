#include "ui/sync/SyncPage.h"

#include "domain/Clock.h"
#include "rules/FindingWorkflow.h"

#include "rules/FindingCatalogue.h"
#include "store/Store.h"
#include "store/SyncConflicts.h"
#include "store/SyncRunLog.h"
#include "store/SyncState.h"
#include "sync/SyncEngine.h"
#include "sync/SyncService.h"
#include "ui/session/StoreSession.h"
#include "ui/sync/SyncStatusIndicator.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PageTitle.h"
#include "ui/widgets/ReadOnlyTable.h"
#include "ui/widgets/Theme.h"

#include <QDateTime>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace custodian {

namespace {
QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QTableWidgetItem* item(const QString& text, const QVariant& data = {})
{
    return ReadOnlyTable::cell(text, data);
}

// A table named after the group box it fills.
QTableWidget* makeTable(const QStringList& headers, QGroupBox* box)
{
    return ReadOnlyTable::make(box->title(), headers, box);
}
} // namespace

SyncPage::SyncPage(StoreSession* session, SyncService* sync, QString actor, QWidget* parent)
    : SessionPage(session, parent)
    , m_sync(sync)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("syncPage"));
    connect(m_sync, &SyncService::statusChanged, this, &SyncPage::showStatus);
    followSession();
}

SyncPage::~SyncPage()
{
    destroyUnlockedContent();
}

void SyncPage::releaseUnlockedContent()
{
    m_state = m_details = nullptr;
    m_message = nullptr;
    m_syncNow = m_keepMine = m_takeTheirs = nullptr;
    m_rollbackBanner = m_consoleBanner = nullptr;
    m_conflicts = m_history = nullptr;
}

void SyncPage::createUnlockedContent(QWidget* content)
{
    auto* outer = new QVBoxLayout(content);

    auto* title = new PageTitle(tr("Sync"), content);
    outer->addWidget(title);

    m_rollbackBanner = new MessageBanner(content);
    m_rollbackBanner->setObjectName(QStringLiteral("rollbackBanner"));
    m_rollbackBanner->setTextFormat(Qt::RichText); // the service's message is escaped where it is shown
    outer->addWidget(m_rollbackBanner);

    m_consoleBanner = new MessageBanner(content);
    m_consoleBanner->setObjectName(QStringLiteral("consoleBanner"));
    QPushButton* dismiss = m_consoleBanner->addActionButton(tr("&Dismiss"));
    dismiss->setObjectName(QStringLiteral("dismissConsoleNotice"));
    dismiss->setToolTip(tr("You know about this console; the notice is cleared and that is recorded in the console "
                           "audit."));
    outer->addWidget(m_consoleBanner);
    connect(dismiss, &QPushButton::clicked, this, [this] { (void)dismissConsoleNotice(); });

    auto* statusRow = new QHBoxLayout;
    auto* statusText = new QVBoxLayout;
    m_state = new QLabel(content);
    m_state->setObjectName(QStringLiteral("syncState"));
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);
    m_details = new QLabel(content);
    m_details->setObjectName(QStringLiteral("syncDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusText->addWidget(m_state);
    statusText->addWidget(m_details);
    statusRow->addLayout(statusText, 1);
    m_syncNow = new QPushButton(tr("Sync &now"), content);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setToolTip(tr("Pull what is new and push the changes waiting (F5)"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    auto* settings = new QPushButton(tr("Settings…"), content);
    settings->setObjectName(QStringLiteral("syncSettings"));
    statusRow->addWidget(m_syncNow, 0, Qt::AlignTop);
    statusRow->addWidget(settings, 0, Qt::AlignTop);
    outer->addLayout(statusRow);
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        m_sync->syncNow(m_actor);
        showMessage(tr("Sync requested; recorded in the console audit."), false);
    });
    connect(settings, &QPushButton::clicked, this, &SyncPage::settingsRequested);

    auto* conflictsBox = new QGroupBox(tr("Conflicts"), content);
    auto* conflictsLayout = new QVBoxLayout(conflictsBox);
    auto* conflictsNote = new QLabel(tr("The central service refused these changes because someone changed the same "
                                        "thing first. Keep mine sends this console's change again on top of theirs; "
                                        "take theirs replaces this console's value with the service's."),
                                     conflictsBox);
    conflictsNote->setWordWrap(true);
    conflictsLayout->addWidget(conflictsNote);
    m_conflicts = makeTable({ tr("Detected"), tr("What"), tr("Mine"), tr("Theirs") }, conflictsBox);
    m_conflicts->setObjectName(QStringLiteral("syncConflicts"));
    conflictsLayout->addWidget(m_conflicts);
    auto* conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch(1);
    m_keepMine = new QPushButton(tr("&Keep mine"), conflictsBox);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_takeTheirs = new QPushButton(tr("&Take theirs"), conflictsBox);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    conflictButtons->addWidget(m_keepMine);
    conflictButtons->addWidget(m_takeTheirs);
    conflictsLayout->addLayout(conflictButtons);
    outer->addWidget(conflictsBox, 1);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { (void)resolveSelected(true); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { (void)resolveSelected(false); });
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, &SyncPage::updateButtons);

    auto* historyBox = new QGroupBox(tr("History"), content);
    auto* historyLayout = new QVBoxLayout(historyBox);
    m_history = makeTable(
        { tr("Started"), tr("Took"), tr("Outcome"), tr("Pulled"), tr("Pushed"), tr("Conflicts"), tr("Details") },
        historyBox);
    m_history->setObjectName(QStringLiteral("syncHistory"));
    historyLayout->addWidget(m_history);
    outer->addWidget(historyBox, 2);

    m_message = new MessageBanner(content);
    m_message->setObjectName(QStringLiteral("syncMessage"));
    outer->addWidget(m_message);

    showStatus(m_sync->status());
    reload();
}

void SyncPage::showEvent(QShowEvent* event)
{
    SessionPage::showEvent(event);
    reload();
}

void SyncPage::showStatus(const SyncStatus& status)
{
    const bool finished = m_lastState == SyncStatus::State::Running && status.state != SyncStatus::State::Running;
    m_lastState = status.state;
    if (!m_state)
        return;
    const qint64 now = Clock::nowMs();
    m_state->setText(SyncStatusIndicator::statusText(status, now));
    QStringList details;
    if (status.state == SyncStatus::State::NotConfigured) {
        details << tr("No central service is configured: set its address, the CA to trust and your token in the "
                      "settings.");
    } else {
        details << (status.supervisor.isEmpty()
                        ? tr("Server %1").arg(status.server)
                        : tr("Server %1 — signed in as %2").arg(status.server, status.supervisor));
        details << tr("Last successful sync: %1 · changes waiting: %2 · conflicts: %3")
                       .arg(status.lastSuccessAt ? timeText(*status.lastSuccessAt) : tr("never"))
                       .arg(status.waiting)
                       .arg(status.conflicts);
        if ((status.state == SyncStatus::State::Offline || status.state == SyncStatus::State::Failed)
            && !status.message.isEmpty())
            details << status.message;
        if (status.nextRunAt > now && status.state != SyncStatus::State::Running)
            details << tr("Next sync at %1").arg(timeText(status.nextRunAt));
        if (QString expiry = SyncEngine::tokenExpiryMessage(status.tokenExpiresAt, now); !expiry.isEmpty())
            details << expiry;
    }
    m_details->setText(details.join(QLatin1Char('\n')));
    m_syncNow->setEnabled(status.state != SyncStatus::State::NotConfigured
                          && status.state != SyncStatus::State::Running);
    m_rollbackBanner->showMessage(
        status.rolledBack ? tr("<b>This store was rolled back to an older copy.</b> %1 Changes made after that copy "
                               "was taken are missing here; the central service still has what it received.")
                                .arg(status.rollbackMessage.toHtmlEscaped())
                          : QString(),
        MessageBanner::Level::Error);
    m_consoleBanner->showMessage(status.consoleNotice, MessageBanner::Level::Warning);
    if (finished)
        reload();
}

bool SyncPage::dismissConsoleNotice()
{
    Store* store = m_session->store();
    if (!store || !m_consoleBanner)
        return false;
    if (auto status = SyncState(store->database()).dismissConsoleNotice(m_actor); !status) {
        showMessage(tr("Cannot dismiss the notice: %1").arg(status.error().message()), true);
        return false;
    }
    m_consoleBanner->hide();
    showMessage(tr("Notice dismissed; recorded in the console audit."), false);
    return true;
}

void SyncPage::reload()
{
    Store* store = m_session->store();
    if (!store || !m_conflicts)
        return;
    Database& database = store->database();
    auto conflicts = SyncConflicts(database).open();
    if (!conflicts) {
        showMessage(tr("Cannot read the conflicts: %1").arg(conflicts.error().message()), true);
        return;
    }
    const qint64 selected = m_conflicts->currentRow() >= 0 && m_conflicts->item(m_conflicts->currentRow(), 0)
        ? m_conflicts->item(m_conflicts->currentRow(), 0)->data(Qt::UserRole).toLongLong()
        : 0;
    m_conflicts->setRowCount(0);
    m_conflicts->setRowCount(int(conflicts->size()));
    int row = 0;
    for (const SyncConflicts::Conflict& conflict : *conflicts) {
        QTableWidgetItem* first = item(timeText(conflict.detectedAt), conflict.id);
        first->setData(KeepMineRefusalRole, keepMineRefusal(conflict.kind, conflict.mine, conflict.theirs));
        m_conflicts->setItem(row, 0, first);
        m_conflicts->setItem(row, 1, item(conflict.entityLabel));
        m_conflicts->setItem(row, 2, item(describeValue(conflict.kind, conflict.mine)));
        m_conflicts->setItem(row, 3, item(describeValue(conflict.kind, conflict.theirs)));
        if (conflict.id == selected)
            m_conflicts->selectRow(row);
        ++row;
    }
    ReadOnlyTable::fit(m_conflicts);

    auto runs = SyncRunLog(database).recent(HistoryRows);
    if (!runs) {
        showMessage(tr("Cannot read the sync history: %1").arg(runs.error().message()), true);
        return;
    }
    m_history->setRowCount(0);
    m_history->setRowCount(int(runs->size()));
    row = 0;
    const QLocale locale;
    for (const SyncRunLog::Run& run : *runs) {
        QString outcome = run.outcome;
        if (outcome == QLatin1String("ok"))
            outcome = tr("ok");
        else if (outcome == QLatin1String("offline"))
            outcome = tr("offline");
        else if (outcome == QLatin1String("error"))
            outcome = tr("failed");
        else if (outcome == QLatin1String("cancelled"))
            outcome = tr("stopped");
        else if (!run.finishedAt)
            outcome = tr("running or interrupted");
        m_history->setItem(row, 0, item(timeText(run.startedAt), run.id));
        m_history->setItem(row, 1,
                           item(run.finishedAt ? tr("%1 s").arg(
                                    locale.toString(double(*run.finishedAt - run.startedAt) / 1000.0, 'f', 1))
                                               : QString()));
        m_history->setItem(row, 2, item(outcome));
        m_history->setItem(row, 3, item(locale.toString(run.pulled)));
        m_history->setItem(row, 4, item(locale.toString(run.pushed)));
        m_history->setItem(row, 5, item(locale.toString(run.conflicts)));
        m_history->setItem(row, 6, item(run.message));
        if (run.outcome == QLatin1String("error"))
            for (int column = 0; column < m_history->columnCount(); ++column)
                m_history->item(row, column)->setForeground(Theme::foreground(Theme::Tone::Error, palette()));
        ++row;
    }
    ReadOnlyTable::fit(m_history);
    updateButtons();
}

bool SyncPage::resolveSelected(bool keepMine)
{
    Store* store = m_session->store();
    if (!store || !m_conflicts || m_conflicts->currentRow() < 0)
        return false;
    const qint64 id = m_conflicts->item(m_conflicts->currentRow(), 0)->data(Qt::UserRole).toLongLong();
    const QString what = m_conflicts->item(m_conflicts->currentRow(), 1)->text();
    if (const QString refusal = m_conflicts->item(m_conflicts->currentRow(), 0)->data(KeepMineRefusalRole).toString();
        keepMine && !refusal.isEmpty()) {
        showMessage(refusal, true);
        return false;
    }
    auto resolved
        = SyncConflicts(store->database())
              .resolve(id, keepMine ? SyncConflicts::Resolution::KeepMine : SyncConflicts::Resolution::TakeTheirs,
                       m_actor);
    if (!resolved) {
        showMessage(tr("Cannot resolve the conflict: %1").arg(resolved.error().message()), true);
        reload();
        return false;
    }
    showMessage(keepMine ? tr("Kept this console's change to %1; it is sent again at the next sync.").arg(what)
                         : tr("Took the central service's value for %1.").arg(what),
                false);
    reload();
    Q_EMIT conflictResolved();
    return true;
}

void SyncPage::updateButtons()
{
    if (!m_conflicts)
        return;
    const bool any = m_conflicts->currentRow() >= 0 && !m_conflicts->selectedItems().isEmpty();
    const QString refusal
        = any ? m_conflicts->item(m_conflicts->currentRow(), 0)->data(KeepMineRefusalRole).toString() : QString();
    m_keepMine->setEnabled(any && refusal.isEmpty());
    m_keepMine->setToolTip(refusal);
    m_takeTheirs->setEnabled(any);
}

void SyncPage::showMessage(const QString& text, bool error)
{
    if (!m_message)
        return;
    m_message->showMessage(text, error ? MessageBanner::Level::Error : MessageBanner::Level::Information);
}

QString SyncPage::keepMineRefusal(const QString& kind, const QString& mineJson, const QString& theirsJson)
{
    if (kind != QLatin1String("finding.status"))
        return {};
    // Keep mine sends this console's status on top of the service's: the service applies it only where the
    // workflow allows that step (an escalated finding stays escalated), so an impossible one is refused here.
    const int mine = QJsonDocument::fromJson(mineJson.toUtf8()).object().value(QStringLiteral("status")).toInt();
    const int theirs = QJsonDocument::fromJson(theirsJson.toUtf8()).object().value(QStringLiteral("status")).toInt();
    if (mine < 1 || mine > 4 || theirs < 1 || theirs > 4 || mine == theirs
        || FindingWorkflow::isAllowed(FindingStatus(theirs), FindingStatus(mine)))
        return {};
    return tr("Keep mine is not possible: the finding is %1 on the central service, and a %1 finding cannot become %2. "
              "Take theirs, then change the finding again if it needs to.")
        .arg(FindingCatalogue::statusName(FindingStatus(theirs)).toLower(),
             FindingCatalogue::statusName(FindingStatus(mine)).toLower());
}

QString SyncPage::describeValue(const QString& kind, const QString& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (object.isEmpty())
        return json;
    if (kind == QLatin1String("finding.status")) {
        const int status = object.value(QStringLiteral("status")).toInt();
        QString text = status >= 1 && status <= 4 ? FindingCatalogue::statusName(FindingStatus(status))
                                                  : tr("status %1").arg(status);
        const QString reason = object.value(QStringLiteral("reason")).toString();
        if (!reason.isEmpty())
            text += QStringLiteral(" — ") + reason;
        const QString by = object.value(QStringLiteral("by")).toString();
        if (!by.isEmpty())
            text += tr(" (by %1)").arg(by);
        return text;
    }
    if (kind == QLatin1String("detection.settings")) {
        const QJsonObject values
            = object.contains(QStringLiteral("values")) ? object.value(QStringLiteral("values")).toObject() : object;
        QStringList parts;
        for (auto it = values.begin(); it != values.end(); ++it)
            if (it->isDouble())
                parts << QStringLiteral("%1 = %2").arg(it.key()).arg(it->toInteger());
        return parts.join(QStringLiteral(", "));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace custodian
