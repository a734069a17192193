// custodian: the supervisor console. Wiring only; the window, its pages and the setup wizard live in ui/.
#include "crypto/CryptoSelfTest.h"
#include "crypto/ProcessHardening.h"
#include "ui/access/AccessPage.h"
#include "ui/audit/ConsoleAuditPage.h"
#include "ui/findings/FindingsPage.h"
#include "ui/reviews/ReviewsPage.h"
#include "ui/roles/RolesPage.h"
#include "ui/session/ConsoleLanguage.h"
#include "ui/session/LatestResultRunner.h"
#include "ui/session/StoreSession.h"
#include "ui/settings/DetectionSettingsSection.h"
#include "ui/settings/SettingsPage.h"
#include "ui/setup/StoreSetupWizard.h"
#include "ui/shell/ConsoleSync.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>

#include <optional>

namespace {
// At exit, how long workers (cancelled by the lock) get to return: an interrupted query takes microseconds, a
// key derivation for an unlock still running about a second.
constexpr int ShutdownWaitMs = 5000;
} // namespace

int main(int argc, char* argv[])
{
    const auto hardening = custodian::ProcessHardening::apply();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Custodian"));
    QApplication::setOrganizationName(QStringLiteral("Custodian"));
    QApplication::setApplicationVersion(QStringLiteral(CUSTODIAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.custodian.Console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.custodian.Console.png")));

    // Before the first widget: widgets take their texts when they are built (hence "applies on restart").
    custodian::ConsoleLanguage language;
    language.install(custodian::ConsoleLanguage::locale(custodian::ConsoleLanguage::stored(QSettings())));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Security console for contact-center supervisors."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QApplication::translate("main",
                                "The store to open (default: the one opened last; without one, a setup "
                                "wizard creates or finds one)."),
        QApplication::translate("main", "PATH"));
    parser.addOption(storeOption);
    parser.process(app);

    if (auto status = custodian::CryptoSelfTest::run(); !status) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Custodian"), status.error().message());
        return 1;
    }
    if (!hardening.coreDumpsDisabled)
        qWarning("Core dumps could not be disabled; key material could end up in a dump.");

    QString storePath = parser.value(storeOption);
    if (storePath.isEmpty())
        storePath = QSettings().value(QLatin1String(custodian::MainWindow::LastStorePathKey)).toString();
    std::optional<custodian::Store> created;
    if (storePath.isEmpty() || !QFileInfo::exists(storePath)) {
        custodian::StoreSetupWizard wizard;
        if (!storePath.isEmpty())
            wizard.setMissingStorePath(storePath);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        storePath = wizard.storePath();
        created = wizard.takeCreatedStore();
    }

    custodian::StoreSession session(storePath);
    custodian::MainWindow window(&session);
    const QString actor = custodian::StoreSession::consoleActor();
    auto* accessPage = new custodian::AccessPage(&session, actor);
    window.addPage(accessPage, QApplication::translate("main", "Access audit"),
                   QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView));
    auto* findingsPage = new custodian::FindingsPage(&session, actor);
    window.addPage(findingsPage, QApplication::translate("main", "Findings"),
                   QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
    auto* rolesPage = new custodian::RolesPage(&session, actor);
    window.addPage(rolesPage, QApplication::translate("main", "Roles"),
                   QApplication::style()->standardIcon(QStyle::SP_DirLinkIcon));
    auto* reviewsPage = new custodian::ReviewsPage(&session, actor);
    window.addPage(reviewsPage, QApplication::translate("main", "Access reviews"),
                   QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton));
    QObject::connect(reviewsPage, &custodian::ReviewsPage::badgeChanged, &window,
                     [&window, reviewsPage](const QString& badge) { window.setPageBadge(reviewsPage, badge); });
    // A decision revokes assignments: the roles page shows them ended.
    QObject::connect(reviewsPage, &custodian::ReviewsPage::changesMade, rolesPage, &custodian::RolesPage::reload);
    window.addPage(new custodian::ConsoleAuditPage(&session), QApplication::translate("main", "Console audit"),
                   QApplication::style()->standardIcon(QStyle::SP_FileDialogListView));
    auto* detectionSettings = new custodian::DetectionSettingsSection(&session, actor);
    window.settingsPage()->addSection(detectionSettings);

    // Sync with the central service while the store is unlocked (its page, settings and status-bar indicator).
    // The window owns it.
    new custodian::ConsoleSync(&window, &session, actor,
                               { accessPage, findingsPage, detectionSettings, rolesPage, reviewsPage });
    QObject::connect(findingsPage, &custodian::FindingsPage::showEvidenceRequested, &window,
                     [&window, accessPage](qint64 findingId) {
                         accessPage->showFindingEvidence(findingId);
                         window.setCurrentPage(window.indexOf(accessPage));
                     });
    // Quitting: lock first (the pages drop their content and cancel their workers, nobody waits for them while the
    // window is up), then give those workers a moment to close their own connections before the process ends.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &session, [&session] {
        session.lock(custodian::StoreSession::LockReason::Shutdown);
        if (!custodian::LatestResultRunner::waitForAllWorkers(ShutdownWaitMs))
            qWarning("Background work still running at exit; its connections close with the process.");
    });
    if (created)
        session.adopt(std::move(*created));
    window.show();
    return QApplication::exec();
}
