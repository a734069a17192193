#include "InteropSupport.h"

#include "crypto/SecureRandom.h"
#include "domain/AccessEvent.h"
#include "store/AccessEventWriter.h"
#include "store/Transaction.h"
#include "support/KeyringLayout.h"

#include <QDir>
#include <QFile>
#include <QMultiHash>
#include <QProcess>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <vector>

namespace custodian::test {

namespace {
constexpr qint64 DayMs = 86'400'000;
constexpr qint64 EventsBase = 1'767'225'600'000; // 2026-01-01T00:00:00Z
constexpr int Workstations = 12;

Status insertRows(Database& database, const QString& sql, const QList<QVariantList>& rows)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return statement.error();
    for (const QVariantList& row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            const QVariant& value = row.at(i);
            if (value.isNull())
                statement->bindNull(i + 1);
            else if (value.typeId() == QMetaType::QString)
                statement->bind(i + 1, value.toString());
            else if (value.typeId() == QMetaType::QByteArray)
                statement->bindBlob(i + 1, value.toByteArray());
            else
                statement->bind(i + 1, value.toLongLong());
        }
        if (auto status = statement->run(); !status)
            return status;
    }
    return {};
}
} // namespace

CliStore::CliStore()
    : m_storeDir(m_root.filePath(QStringLiteral("store")))
    , m_path(m_storeDir + QStringLiteral("/interop.custodian"))
    , m_passphraseFile(m_root.filePath(QStringLiteral("passphrase.txt")))
    , m_recoveryCodeFile(m_root.filePath(QStringLiteral("recovery-code.txt")))
{
    QDir().mkpath(m_storeDir);
    (void)writeFile(m_passphraseFile, QByteArray(Passphrase) + '\n');
}

QString CliStore::init()
{
    QStringList arguments = args(QStringLiteral("init"));
    arguments << QStringLiteral("--recovery-code-file") << m_recoveryCodeFile;
    const CliRunner::Outcome outcome = CliRunner::run(arguments);
    if (outcome.crashed || outcome.exitCode != 0)
        return QStringLiteral("custodian-cli init failed (exit %1, crashed %2): %3")
            .arg(outcome.exitCode)
            .arg(outcome.crashed)
            .arg(outcome.err);
    if (!QFile::exists(m_path) || !QFile::exists(keyringPath()) || recoveryCode().isEmpty())
        return QStringLiteral("custodian-cli init did not create the store, its keyring and the recovery code file");
    return {};
}

QByteArray CliStore::recoveryCode() const
{
    return readFile(m_recoveryCodeFile).trimmed();
}

QStringList CliStore::args(const QString& command) const
{
    return { command, QStringLiteral("--store"), m_path, QStringLiteral("--passphrase-file"), m_passphraseFile };
}

Result<Store> CliStore::unlockWithRecoveryCode() const
{
    const QByteArray code = recoveryCode();
    return Store::unlockWithRecoveryCode(m_path, code);
}

QStringList SampleData::all() const
{
    QStringList result { marker };
    for (const QStringList* list :
         { &agentNames, &employeeNumbers, &maskedRecords, &supervisorNames, &teamNames, &siteNames, &hostnames })
        result += *list;
    return result;
}

