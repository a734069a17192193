// custodian-central: the reference central service. Its server and commands live beside this file.
#include "central/CentralCommandLine.h"
#include "crypto/ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    custodian::ProcessHardening::apply();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("custodian-central"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUSTODIAN_VERSION));
    return custodian::CentralCommandLine::run(QCoreApplication::arguments());
}
