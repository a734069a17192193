#include "ui/sync/SyncPage.h"

#include "domain/Clock.h"
#include "item/ItemRoles.h"
#include "item/SyncConflictModel.h"
#include "item/SyncRunModel.h"
#include "store/AuditNames.h"
#include "store/Store.h"
#include "store/SyncConflicts.h"
#include "store/SyncRunLog.h"
#include "store/SyncState.h"
#include "sync/SyncEngine.h"
#include "sync/SyncService.h"
#include "ui/session/StoreSession.h"
#include "ui/sync/SyncStatusIndicator.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/ReadOnlyTable.h"

#include <QDateTime>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace custodian {

namespace {
// The console's own time with its zone ("… 22:37:12 CET"): the summary sits beside tables whose headings say it.
QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

// A table named after the group box it fills.
QTableView* makeTable(QAbstractItemModel* model, QGroupBox* box)
{
    return ReadOnlyTable::view(box->title(), model, box);
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
    m_conflictModel = nullptr;
    m_runModel = nullptr;
}

void SyncPage::createUnlockedContent(QWidget* content)
{
    QVBoxLayout* outer = PageLayout::open(content, tr("Sync"));

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
    m_conflictModel = new SyncConflictModel(content);
    m_conflicts = makeTable(m_conflictModel, conflictsBox);
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
    connect(m_conflicts->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncPage::updateButtons);

    auto* historyBox = new QGroupBox(tr("History"), content);
    auto* historyLayout = new QVBoxLayout(historyBox);
    m_runModel = new SyncRunModel(content);
    m_history = makeTable(m_runModel, historyBox);
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
        // Changes made here wait for it (Today counts them too).
        details << tr("Changes waiting: %1 · conflicts: %2").arg(status.waiting).arg(status.conflicts);
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
    const int selectedRow = selectedConflictRow();
    const qint64 selected = selectedRow >= 0 ? m_conflictModel->index(selectedRow, 0).data(IdRole).toLongLong() : 0;
    AuditNames names(database);
    m_conflictModel->setConflicts(std::move(*conflicts), &names);
    // The reset clears the selection: the conflict chosen before stays chosen while it is still open.
    if (const int row = selected ? m_conflictModel->rowOf(selected) : -1; row >= 0)
        m_conflicts->selectRow(row);
    ReadOnlyTable::fit(m_conflicts);

    auto runs = SyncRunLog(database).recent(HistoryRows);
    if (!runs) {
        showMessage(tr("Cannot read the sync history: %1").arg(runs.error().message()), true);
        return;
    }
    m_runModel->setRuns(std::move(*runs));
    ReadOnlyTable::fit(m_history);
    updateButtons();
}

bool SyncPage::resolveSelected(bool keepMine)
{
    Store* store = m_session->store();
    const int row = selectedConflictRow();
    if (!store || row < 0)
        return false;
    const qint64 id = m_conflictModel->index(row, SyncConflictModel::DetectedColumn).data(IdRole).toLongLong();
    const QString what = m_conflictModel->index(row, SyncConflictModel::WhatColumn).data().toString();
    if (const QString refusal = m_conflictModel->keepMineRefusal(row); keepMine && !refusal.isEmpty()) {
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
    const int row = selectedConflictRow();
    const bool any = row >= 0;
    const QString refusal = m_conflictModel->keepMineRefusal(row);
    m_keepMine->setEnabled(any && refusal.isEmpty());
    m_keepMine->setToolTip(refusal);
    // A greyed-out button does not say why, and a tooltip is not read by everyone: the line above the table does.
    if (!refusal.isEmpty())
        m_message->showMessage(refusal, MessageBanner::Level::Warning);
    m_takeTheirs->setEnabled(any);
}

void SyncPage::showMessage(const QString& text, bool error)
{
    if (!m_message)
        return;
    m_message->showMessage(text, error ? MessageBanner::Level::Error : MessageBanner::Level::Information);
}

int SyncPage::selectedConflictRow() const
{
    if (!m_conflicts || !m_conflicts->selectionModel())
        return -1;
    const QModelIndexList rows = m_conflicts->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

} // namespace custodian
