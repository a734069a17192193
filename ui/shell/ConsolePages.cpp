#include "ui/shell/ConsolePages.h"

#include "sync/SyncService.h"
#include "ui/access/AccessPage.h"
#include "ui/audit/ConsoleAuditPage.h"
#include "ui/findings/FindingsPage.h"
#include "ui/findings/TrainingSweepScheduler.h"
#include "ui/incidents/BreachClockIndicator.h"
#include "ui/incidents/IncidentsPage.h"
#include "ui/reviews/ReviewsPage.h"
#include "ui/roles/RolesPage.h"
#include "ui/session/StoreSession.h"
#include "ui/settings/DetectionSettingsSection.h"
#include "ui/settings/EvidenceSettingsSection.h"
#include "ui/settings/SettingsPage.h"
#include "ui/settings/TrainingReminderSettingsSection.h"
#include "ui/shell/ConsoleSync.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/SyncPage.h"
#include "ui/today/TodayPage.h"
#include "ui/training/TrainingPage.h"

#include <QApplication>
#include <QStatusBar>
#include <QStyle>

namespace custodian {

ConsolePages ConsolePages::addTo(MainWindow& window, StoreSession& session, const QString& actor)
{
    const auto icon = [](QStyle::StandardPixmap pixmap) { return QApplication::style()->standardIcon(pixmap); };
    ConsolePages pages;
    // Today first: the page after unlock, Ctrl+1.
    pages.today = new TodayPage(&session);
    window.addPage(pages.today, tr("Today"), icon(QStyle::SP_FileDialogInfoView));
    pages.access = new AccessPage(&session, actor);
    window.addPage(pages.access, tr("Access audit"), icon(QStyle::SP_FileDialogContentsView));
    pages.findings = new FindingsPage(&session, actor);
    window.addPage(pages.findings, tr("Findings"), icon(QStyle::SP_MessageBoxWarning));
    pages.roles = new RolesPage(&session, actor);
    window.addPage(pages.roles, tr("Roles"), icon(QStyle::SP_DirLinkIcon));
    pages.reviews = new ReviewsPage(&session, actor);
    window.addPage(pages.reviews, tr("Access reviews"), icon(QStyle::SP_DialogApplyButton));
    pages.training = new TrainingPage(&session, actor);
    window.addPage(pages.training, tr("Training"), icon(QStyle::SP_FileDialogDetailedView));
    pages.incidents = new IncidentsPage(&session, actor);
    window.addPage(pages.incidents, tr("Incidents"), icon(QStyle::SP_MessageBoxCritical));
    pages.audit = new ConsoleAuditPage(&session);
    window.addPage(pages.audit, tr("Console audit"), icon(QStyle::SP_FileDialogListView));
    pages.detectionSettings = new DetectionSettingsSection(&session, actor);
    window.settingsPage()->addSection(pages.detectionSettings);
    pages.trainingReminderSettings = new TrainingReminderSettingsSection(&session, actor);
    window.settingsPage()->addSection(pages.trainingReminderSettings);
    window.settingsPage()->addSection(new EvidenceSettingsSection(&session, actor));

    ReviewsPage* reviews = pages.reviews;
    QObject::connect(reviews, &ReviewsPage::badgeChanged, &window,
                     [&window, reviews](const QString& badge) { window.setPageBadge(reviews, badge); });
    // A decision revokes assignments: the roles page shows them ended.
    QObject::connect(reviews, &ReviewsPage::changesMade, pages.roles, &RolesPage::reload);
    AccessPage* access = pages.access;
    QObject::connect(pages.findings, &FindingsPage::showEvidenceRequested, &window,
                     [&window, access](qint64 findingId) {
                         window.setCurrentPage(window.indexOf(access));
                         access->showFindingEvidence(findingId);
                     });
    // An incident's "Show events": the events linked to it, as a finding's evidence is shown.
    QObject::connect(pages.incidents, &IncidentsPage::showEventsRequested, &window,
                     [&window, access](qint64 incidentId) {
                         window.setCurrentPage(window.indexOf(access));
                         access->showIncidentEvents(incidentId);
                     });
    // An incident opened or added to from the access page's selection or the findings page: shown at once.
    IncidentsPage* incidentsPage = pages.incidents;
    const auto openIncident = [&window, incidentsPage](qint64 incidentId) {
        window.setCurrentPage(window.indexOf(incidentsPage));
        incidentsPage->showIncident(incidentId);
    };
    QObject::connect(access, &AccessPage::incidentRequested, &window, openIncident);
    QObject::connect(pages.findings, &FindingsPage::incidentRequested, &window, openIncident);
    // The access page's "Open finding" and "Open agent" for the selected event.
    FindingsPage* findings = pages.findings;
    QObject::connect(access, &AccessPage::findingRequested, &window, [&window, findings](qint64 findingId) {
        window.setCurrentPage(window.indexOf(findings));
        findings->showFinding(findingId);
    });
    RolesPage* roles = pages.roles;
    QObject::connect(access, &AccessPage::agentRequested, &window, [&window, roles](qint64 agentId) {
        window.setCurrentPage(window.indexOf(roles));
        roles->showAgent(agentId);
    });

    // Sync with the central service while the store is unlocked (its page, settings and status-bar indicator). The
    // window owns it.
    pages.sync = new ConsoleSync(&window, &session, actor,
                                 { pages.access, pages.findings, pages.detectionSettings, pages.roles, pages.reviews,
                                   pages.training, pages.trainingReminderSettings });

    // A finding's Suspend role / Restore role changes assignments: the roles page shows them.
    QObject::connect(findings, &FindingsPage::assignmentsChanged, pages.roles, &RolesPage::reload);

    // Each of Today's numbers opens the page that lists what it counts, filtered to exactly that.
    TodayPage* today = pages.today;
    SyncPage* syncPage = pages.sync->page();
    // Shown first, then filtered: a page still waiting to build its content (SessionPage) builds it when shown.
    const auto show = [&window](QWidget* page) { window.setCurrentPage(window.indexOf(page)); };
    QObject::connect(today, &TodayPage::newFindingsRequested, &window, [show, findings](qint64 since) {
        FindingRepository::Filter filter;
        filter.detectedAfter = since;
        show(findings);
        findings->showFindings(filter);
    });
    const auto showCritical = [show, findings] {
        FindingRepository::Filter filter;
        filter.statuses = { FindingStatus::Open, FindingStatus::Acknowledged };
        filter.minimumSeverity = Severity::Critical;
        show(findings);
        findings->showFindings(filter);
    };
    QObject::connect(today, &TodayPage::criticalFindingsRequested, &window, showCritical);
    QObject::connect(today, &TodayPage::findingRequested, &window, [showCritical, findings](qint64 id) {
        showCritical();
        findings->selectFinding(id);
    });
    QObject::connect(today, &TodayPage::approvalsRequested, &window, [show, roles] {
        show(roles);
        roles->showApprovals(true);
    });
    QObject::connect(today, &TodayPage::approvalRequested, &window, [show, roles](qint64 id) {
        show(roles);
        roles->showApprovals(true, id);
    });
    QObject::connect(today, &TodayPage::dueReviewsRequested, &window, [show, reviews] {
        show(reviews);
        reviews->showDueReviews(true);
    });
    QObject::connect(today, &TodayPage::reviewRequested, &window, [show, reviews](qint64 id) {
        show(reviews);
        reviews->showDueReviews(true);
        reviews->showCampaign(id);
    });
    QObject::connect(today, &TodayPage::syncRequested, &window, [show, syncPage] { show(syncPage); });
    QObject::connect(today, &TodayPage::accessRequested, &window, [show, access] { show(access); });
    TrainingPage* training = pages.training;
    QObject::connect(today, &TodayPage::trainingMatrixRequested, &window, [show, training] {
        show(training);
        training->showMatrix();
    });
    QObject::connect(today, &TodayPage::trainingOverdueRequested, &window, [show, training] {
        show(training);
        training->showOverdue();
    });
    QObject::connect(today, &TodayPage::trainingExpiringRequested, &window, [show, training](int withinDays) {
        show(training);
        training->showExpiring(withinDays);
    });
    // What a sync brought or pushed changes the counts.
    QObject::connect(pages.sync->service(), &SyncService::runFinished, today, &TodayPage::refresh);
    // The GDPR clock under 24 h; a click opens its incident.
    pages.breachClock = new BreachClockIndicator(&session, &window);
    window.statusBar()->addPermanentWidget(pages.breachClock);
    QObject::connect(pages.sync->service(), &SyncService::runFinished, pages.breachClock,
                     &BreachClockIndicator::refresh);
    QObject::connect(pages.breachClock, &BreachClockIndicator::incidentRequested, &window, openIncident);
    // Today's incident numbers open the Incidents page filtered to exactly what each counts.
    QObject::connect(today, &TodayPage::incidentsRequested, &window,
                     [show, incidentsPage](TodayPage::IncidentTile tile) {
                         IncidentFilter filter;
                         filter.status = IncidentFilter::Status::Open;
                         if (tile == TodayPage::IncidentTile::SlaBreached)
                             filter.sla = IncidentFilter::Sla::Breached;
                         if (tile == TodayPage::IncidentTile::GdprClockRunning) {
                             // Closing an incident does not end the duty to notify: closed ones count too.
                             filter.status = IncidentFilter::Status::All;
                             filter.gdprClockRunning = true;
                         }
                         show(incidentsPage);
                         incidentsPage->showIncidents(filter);
                     });
    // A change on the Incidents page moves Today's numbers and the status bar's clock.
    BreachClockIndicator* breachClock = pages.breachClock;
    QObject::connect(incidentsPage, &IncidentsPage::incidentChanged, &window, [today, breachClock] {
        today->refresh();
        breachClock->refresh();
    });
    // A pull of the incidents stream replaces incidents and their timelines: the page reads them again.
    QObject::connect(pages.sync->service(), &SyncService::streamsCommitted, incidentsPage,
                     [incidentsPage](const QStringList& streams) {
                         if (streams.contains(QLatin1String("incidents")))
                             incidentsPage->refresh();
                         // Not a stream: the engine says so when an evidence upload moved on (queued, n of m,
                         // verified).
                         if (streams.contains(QLatin1String("evidence")))
                             incidentsPage->refreshEvidence();
                     });
    // The training numbers read every record: only when a sync brought what they depend on.
    QObject::connect(pages.sync->service(), &SyncService::streamsCommitted, today, [today](const QStringList& streams) {
        for (const char* stream : { "training", "agents", "organisation", "assignments", "roles" }) {
            if (streams.contains(QLatin1String(stream))) {
                today->refreshTraining();
                return;
            }
        }
    });
    return pages;
}

TrainingSweepScheduler* ConsolePages::addTrainingSweep(MainWindow& window, StoreSession& session, ConsolePages& pages)
{
    pages.trainingSweep = new TrainingSweepScheduler(&session, &window);
    QObject::connect(pages.sync->service(), &SyncService::streamsCommitted, pages.trainingSweep,
                     &TrainingSweepScheduler::streamsCommitted);
    FindingsPage* findings = pages.findings;
    QObject::connect(pages.trainingSweep, &TrainingSweepScheduler::swept, findings,
                     [findings](int raised, int completed) {
                         if (raised + completed > 0)
                             findings->refresh();
                     });
    return pages.trainingSweep;
}

} // namespace custodian
