#include "store/EvidenceSettings.h"

#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QJsonObject>
#include <QLocale>

namespace custodian {

namespace {
const QString Key = QStringLiteral("evidence.max_bytes");
}

QString EvidenceSettings::describeSize(qint64 bytes)
{
    const QLocale locale;
    return tr("%1 (%2 bytes)")
        .arg(locale.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat), locale.toString(bytes));
}

Result<qint64> EvidenceSettings::maxBytes(Database& database)
{
    auto statement = database.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, Key);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return DefaultMaxBytes;
    bool ok = false;
    const qint64 value = statement->text(0).toLongLong(&ok);
    // A limit set while 1 GiB was allowed is lowered to today's maximum, not refused: it was valid when it was set.
    if (ok && value > HighestMaxBytes && value <= FormerHighestMaxBytes)
        return HighestMaxBytes;
    // Only setMaxBytes writes it, after validating: anything else was written behind the console's back.
    if (!ok || value < LowestMaxBytes || value > HighestMaxBytes)
        return Error(Error::Code::Database,
                     tr("The evidence size limit stored in this store (%1) is not a valid size; set it again in "
                        "Settings.")
                         .arg(statement->text(0)));
    return value;
}

Status EvidenceSettings::validate(qint64 bytes)
{
    if (bytes < LowestMaxBytes || bytes > HighestMaxBytes)
        return Error(Error::Code::InvalidArgument,
                     tr("The evidence size limit must be between %1 and %2; %3 is not.")
                         .arg(describeSize(LowestMaxBytes), describeSize(HighestMaxBytes), describeSize(bytes)));
    return {};
}

Status EvidenceSettings::setMaxBytes(Database& database, qint64 bytes, const QString& actor, qint64 atMs)
{
    if (actor.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("Changing the evidence size limit needs the name of who does."));
    if (auto valid = validate(bytes); !valid)
        return valid;
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    auto old = maxBytes(database);
    // A damaged value is replaced: that is what the message about it asks for.
    const qint64 before = old ? *old : -1;
    if (before == bytes)
        return {};
    auto write = database.prepare(QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)"));
    if (!write)
        return write.error();
    write->bind(1, Key).bind(2, QString::number(bytes));
    if (auto status = write->run(); !status)
        return status.error();
    auto audited = ConsoleAudit::append(
        database, actor, QStringLiteral("evidence.settings"), Key,
        QJsonObject { { QStringLiteral("old"), before }, { QStringLiteral("new"), bytes } }, atMs);
    if (!audited)
        return audited.error();
    return transaction->commit();
}

} // namespace custodian
