// custodian: the supervisor console. Wiring only; the window and its pages live in ui/.
#include "crypto/CryptoSelfTest.h"
#include "crypto/ProcessHardening.h"
#include "ui/MainWindow.h"
#include "ui/StoreSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTranslator>

int main(int argc, char* argv[])
{
    const auto hardening = custodian::ProcessHardening::apply();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Custodian"));
    QApplication::setOrganizationName(QStringLiteral("Custodian"));
    QApplication::setApplicationVersion(QStringLiteral(CUSTODIAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.custodian.Console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.custodian.Console.png")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("custodian"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Security console for contact-center supervisors."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(QStringLiteral("store"), QApplication::translate("main", "The store to open."),
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
        storePath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                        .filePath(QStringLiteral("store.custodian"));
    if (!QFileInfo::exists(storePath)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Custodian"),
                              QApplication::translate("main",
                                                      "There is no store at %1.\n\nCreate one with:\n"
                                                      "custodian-cli init --store %1")
                                  .arg(storePath));
        return 1;
    }

    custodian::StoreSession session(storePath);
    custodian::MainWindow window(&session);
    window.show();
    return QApplication::exec();
}
