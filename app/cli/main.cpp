// custodian-cli: the headless administration tool. Its commands live beside this file.
#include "cli/CommandLine.h"
#include "crypto/ProcessHardening.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    custodian::ProcessHardening::apply();
    std::unique_ptr<QCoreApplication> app;
    if (custodian::CommandLine::needsGuiApplication(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts for PDF exports; never a window
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("custodian-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUSTODIAN_VERSION));
    return custodian::CommandLine::run(QCoreApplication::arguments());
}
