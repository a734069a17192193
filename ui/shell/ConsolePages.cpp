#include "ui/shell/ConsolePages.h"

#include "ui/access/AccessPage.h"
#include "ui/audit/ConsoleAuditPage.h"
#include "ui/findings/FindingsPage.h"
#include "ui/reviews/ReviewsPage.h"
#include "ui/roles/RolesPage.h"
#include "ui/session/StoreSession.h"
#include "ui/settings/DetectionSettingsSection.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/ConsoleSync.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QStyle>

namespace custodian {

ConsolePages ConsolePages::addTo(MainWindow& window, StoreSession& session, const QString& actor)
{
    const auto icon = [](QStyle::StandardPixmap pixmap) { return QApplication::style()->standardIcon(pixmap); };
    ConsolePages pages;
    pages.access = new AccessPage(&session, actor);
    window.addPage(pages.access, tr("Access audit"), icon(QStyle::SP_FileDialogContentsView));
    pages.findings = new FindingsPage(&session, actor);
    window.addPage(pages.findings, tr("Findings"), icon(QStyle::SP_MessageBoxWarning));
    pages.roles = new RolesPage(&session, actor);
    window.addPage(pages.roles, tr("Roles"), icon(QStyle::SP_DirLinkIcon));
    pages.reviews = new ReviewsPage(&session, actor);
    window.addPage(pages.reviews, tr("Access reviews"), icon(QStyle::SP_DialogApplyButton));
    pages.audit = new ConsoleAuditPage(&session);
    window.addPage(pages.audit, tr("Console audit"), icon(QStyle::SP_FileDialogListView));
    pages.detectionSettings = new DetectionSettingsSection(&session, actor);
    window.settingsPage()->addSection(pages.detectionSettings);

    ReviewsPage* reviews = pages.reviews;
    QObject::connect(reviews, &ReviewsPage::badgeChanged, &window,
                     [&window, reviews](const QString& badge) { window.setPageBadge(reviews, badge); });
    // A decision revokes assignments: the roles page shows them ended.
    QObject::connect(reviews, &ReviewsPage::changesMade, pages.roles, &RolesPage::reload);
    AccessPage* access = pages.access;
    QObject::connect(pages.findings, &FindingsPage::showEvidenceRequested, &window,
                     [&window, access](qint64 findingId) {
                         access->showFindingEvidence(findingId);
                         window.setCurrentPage(window.indexOf(access));
                     });
    // The access page's "Open finding" and "Open agent" for the selected event.
    FindingsPage* findings = pages.findings;
    QObject::connect(access, &AccessPage::findingRequested, &window, [&window, findings](qint64 findingId) {
        findings->showFinding(findingId);
        window.setCurrentPage(window.indexOf(findings));
    });
    RolesPage* roles = pages.roles;
    QObject::connect(access, &AccessPage::agentRequested, &window, [&window, roles](qint64 agentId) {
        roles->showAgent(agentId);
        window.setCurrentPage(window.indexOf(roles));
    });

    // Sync with the central service while the store is unlocked (its page, settings and status-bar indicator). The
    // window owns it.
    pages.sync = new ConsoleSync(&window, &session, actor,
                                 { pages.access, pages.findings, pages.detectionSettings, pages.roles, pages.reviews });
    return pages;
}

} // namespace custodian
