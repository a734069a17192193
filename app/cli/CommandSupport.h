#pragma once

#include "domain/Result.h"
#include "rules/RoleAssignmentWorkflow.h"
#include "store/Store.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace custodian::CommandSupport {

// What every custodian-cli command shares: who the console audit names for the CLI ("cli:" + login name), the
// --store and --passphrase-file options, parsing with a help text that names the command, the exit statuses (1 with
// "Error: …" on stderr, 2 for usage), and unlocking the store with the passphrase from a file, the environment or
// a prompt.
QString actor();
const QCommandLineOption& storeOption();
const QCommandLineOption& passphraseFileOption();
// Adds --store and --passphrase-file.
QCommandLineParser& withStore(QCommandLineParser& parser);
int fail(const Error& error);
int usageError(const QString& message);
// QCommandLineParser's usage line names the executable; this one names the command.
QString helpText(const QCommandLineParser& parser, const QString& command);
// Returns -1 to go on, else the exit status (help shown, or a usage error).
int parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command, const QString& description,
          bool needsStore = true);
Result<Store> unlockStore(const QCommandLineParser& parser);
// The supervisor a command acts as: the one this store knows for actor(), for the workflows' audit and timeline.
Result<RoleAssignmentWorkflow::Actor> consoleActor(Database& database);
// A command with sub-commands finds its words wherever they stand: each word of `arguments` after the first that is
// neither an option nor an option's value (--store, --passphrase-file and the options in `takesValue` take one) is
// offered to `take`, in order, and taken out of `arguments` when it accepts it, so that the parser sees only options
// and the words it is left with.
void takeWords(QStringList& arguments, const QStringList& takesValue,
               const std::function<bool(const QString& word)>& take);
// An option naming one row by id or by name/code: `sql` binds ?1 to the text and ?2 to the text as a number (0 when
// it is not one) and selects ids; exactly one row gives its id, none or several give nothing.
Result<std::optional<qint64>> lookUpOne(Database& database, const QString& sql, const QString& value);

// How commands print and read instants: ISO 8601 in UTC ("2027-03-01T14:00:00Z"); read: "now", a date
// ("2027-03-01", its start in UTC) or a date and time (UTC unless it names an offset). `option` names the option in
// the error message.
QString utc(qint64 ms);
QJsonValue optionalUtc(const std::optional<qint64>& ms);
Result<qint64> parseInstant(const QString& text, const QString& option);
void printJson(const QJsonValue& value);

} // namespace custodian::CommandSupport
