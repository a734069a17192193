#include "ui/shell/MainWindow.h"

#include "ui/session/InactivityTimer.h"
#include "ui/session/StoreSession.h"
#include "ui/settings/SettingsPage.h"
#include "ui/setup/StoreSetupWizard.h"
#include "ui/setup/UnlockPage.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/StorePropertiesDialog.h"
#include "ui/widgets/ItemViews.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace custodian {

namespace {
QString withoutMnemonic(QString text)
{
    // "&Lock" → "Lock", "Rock && roll" → "Rock & roll"
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString shortcutText(const QList<QKeySequence>& shortcuts)
{
    QStringList texts;
    for (const QKeySequence& sequence : shortcuts)
        texts << sequence.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(", "));
}
} // namespace

MainWindow::MainWindow(StoreSession* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_unlockPage(new UnlockPage(session, this))
    , m_settingsPage(new SettingsPage(this))
    , m_lockState(new QLabel(this))
    , m_storeSize(new QLabel(this))
    , m_lockAction(new QAction(tr("&Lock"), this))
    , m_refreshAction(new QAction(tr("&Refresh"), this))
    , m_openAnotherAction(new QAction(tr("&Open Another Store…"), this))
    , m_propertiesAction(new QAction(tr("&Properties…"), this))
    , m_goMenu(nullptr)
    , m_inactivity(new InactivityTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_inactivity->setInterval(SettingsPage::autoLockMinutes() * 60 * 1000);
    connect(m_inactivity, &InactivityTimer::inactive, session,
            [session]() { session->lock(StoreSession::LockReason::Idle); });

    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFixedWidth(190);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    // The window colour rather than the base one, through a palette role so that it follows a dark palette. No style
    // sheet: a widget with one keeps the palette it was polished with, so a switch to a dark palette left the
    // navigation light. Its margins and the items' size hints give the spacing instead.
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    m_navigation->setContentsMargins(4, 8, 0, 0);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    m_pages->addWidget(m_unlockPage);
    auto* central = new QWidget(this);
    auto* centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_navigation);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_openAnotherAction->setObjectName(QStringLiteral("openAnotherStoreAction"));
    m_propertiesAction->setObjectName(QStringLiteral("storePropertiesAction"));
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::ApplicationShortcut);
    auto* shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcuts({ QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Question) });
    shortcuts->setShortcutContext(Qt::ApplicationShortcut);

    QMenu* storeMenu = menuBar()->addMenu(tr("&Store"));
    storeMenu->addAction(m_refreshAction);
    storeMenu->addAction(m_propertiesAction);
    storeMenu->addAction(m_openAnotherAction);
    storeMenu->addAction(m_lockAction);
    storeMenu->addSeparator();
    storeMenu->addAction(quit);
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(shortcuts);

    m_lockState->setObjectName(QStringLiteral("lockState"));
    m_storeSize->setObjectName(QStringLiteral("storeSize"));
    statusBar()->addWidget(m_lockState);
    statusBar()->addPermanentWidget(m_storeSize);

    connect(m_lockAction, &QAction::triggered, session, [session]() { session->lock(); });
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_openAnotherAction, &QAction::triggered, this, &MainWindow::openAnotherStore);
    connect(m_unlockPage, &UnlockPage::openAnotherStoreRequested, this, &MainWindow::openAnotherStore);
    connect(m_propertiesAction, &QAction::triggered, this, &MainWindow::showStoreProperties);
    connect(m_refreshAction, &QAction::triggered, this, [this]() {
        if (m_session->isUnlocked()) {
            if (m_propertiesDialog)
                m_propertiesDialog->showLoading();
            m_session->refreshStatistics();
        }
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_session->isUnlocked() || row < 0 || row >= pageCount())
            return;
        m_lastPage = m_pageList.at(row).widget;
        m_pages->setCurrentWidget(m_lastPage);
        Q_EMIT currentPageChanged(row);
    });
    connect(m_settingsPage, &SettingsPage::autoLockMinutesChanged, this,
            [this](int minutes) { setAutoLockInterval(minutes * 60 * 1000); });
    connect(session, &StoreSession::unlocked, this, &MainWindow::showUnlocked);
    connect(session, &StoreSession::locked, this, &MainWindow::showLocked);
    connect(session, &StoreSession::statisticsReady, this, [this](const StoreStats::Snapshot& snapshot) {
        m_statistics = snapshot;
        if (m_propertiesDialog)
            m_propertiesDialog->showSnapshot(snapshot);
        m_storeSize->setText(
            tr("Store size: %1").arg(QLocale().formattedDataSize(snapshot.storeBytes + snapshot.walBytes)));
    });
    connect(session, &StoreSession::statisticsFailed, this, [this](const QString& message) {
        if (m_propertiesDialog)
            m_propertiesDialog->showError(message);
    });

    insertPage(0, m_settingsPage, tr("Settings"), style()->standardIcon(QStyle::SP_FileDialogDetailedView), {});
    showLocked();
    resize(1100, 720);
}

