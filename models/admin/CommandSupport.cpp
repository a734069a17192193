#include "admin/CommandSupport.h"

#include "admin/ConsoleOutput.h"
#include "admin/SecretInput.h"
#include "domain/LocalUser.h"

#include <QCoreApplication>

namespace custodian::CommandSupport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("StoreCommands", text);
}
} // namespace

QString actor()
{
    const QString user = localUserName();
    return QStringLiteral("cli:") + user;
}

const QCommandLineOption& storeOption()
{
    static const QCommandLineOption option(QStringLiteral("store"), tr("The store file."), tr("PATH"));
    return option;
}

const QCommandLineOption& passphraseFileOption()
{
    static const QCommandLineOption option(
        QStringLiteral("passphrase-file"),
        tr("Read the passphrase from FILE (else CUSTODIAN_PASSPHRASE, else a prompt)."), tr("FILE"));
    return option;
}

int fail(const Error& error)
{
    ConsoleOutput::err(tr("Error: %1").arg(error.message()));
    return 1;
}

int usageError(const QString& message)
{
    ConsoleOutput::err(message);
    return 2;
}

QString helpText(const QCommandLineParser& parser, const QString& command)
{
    QString text = parser.helpText();
    const qsizetype end = text.indexOf(QLatin1String(" [options]"));
    if (text.startsWith(QLatin1String("Usage: ")) && end > 0)
        text.replace(7, end - 7, QStringLiteral("custodian-cli ") + command);
    return text;
}

int parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command, const QString& description,
          bool needsStore)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    parser.addOption(help);
    QStringList full = arguments;
    full[0] = QStringLiteral("custodian-cli ") + command;
    if (!parser.parse(full))
        return usageError(parser.errorText() + QStringLiteral("\n\n") + helpText(parser, command));
    if (parser.isSet(help)) {
        ConsoleOutput::out(helpText(parser, command));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    if (needsStore && parser.value(storeOption()).isEmpty())
        return usageError(tr("--store PATH is required.\n\n") + helpText(parser, command));
    return -1;
}

Result<Store> unlockStore(const QCommandLineParser& parser)
{
    const QString path = parser.value(storeOption());
    auto passphrase = SecretInput::obtain(parser.value(passphraseFileOption()), "CUSTODIAN_PASSPHRASE",
                                          tr("Passphrase for %1").arg(path), tr("passphrase"));
    if (!passphrase)
        return passphrase.error();
    auto store = Store::unlock(path, passphrase->view());
    if (!store)
        return store.error().prefixed(tr("Cannot unlock %1").arg(path));
    return store;
}


} // namespace custodian::CommandSupport
