#include "ui/shell/ConsoleSync.h"

#include "sync/SyncService.h"
#include "ui/access/AccessPage.h"
#include "ui/findings/FindingsPage.h"
#include "ui/reviews/ReviewsPage.h"
#include "ui/roles/RolesPage.h"
#include "ui/session/StoreSession.h"
#include "ui/settings/DetectionSettingsSection.h"
#include "ui/settings/SettingsPage.h"
#include "ui/settings/TrainingReminderSettingsSection.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/SyncPage.h"
#include "ui/sync/SyncSettingsSection.h"
#include "ui/sync/SyncStatusIndicator.h"
#include "ui/training/TrainingPage.h"

#include <QApplication>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

namespace custodian {

ConsoleSync::ConsoleSync(MainWindow* window, StoreSession* session, const QString& actor, Pages pages)
    : QObject(window)
    , m_service(new SyncService(this))
    , m_page(new SyncPage(session, m_service, actor))
    , m_settings(new SyncSettingsSection(session, actor))
    , m_indicator(new SyncStatusIndicator(window))
    , m_statisticsDue(new QTimer(this))
{
    window->addPage(m_page, tr("Sync"), QApplication::style()->standardIcon(QStyle::SP_BrowserReload));
    window->settingsPage()->addSection(m_settings);
    m_indicator->hide();
    window->statusBar()->addPermanentWidget(m_indicator);

    connect(m_service, &SyncService::statusChanged, m_indicator, &SyncStatusIndicator::setStatus);
    connect(m_indicator, &QToolButton::clicked, window,
            [window, this] { window->setCurrentPage(window->indexOf(m_page)); });
    connect(m_page, &SyncPage::settingsRequested, window,
            [window] { window->setCurrentPage(window->indexOf(window->settingsPage())); });

    auto start = [this, session] {
        if (auto started = m_service->start(*session->store()); !started) {
            SyncStatus failed;
            failed.state = SyncStatus::State::Failed;
            failed.message = tr("Sync cannot start: %1").arg(started.error().message());
            m_indicator->setStatus(failed);
        }
        m_indicator->show();
    };
    connect(session, &StoreSession::unlocked, this, start);
    // Before the keys are wiped: the worker's connection closes first.
    connect(session, &StoreSession::aboutToLock, this, [this] {
        m_service->stop();
        m_indicator->hide();
        m_indicator->setStatus({});
        m_statisticsDue->stop();
    });
    if (session->isUnlocked())
        start();

    connect(m_settings, &SyncSettingsSection::saved, m_service, &SyncService::settingsChanged);
    connect(m_page, &SyncPage::conflictResolved, m_service, &SyncService::localChangesMade);
    if (pages.findings)
        connect(pages.findings, &FindingsPage::decisionRecorded, m_service, &SyncService::localChangesMade);
    if (pages.roles)
        connect(pages.roles, &RolesPage::changesMade, m_service, &SyncService::localChangesMade);
    if (pages.reviews)
        connect(pages.reviews, &ReviewsPage::changesMade, m_service, &SyncService::localChangesMade);
    if (pages.detectionSettings)
        connect(pages.detectionSettings, &DetectionSettingsSection::applied, m_service, [this](int changed) {
            if (changed > 0)
                m_service->localChangesMade();
        });
    // What sync committed appears on the pages that show it; the store's counts (status bar, Store → Properties),
    // which cost a scan, at most every few seconds however often a large pull commits.
    m_statisticsDue->setSingleShot(true);
    m_statisticsDue->setInterval(3000);
    connect(m_statisticsDue, &QTimer::timeout, session, &StoreSession::refreshStatistics);
    // The organisation's thresholds and this supervisor's role (told by every session) as the last run left them.
    if (pages.detectionSettings)
        connect(m_service, &SyncService::runFinished, pages.detectionSettings, &DetectionSettingsSection::refresh);
    if (pages.trainingReminderSettings) {
        connect(pages.trainingReminderSettings, &TrainingReminderSettingsSection::applied, m_service,
                [this](int changed) {
                    if (changed > 0)
                        m_service->localChangesMade();
                });
        connect(m_service, &SyncService::runFinished, pages.trainingReminderSettings,
                &TrainingReminderSettingsSection::refresh);
    }
    connect(m_service, &SyncService::streamsCommitted, this, [this, pages](const QStringList& streams) {
        if (!m_statisticsDue->isActive())
            m_statisticsDue->start();
        const bool events = streams.contains(QLatin1String("access_events"));
        if (events && pages.access)
            pages.access->eventsArrived();
        if (pages.access
            && (streams.contains(QLatin1String("organisation")) || streams.contains(QLatin1String("agents"))))
            pages.access->reloadChoices();
        if ((events || streams.contains(QLatin1String("finding_status"))) && pages.findings)
            pages.findings->refresh();
        if (pages.roles && streams.contains(QLatin1String("agents")))
            pages.roles->reloadAgentChoices();
        if (pages.roles && (streams.contains(QLatin1String("assignments")) || streams.contains(QLatin1String("roles"))))
            pages.roles->reload();
        if (pages.reviews
            && (streams.contains(QLatin1String("reviews")) || streams.contains(QLatin1String("assignments"))))
            pages.reviews->reload();
        // Training standing depends on the records, who is in which team, and who holds which role.
        if (pages.training
            && (streams.contains(QLatin1String("training")) || streams.contains(QLatin1String("agents"))
                || streams.contains(QLatin1String("organisation")) || streams.contains(QLatin1String("assignments"))
                || streams.contains(QLatin1String("roles"))))
            pages.training->refresh();
        else if (pages.training && streams.contains(QLatin1String("training_reminders")))
            pages.training->refreshReminders(); // another console's reminders: the overdue list's columns only
    });
}

ConsoleSync::~ConsoleSync()
{
    m_service->stop();
}

} // namespace custodian
