// custodian: the supervisor console. Wiring only; the window, its pages and the setup wizard live in ui/.
#include "crypto/CryptoSelfTest.h"
#include "crypto/ProcessHardening.h"
#include "ui/session/ConsoleLanguage.h"
#include "ui/session/LatestResultRunner.h"
#include "ui/session/StoreSession.h"
#include "ui/settings/SettingsPage.h"
#include "ui/setup/StoreSetupWizard.h"
#include "ui/shell/ConsolePages.h"
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
    // The pages, in navigation order, wired to each other and to sync (ui/shell/ConsolePages).
    auto pages = custodian::ConsolePages::addTo(window, session, custodian::StoreSession::consoleActor());
    // Findings of lapsed training, swept at unlock, after syncs and every 15 minutes (docs/training.md).
    custodian::ConsolePages::addTrainingSweep(window, session, pages);
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