int MainWindow::addPage(QWidget* page, const QString& title, const QIcon& icon, const QKeySequence& shortcut)
{
    // Settings stays at the end of the list, where people look for it.
    return insertPage(indexOf(m_settingsPage), page, title, icon, shortcut);
}

int MainWindow::insertPage(int index, QWidget* page, const QString& title, const QIcon& icon,
                           const QKeySequence& shortcut)
{
    index = std::clamp(index, 0, pageCount());
    m_pages->insertWidget(index + 1, page); // the unlock page is first in the stack
    auto* item = new QListWidgetItem(icon, title);
    item->setSizeHint(QSize(0, 34));
    m_navigation->insertItem(index, item);

    auto* action = new QAction(icon, title, this);
    action->setObjectName(QStringLiteral("goToPageAction"));
    action->setEnabled(m_session->isUnlocked());
    connect(action, &QAction::triggered, this, [this, page]() { setCurrentPage(indexOf(page)); });
    QAction* before = index < pageCount() ? m_pageList.at(index).action : nullptr;
    m_goMenu->insertAction(before, action);
    addAction(action); // its shortcut works whether or not the menu bar is visible
    m_pageList.insert(index, Page { page, title, action, shortcut });
    updatePageShortcuts();
    return index;
}

void MainWindow::updatePageShortcuts()
{
    for (int i = 0; i < pageCount(); ++i) {
        Page& entry = m_pageList[i];
        QList<QKeySequence> keys;
        if (i < 9)
            keys << QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i));
        if (!entry.extraShortcut.isEmpty() && !keys.contains(entry.extraShortcut))
            keys << entry.extraShortcut;
        entry.action->setShortcuts(keys);
        QListWidgetItem* item = m_navigation->item(i);
        item->setToolTip(keys.isEmpty() ? entry.title : tr("%1 (%2)").arg(entry.title, shortcutText(keys)));
    }
}

QWidget* MainWindow::page(int index) const
{
    return index >= 0 && index < pageCount() ? m_pageList.at(index).widget : nullptr;
}

void MainWindow::setPageBadge(QWidget* page, const QString& badge)
{
    const int index = indexOf(page);
    if (index < 0)
        return;
    const QString title = m_pageList.at(index).title;
    QListWidgetItem* item = m_navigation->item(index);
    item->setText(badge.isEmpty() ? title : tr("%1 · %2").arg(title, badge));
    QFont font = item->font();
    font.setBold(!badge.isEmpty());
    item->setFont(font);
}

int MainWindow::indexOf(const QWidget* page) const
{
    for (int i = 0; i < pageCount(); ++i) {
        if (m_pageList.at(i).widget == page)
            return i;
    }
    return -1;
}

int MainWindow::currentPage() const
{
    return m_session->isUnlocked() ? indexOf(m_pages->currentWidget()) : -1;
}

void MainWindow::setCurrentPage(int index)
{
    if (!m_session->isUnlocked() || index < 0 || index >= pageCount())
        return;
    m_navigation->setCurrentRow(index);
}

void MainWindow::setAutoLockInterval(int milliseconds)
{
    m_inactivity->setInterval(milliseconds);
    updateLockState();
}

int MainWindow::autoLockInterval() const
{
    return m_inactivity->interval();
}

void MainWindow::showLocked()
{
    // Pages drop what they show first; the keys and connections are already gone (StoreSession::locked).
    Q_EMIT locked();
    m_navigation->hide();
    m_pages->setCurrentWidget(m_unlockPage);
    m_unlockPage->prepareForInput();
    m_inactivity->deactivate();
    for (const Page& entry : std::as_const(m_pageList))
        entry.action->setEnabled(false);
    m_lockAction->setEnabled(false);
    m_refreshAction->setEnabled(false);
    m_openAnotherAction->setEnabled(true);
    m_propertiesAction->setEnabled(false);
    // The counts describe the store's content: they go with the keys.
    m_statistics.reset();
    if (m_propertiesDialog)
        m_propertiesDialog->close();
    setWindowTitle(tr("Custodian — %1").arg(QFileInfo(m_session->storePath()).fileName()));
    updateLockState();
    m_storeSize->setText(
        tr("Store size: %1").arg(QLocale().formattedDataSize(QFileInfo(m_session->storePath()).size())));
}

