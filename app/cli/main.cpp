// custodian-cli: the headless administration tool. All commands live in models/admin.
#include "admin/CommandLine.h"
#include "crypto/ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    custodian::ProcessHardening::apply();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("custodian-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUSTODIAN_VERSION));
    return custodian::CommandLine::run(QCoreApplication::arguments());
}
