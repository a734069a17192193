#include "cli/CommandLine.h"

#include "cli/ConsoleOutput.h"
#include "cli/StoreCommands.h"
#include "crypto/CryptoSelfTest.h"

#include <QCoreApplication>

namespace custodian {

QString CommandLine::usage()
{
    QString text = QCoreApplication::translate("CommandLine",
                                               "Usage: custodian-cli COMMAND [options]\n\n"
                                               "Administration of a Custodian store. Commands:\n");
    for (const auto& command : StoreCommands::all())
        text += QStringLiteral("  %1%2\n").arg(command.name, -12).arg(command.summary);
    text += QCoreApplication::translate(
        "CommandLine",
        "\nRun `custodian-cli COMMAND --help` for a command's options.\n"
        "The passphrase comes from --passphrase-file FILE, else the CUSTODIAN_PASSPHRASE "
        "environment variable, else a prompt.");
    return text;
}

bool CommandLine::needsGuiApplication(int argc, char** argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "export") == 0)
        return true;
    // `review export`, `training export`, `incident report`, `incident breach-register`: a PDF needs fonts too.
    if (argc >= 2 && (qstrcmp(argv[1], "review") == 0 || qstrcmp(argv[1], "training") == 0)) {
        for (int i = 2; i < argc; ++i)
            if (qstrcmp(argv[i], "export") == 0)
                return true;
    }
    if (argc >= 2 && qstrcmp(argv[1], "incident") == 0) {
        for (int i = 2; i < argc; ++i)
            if (qstrcmp(argv[i], "report") == 0 || qstrcmp(argv[i], "breach-register") == 0)
                return true;
    }
    return false;
}

int CommandLine::run(const QStringList& arguments)
{
    if (arguments.size() < 2 || arguments[1] == QLatin1String("--help") || arguments[1] == QLatin1String("-h")
        || arguments[1] == QLatin1String("help")) {
        ConsoleOutput::out(usage());
        return arguments.size() < 2 ? 2 : 0;
    }
    if (arguments[1] == QLatin1String("--version")) {
        ConsoleOutput::out(QCoreApplication::applicationName() + QLatin1Char(' ')
                           + QCoreApplication::applicationVersion());
        return 0;
    }
    if (auto status = CryptoSelfTest::run(); !status) {
        ConsoleOutput::err(status.error().message());
        return 1;
    }
    for (const auto& command : StoreCommands::all()) {
        if (command.name == arguments[1])
            return command.run(arguments.mid(1));
    }
    ConsoleOutput::err(QCoreApplication::translate("CommandLine", "Unknown command '%1'.\n\n").arg(arguments[1])
                       + usage());
    return 2;
}

} // namespace custodian