void MainWindow::showUnlocked()
{
    QSettings().setValue(QLatin1String(LastStorePathKey), QFileInfo(m_session->storePath()).absoluteFilePath());
    setWindowTitle(tr("Custodian — %1").arg(QFileInfo(m_session->storePath()).fileName()));
    for (const Page& entry : std::as_const(m_pageList))
        entry.action->setEnabled(true);
    m_lockAction->setEnabled(true);
    m_refreshAction->setEnabled(true);
    m_openAnotherAction->setEnabled(false);
    m_propertiesAction->setEnabled(true);
    const int target = std::max(0, indexOf(m_lastPage));
    m_navigation->show();
    m_navigation->setCurrentRow(target);
    m_pages->setCurrentWidget(m_pageList.at(target).widget);
    m_inactivity->activate();
    updateLockState();
    Q_EMIT unlocked();
}

void MainWindow::updateLockState()
{
    if (m_session->isUnlocked()) {
        m_lockState->setText(tr("Unlocked — locks after %n min without activity; Ctrl+L locks now", nullptr,
                                std::max(1, m_inactivity->interval() / 60000)));
    } else {
        m_lockState->setText(tr("Locked"));
    }
}

void MainWindow::openAnotherStore()
{
    if (m_session->isUnlocked() || m_session->isBusy())
        return;
    StoreSetupWizard wizard(StoreSetupWizard::Start::OpenExisting, Scrypt::defaults(), this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    std::optional<Store> created = wizard.takeCreatedStore();
    if (created) {
        m_lastPage = nullptr;
        m_session->adopt(std::move(*created));
    } else if (m_session->setStorePath(wizard.storePath())) {
        m_lastPage = nullptr;
        showLocked();
    }
}

QString MainWindow::pageTitleOwning(const QObject* object) const
{
    for (const QObject* o = object; o; o = o->parent()) {
        for (const Page& entry : m_pageList) {
            if (entry.widget == o)
                return entry.title;
        }
    }
    return tr("Everywhere");
}

void MainWindow::showStoreProperties()
{
    if (!m_session->isUnlocked())
        return;
    if (!m_propertiesDialog) {
        m_propertiesDialog = new StorePropertiesDialog(this);
        m_propertiesDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (m_statistics)
        m_propertiesDialog->showSnapshot(*m_statistics);
    else
        m_propertiesDialog->showLoading();
    // Counted again on a worker: the rows change while the console runs (ingest, sync).
    m_session->refreshStatistics();
    m_propertiesDialog->show();
    m_propertiesDialog->raise();
    m_propertiesDialog->activateWindow();
}

void MainWindow::showShortcuts()
{
    if (!m_shortcutsDialog) {
        m_shortcutsDialog = new ShortcutsDialog(this);
        m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    // Collected now, so pages plugged in later and their own actions are listed too.
    std::vector<ShortcutModel::Shortcut> rows;
    const auto actions = findChildren<QAction*>();
    for (const QAction* action : actions) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        const QString what = action->objectName() == QLatin1String("goToPageAction")
            ? tr("Go to %1").arg(withoutMnemonic(action->text()))
            : withoutMnemonic(action->text());
        rows.push_back({ what, shortcutText(action->shortcuts()), pageTitleOwning(action) });
    }
    // Page shortcuts made with QShortcut are listed when they say what they do (whatsThis).
    const auto keyShortcuts = findChildren<QShortcut*>();
    for (const QShortcut* shortcut : keyShortcuts) {
        if (shortcut->key().isEmpty() || shortcut->whatsThis().isEmpty())
            continue;
        rows.push_back({ shortcut->whatsThis(), shortcutText(shortcut->keys()), pageTitleOwning(shortcut) });
    }
    // The window's own first, then per page; within each, in the order the shortcuts were created.
    std::stable_sort(
        rows.begin(), rows.end(),
        [everywhere = tr("Everywhere")](const ShortcutModel::Shortcut& a, const ShortcutModel::Shortcut& b) {
            return (a.where != everywhere) < (b.where != everywhere);
        });
    m_shortcutsDialog->setShortcuts(std::move(rows));
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

} // namespace custodian