Result<SampleData> fillSample(Store& store, const FillOptions& options)
{
    Database& database = store.database();
    SampleData data;
    data.marker = options.marker;
    const QStringList firstNames { QStringLiteral("Quorinda"), QStringLiteral("Evander"), QStringLiteral("Žofia"),
                                   QStringLiteral("Thaddeus"), QStringLiteral("Marisol"), QStringLiteral("Ignatius"),
                                   QStringLiteral("Philippa"), QStringLiteral("Radoslav") };
    const QStringList lastNames { QStringLiteral("Blaskovitch"),       QStringLiteral("Fernsworth"),
                                  QStringLiteral("Ňemcová"),           QStringLiteral("Quillingham"),
                                  QStringLiteral("Okonkwo-Lindqvist"), QStringLiteral("Vantongeren"),
                                  QStringLiteral("Żebrowski"),         QStringLiteral("Haverbrook") };
    data.siteNames = { QStringLiteral("Zürich Quellenhof Campus"), QStringLiteral("Ljubljana Vrtojba Hub") };
    data.teamNames = { QStringLiteral("Team Aurelian Nightjar"), QStringLiteral("Team Borealis Kestrel"),
                       QStringLiteral("Team Cerulean Wombat"), QStringLiteral("Team Dervish Ocelot") };
    data.supervisorNames = { QStringLiteral("Ottoline Vexbridge"), QStringLiteral("Bartholomew Quillsby"),
                             QStringLiteral("Željka Horvatinčić") };

    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();

    QList<QVariantList> rows;
    const qint64 b = options.idBase;
    rows << QVariantList { b + 1, QStringLiteral("ZQC-%1").arg(b), data.siteNames[0], QStringLiteral("Europe/Zurich"),
                           QStringLiteral("CH") }
         << QVariantList { b + 2, QStringLiteral("LVH-%1").arg(b), data.siteNames[1],
                           QStringLiteral("Europe/Ljubljana"), QStringLiteral("SI") };
    if (auto status = insertRows(
            database, QStringLiteral("INSERT INTO site (id, code, name, timezone, country) VALUES (?,?,?,?,?)"), rows);
        !status)
        return status.error();

    rows.clear();
    for (int i = 0; i < data.teamNames.size(); ++i)
        rows << QVariantList { b + i + 1, b + i % 2 + 1, data.teamNames[i] };
    if (auto status = insertRows(database, QStringLiteral("INSERT INTO team (id, site_id, name) VALUES (?,?,?)"), rows);
        !status)
        return status.error();

    rows.clear();
    for (int i = 0; i < data.supervisorNames.size(); ++i)
        rows << QVariantList { b + i + 1, QStringLiteral("sup.interop.%1").arg(b + i + 1), data.supervisorNames[i],
                               b + i % 2 + 1 };
    if (auto status = insertRows(
            database, QStringLiteral("INSERT INTO supervisor (id, username, display_name, site_id) VALUES (?,?,?,?)"),
            rows);
        !status)
        return status.error();

    rows.clear();
    for (int i = 0; i < options.agents; ++i) {
        const QString name = firstNames[i % firstNames.size()] + QLatin1Char(' ')
            + lastNames[(i / firstNames.size() + i) % lastNames.size()];
        const QString number = QStringLiteral("CX-EMP-%1").arg(483'000 + i * 7, 6, 10, QLatin1Char('0'));
        data.agentNames << name;
        data.employeeNumbers << number;
        rows << QVariantList { b + i + 1,  number,
                               name,       b + i % data.teamNames.size() + 1,
                               QVariant(), b + i % data.supervisorNames.size() + 1,
                               1,          EventsBase - 400 * DayMs };
    }
    if (auto status
        = insertRows(database,
                     QStringLiteral("INSERT INTO agent (id, employee_no, display_name, team_id, shift_id, manager_id, "
                                    "status, hired_at) VALUES (?,?,?,?,?,?,?,?)"),
                     rows);
        !status)
        return status.error();

    rows.clear();
    for (int i = 0; i < Workstations; ++i) {
        const QString host = QStringLiteral("wks-quellenhof-fl3-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        data.hostnames << host;
        rows << QVariantList { b + i + 1, host, b + i % 2 + 1 };
    }
    if (auto status
        = insertRows(database, QStringLiteral("INSERT INTO workstation (id, hostname, site_id) VALUES (?,?,?)"), rows);
        !status)
        return status.error();

    rows.clear();
    for (int i = 0; i < options.records; ++i) {
        const QString last4 = QStringLiteral("%1").arg((i * 7919 + 1234) % 10000, 4, 10, QLatin1Char('0'));
        const bool card = i % 2 == 0;
        const QString masked = card
            ? QString(QStringLiteral("492913******") + last4)
            : QString(QStringLiteral("Konto •••• •••• ") + last4 + QStringLiteral("-%1").arg(i));
        data.maskedRecords << masked;
        rows << QVariantList { b + i + 1, SecureRandom::bytes(32), card ? 2 : 1,
                               card ? QStringLiteral("card") : QStringLiteral("account"), masked };
    }
    if (auto status = insertRows(
            database,
            QStringLiteral("INSERT INTO customer_record (id, token, data_class, kind, masked) VALUES (?,?,?,?,?)"),
            rows);
        !status)
        return status.error();

    rows.clear();
    rows << QVariantList { b + 1,
                           QStringLiteral("INC-INTEROP-%1").arg(b + 4711),
                           QStringLiteral("Bulk export by %1 (%2)").arg(data.agentNames.value(0), options.marker),
                           QString(QStringLiteral("Evidence: ") + options.marker),
                           3,
                           QStringLiteral("insider_misuse"),
                           2,
                           1,
                           EventsBase,
                           EventsBase };
    if (auto status
        = insertRows(database,
                     QStringLiteral("INSERT INTO incident (id, reference, title, description, severity, category, "
                                    "phase, assignee_id, opened_at, detected_at) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                     rows);
        !status)
        return status.error();

    rows.clear();
    rows << QVariantList { QStringLiteral("interop.canary"), options.marker };
    if (auto status = insertRows(database, QStringLiteral("INSERT INTO setting (key, value) VALUES (?,?)"), rows);
        !status)
        return status.error();

    // What the schema migration indexes for search, so the FTS tables hold the names too.
    rows.clear();
    for (int i = 0; i < options.agents; ++i)
        rows << QVariantList { QString(data.agentNames[i] + QLatin1Char(' ') + data.employeeNumbers[i]
                                       + QLatin1Char(' ') + data.teamNames[i % data.teamNames.size()]),
                               QStringLiteral("agent"), b + i + 1 };
    for (int i = 0; i < options.records; ++i)
        rows << QVariantList { data.maskedRecords[i], QStringLiteral("record"), b + i + 1 };
    rows << QVariantList { options.marker, QStringLiteral("incident"), b + 1 };
    if (auto status
        = insertRows(database, QStringLiteral("INSERT INTO search_text (body, kind, ref_id) VALUES (?,?,?)"), rows);
        !status)
        return status.error();

    if (auto status = transaction->commit(); !status)
        return status.error();

    for (int i = 0; i < options.auditEntries; ++i) {
        if (auto status = store.audit(
                QStringLiteral("sup.interop.1"), QStringLiteral("reveal"),
                QStringLiteral("record:") + data.maskedRecords.value(i),
                QStringLiteral("{\"reason\":\"%1 %2\"}").arg(options.marker, data.supervisorNames.value(i % 3)));
            !status)
            return status.error();
    }
    if (auto status = appendEvents(database, options, 1, options.events); !status)
        return status.error();
    return data;
}

Status appendEvents(Database& database, const FillOptions& options, qint64 first, qint64 count)
{
    const qint64 b = options.idBase;
    const int agents = options.agents;
    const int records = options.records;
    constexpr qint64 PerTransaction = 50'000;
    constexpr qint64 PerBatch = 5'000;
    AccessEventWriter writer(database);
    std::vector<AccessEvent> batch;
    batch.reserve(PerBatch);
    qint64 id = first;
    const qint64 end = first + count;
    while (id < end) {
        auto transaction = Transaction::begin(database);
        if (!transaction)
            return transaction.error();
        const qint64 transactionEnd = std::min(end, id + PerTransaction);
        while (id < transactionEnd) {
            batch.clear();
            for (; id < transactionEnd && qint64(batch.size()) < PerBatch; ++id) {
                AccessEvent e;
                e.id = b + id;
                e.occurredAt = EventsBase + (id * 7'919'113) % (60 * DayMs);
                e.agentId = b + 1 + id % agents;
                const bool login = id % 17 == 0;
                const qint64 record = (id * 31) % records; // even: a card
                e.recordId = login ? 0 : b + 1 + record;
                e.dataClass = login ? DataClass::None : (record % 2 == 0 ? DataClass::PaymentCard : DataClass::Pii);
                e.action = login ? AccessAction::Login : AccessAction(1 + id % 5);
                e.outcome = id % 23 == 0 ? AccessOutcome::Denied : AccessOutcome::Success;
                e.channel = Channel(1 + id % 4);
                e.workstationId = b + 1 + (id / 3) % Workstations;
                e.sourceAddress = QStringLiteral("10.%1.%2.%3").arg(id % 7).arg((id / 7) % 250).arg(id % 250 + 1);
                e.sessionId = id / 40;
                batch.push_back(std::move(e));
            }
            auto written = writer.write(batch);
            if (!written)
                return written.error();
        }
        if (auto status = transaction->commit(); !status)
            return status;
    }
    return {};
}

QString RowCounts::toString() const
{
    return QStringLiteral("agents %1, records %2, events %3, hourly sum %4, audit %5")
        .arg(agents)
        .arg(records)
        .arg(events)
        .arg(hourlyEvents)
        .arg(audit);
}

Result<RowCounts> countRows(Database& database)
{
    RowCounts counts;
    const std::pair<qint64*, QString> queries[] = {
        { &counts.agents, QStringLiteral("SELECT count(*) FROM agent") },
        { &counts.records, QStringLiteral("SELECT count(*) FROM customer_record") },
        { &counts.events, QStringLiteral("SELECT count(*) FROM access_event") },
        { &counts.hourlyEvents, QStringLiteral("SELECT coalesce(sum(events), 0) FROM access_hourly") },
        { &counts.audit, QStringLiteral("SELECT count(*) FROM console_audit") },
    };
    for (const auto& [target, sql] : queries) {
        auto value = database.queryInt(sql);
        if (!value)
            return value.error();
        *target = *value;
    }
    return counts;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QStringList copyFiles(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    QStringList copied;
    const QDir source(from);
    for (const QString& name : source.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        QFile::remove(QDir(to).filePath(name));
        if (QFile::copy(source.filePath(name), QDir(to).filePath(name)))
            copied << name;
    }
    return copied;
}

QString hex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

QList<QByteArray> encodings(const QString& text)
{
    QByteArray le;
    QByteArray be;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        le.append(char(u & 0xff)).append(char(u >> 8));
        be.append(char(u >> 8)).append(char(u & 0xff));
    }
    return { text.toUtf8(), le, be };
}

QList<qsizetype> findNeedles(const QByteArray& haystack, const QList<QByteArray>& needles)
{
    constexpr int Prefix = 8;
    constexpr int FilterBits = 24;
    auto keyAt = [](const char* p) {
        quint64 key = 0;
        std::memcpy(&key, p, Prefix);
        return key;
    };
    auto slot = [](quint64 key) { return std::size_t((key * 0x9E3779B97F4A7C15ull) >> (64 - FilterBits)); };
    std::vector<bool> filter(std::size_t(1) << FilterBits);
    QMultiHash<quint64, qsizetype> byPrefix;
    for (qsizetype i = 0; i < needles.size(); ++i) {
        Q_ASSERT(needles[i].size() >= Prefix);
        const quint64 key = keyAt(needles[i].constData());
        byPrefix.insert(key, i);
        filter[slot(key)] = true;
    }
    QSet<qsizetype> found;
    const char* data = haystack.constData();
    for (qsizetype at = 0; at + Prefix <= haystack.size(); ++at) {
        const quint64 key = keyAt(data + at);
        if (!filter[slot(key)])
            continue;
        for (auto it = byPrefix.constFind(key); it != byPrefix.cend() && it.key() == key; ++it) {
            const QByteArray& needle = needles[it.value()];
            if (at + needle.size() <= haystack.size()
                && std::memcmp(data + at, needle.constData(), std::size_t(needle.size())) == 0)
                found.insert(it.value());
        }
    }
    QList<qsizetype> result(found.cbegin(), found.cend());
    std::sort(result.begin(), result.end());
    return result;
}

CliRunner::Outcome runSqlcipherShell(const QString& database, const QByteArray& script, int timeoutMs)
{
    QProcess process;
    // -batch: no prompts; -bail is not set, so later statements still run after an error.
    return CliRunner::runProgram(process, QStringLiteral("/usr/bin/sqlcipher"), { QStringLiteral("-batch"), database },
                                 timeoutMs, script);
}

Status makeFormat1Store(const QString& storePath, QByteArrayView passphrase)
{
    {
        auto store = Store::unlock(storePath, passphrase);
        if (!store)
            return store.error();
        if (auto status = store->database().exec(QStringLiteral("DELETE FROM store_meta WHERE key = 'keyring_format'"));
            !status)
            return status;
    }
    const QString keyringPath = storePath + QStringLiteral(".keyring");
    if (!writeFile(keyringPath, KeyringLayout::asFormat1(readFile(keyringPath))))
        return Error(Error::Code::Io, QStringLiteral("cannot rewrite %1").arg(keyringPath));
    return {};
}

Result<qint64> countAuditAction(Database& database, const QString& action)
{
    auto statement = database.prepare(QStringLiteral("SELECT count(*) FROM console_audit WHERE action = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, action);
    auto row = statement->step();
    if (!row)
        return row.error();
    return statement->int64(0);
}

} // namespace custodian::test
