#include "ui/MainWindow.h"

#include "ui/InactivityTimer.h"
#include "ui/OverviewPage.h"
#include "ui/StoreSession.h"
#include "ui/UnlockPage.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>

namespace custodian {

MainWindow::MainWindow(StoreSession* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_pages(new QStackedWidget(this))
    , m_unlockPage(new UnlockPage(session, this))
    , m_overviewPage(new OverviewPage(this))
    , m_lockState(new QLabel(this))
    , m_storeSize(new QLabel(this))
    , m_lockAction(new QAction(tr("&Lock"), this))
    , m_inactivity(new InactivityTimer(this))
{
    const int minutes = std::clamp(QSettings().value(QStringLiteral("security/autoLockMinutes"), 5).toInt(), 1, 240);
    m_inactivity->setInterval(minutes * 60 * 1000);
    connect(m_inactivity, &InactivityTimer::inactive, session,
            [session]() { session->lock(StoreSession::LockReason::Idle); });
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Custodian — %1").arg(QFileInfo(session->storePath()).fileName()));
    m_pages->addWidget(m_unlockPage);
    m_pages->addWidget(m_overviewPage);
    setCentralWidget(m_pages);

    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    auto* refresh = new QAction(tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    QMenu* storeMenu = menuBar()->addMenu(tr("&Store"));
    storeMenu->addAction(refresh);
    storeMenu->addAction(m_lockAction);
    storeMenu->addSeparator();
    storeMenu->addAction(quit);

    m_lockState->setObjectName(QStringLiteral("lockState"));
    m_storeSize->setObjectName(QStringLiteral("storeSize"));
    statusBar()->addWidget(m_lockState);
    statusBar()->addPermanentWidget(m_storeSize);

    connect(m_lockAction, &QAction::triggered, session, [session]() { session->lock(); });
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(refresh, &QAction::triggered, this, [this]() {
        if (m_session->isUnlocked()) {
            m_overviewPage->showLoading();
            m_session->refreshStatistics();
        }
    });
    connect(session, &StoreSession::unlocked, this, &MainWindow::showUnlocked);
    connect(session, &StoreSession::locked, this, &MainWindow::showLocked);
    connect(session, &StoreSession::statisticsReady, this, [this](const StoreStats::Snapshot& snapshot) {
        m_overviewPage->showSnapshot(snapshot);
        m_storeSize->setText(
            tr("Store size: %1").arg(QLocale().formattedDataSize(snapshot.storeBytes + snapshot.walBytes)));
    });
    connect(session, &StoreSession::statisticsFailed, m_overviewPage, &OverviewPage::showError);
    showLocked();
    resize(900, 620);
}

void MainWindow::setAutoLockInterval(int milliseconds)
{
    m_inactivity->setInterval(milliseconds);
}

int MainWindow::autoLockInterval() const
{
    return m_inactivity->interval();
}

void MainWindow::showLocked()
{
    // Everything the store showed goes away with the keys.
    m_overviewPage->clear();
    m_pages->setCurrentWidget(m_unlockPage);
    m_unlockPage->prepareForInput();
    m_inactivity->deactivate();
    m_lockState->setText(tr("Locked"));
    m_storeSize->setText(
        tr("Store size: %1").arg(QLocale().formattedDataSize(QFileInfo(m_session->storePath()).size())));
    m_lockAction->setEnabled(false);
}

void MainWindow::showUnlocked()
{
    m_overviewPage->showLoading();
    m_pages->setCurrentWidget(m_overviewPage);
    m_inactivity->activate();
    m_lockState->setText(tr("Unlocked — locks after %1 min without activity; Ctrl+L locks now")
                             .arg(std::max(1, m_inactivity->interval() / 60000)));
    m_lockAction->setEnabled(true);
}

} // namespace custodian
