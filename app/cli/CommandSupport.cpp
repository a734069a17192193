#include "cli/CommandSupport.h"

#include "cli/ConsoleOutput.h"
#include "cli/SecretInput.h"
#include "domain/Clock.h"
#include "domain/LocalUser.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custodian::CommandSupport {

QString actor()
{
    const QString user = localUserName();
    return QStringLiteral("cli:") + user;
}

const QCommandLineOption& storeOption()
{
    static const QCommandLineOption option(QStringLiteral("store"),
                                           QCoreApplication::translate("CommandSupport", "The store file."),
                                           QCoreApplication::translate("CommandSupport", "PATH"));
    return option;
}

const QCommandLineOption& passphraseFileOption()
{
    static const QCommandLineOption option(
        QStringLiteral("passphrase-file"),
        QCoreApplication::translate("CommandSupport",
                                    "Read the passphrase from FILE (else CUSTODIAN_PASSPHRASE, else a prompt)."),
        QCoreApplication::translate("CommandSupport", "FILE"));
    return option;
}

int fail(const Error& error)
{
    ConsoleOutput::err(QCoreApplication::translate("CommandSupport", "Error: %1").arg(error.message()));
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
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  QCoreApplication::translate("CommandSupport", "Show this help."));
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
        return usageError(QCoreApplication::translate("CommandSupport", "Unexpected argument '%1'.")
                              .arg(parser.positionalArguments().first()));
    if (needsStore && parser.value(storeOption()).isEmpty())
        return usageError(QCoreApplication::translate("CommandSupport", "--store PATH is required.\n\n")
                          + helpText(parser, command));
    return -1;
}

Result<RoleAssignmentWorkflow::Actor> consoleActor(Database& database)
{
    return RoleAssignmentWorkflow::consoleActor(database, actor());
}

void takeWords(QStringList& arguments, const QStringList& takesValue,
               const std::function<bool(const QString& word)>& take)
{
    for (qsizetype i = 1; i < arguments.size();) {
        if (arguments[i] == QLatin1String("--store") || arguments[i] == QLatin1String("--passphrase-file")
            || takesValue.contains(arguments[i]))
            i += 2;
        else if (!arguments[i].startsWith(QLatin1Char('-')) && take(arguments[i]))
            arguments.removeAt(i);
        else
            ++i;
    }
}

Result<Store> unlockStore(const QCommandLineParser& parser)
{
    const QString path = parser.value(storeOption());
    auto passphrase = SecretInput::obtain(parser.value(passphraseFileOption()), "CUSTODIAN_PASSPHRASE",
                                          QCoreApplication::translate("CommandSupport", "Passphrase for %1").arg(path),
                                          QCoreApplication::translate("CommandSupport", "passphrase"));
    if (!passphrase)
        return passphrase.error();
    auto store = Store::unlock(path, passphrase->view());
    if (!store)
        return store.error().prefixed(QCoreApplication::translate("CommandSupport", "Cannot unlock %1").arg(path));
    return store;
}

QCommandLineParser& withStore(QCommandLineParser& parser)
{
    parser.addOption(storeOption());
    parser.addOption(passphraseFileOption());
    return parser;
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue optionalUtc(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(utc(*ms)) : QJsonValue();
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    ConsoleOutput::out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed());
}

Result<qint64> parseInstant(const QString& text, const QString& option)
{
    const QString trimmed = text.trimmed();
    if (trimmed == QLatin1String("now"))
        return Clock::nowMs();
    QDateTime at = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    if (!at.isValid()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            at = date.startOfDay(Qt::UTC);
    }
    if (!at.isValid())
        return Error(Error::Code::InvalidArgument,
                     QCoreApplication::translate("CommandSupport",
                                                 "%1 must be a date or time such as 2027-03-01 or 2027-03-01T14:00Z, "
                                                 "not '%2'.")
                         .arg(option, trimmed.left(64)));
    return at.toMSecsSinceEpoch();
}

Result<std::optional<qint64>> lookUpOne(Database& database, const QString& sql, const QString& value)
{
    bool numeric = false;
    const qint64 id = value.toLongLong(&numeric);
    auto statement = database.prepare(sql);
    if (!statement)
        return statement.error();
    statement->bind(1, value).bind(2, numeric ? id : 0);
    std::vector<qint64> ids;
    if (auto status = statement->forEachRow([&](const Statement& row) { ids.push_back(row.int64(0)); }); !status)
        return status.error();
    return ids.size() == 1 ? std::optional<qint64>(ids.front()) : std::nullopt;
}

} // namespace custodian::CommandSupport
