#include "BenchStore.h"

#include "crypto/SecureRandom.h"
#include "demo/DemoRandom.h"
#include "store/SchemaMigrator.h"
#include "store/Transaction.h"

namespace custodian::bench {

namespace {
Status insertReferencedRows(Database& database, const SyntheticEvents::Shape& shape)
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    if (auto status = database.exec(QStringLiteral(
            "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'BEN', 'Bench', 'UTC', 'ZZ');"
            "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Bench team');"));
        !status)
        return status;
    auto agent = database.prepare(
        QStringLiteral("INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (?, ?, ?, 1, 0)"));
    if (!agent)
        return agent.error();
    for (qint64 id = 1; id <= shape.agents; ++id) {
        agent->bind(1, id).bind(2, QStringLiteral("B%1").arg(id)).bind(3, QStringLiteral("Agent %1").arg(id));
        if (auto status = agent->run(); !status)
            return status;
    }
    auto workstation
        = database.prepare(QStringLiteral("INSERT INTO workstation (id, hostname, site_id) VALUES (?, ?, 1)"));
    if (!workstation)
        return workstation.error();
    for (qint64 id = 1; id <= shape.workstations; ++id) {
        workstation->bind(1, id).bind(2, QStringLiteral("BEN-WS-%1").arg(id, 4, 10, QLatin1Char('0')));
        if (auto status = workstation->run(); !status)
            return status;
    }
    auto record = database.prepare(QStringLiteral(
        "INSERT INTO customer_record (id, token, data_class, kind, masked) VALUES (?, ?, ?, 'account', ?)"));
    if (!record)
        return record.error();
    DemoRandom random(shape.seed, "bench.records");
    QByteArray token(32, '\0');
    for (qint64 id = 1; id <= shape.records; ++id) {
        for (int i = 0; i < 32; i += 8) {
            const quint64 bits = random.next();
            for (int b = 0; b < 8; ++b)
                token[i + b] = char((bits >> (8 * b)) & 0xff);
        }
        record->bind(1, id)
            .bindBlob(2, token)
            .bind(3, int(1 + id % 3))
            .bind(4, QStringLiteral("****%1").arg(id % 10000, 4, 10, QLatin1Char('0')));
        if (auto status = record->run(); !status)
            return status;
    }
    return transaction->commit();
}
} // namespace

Result<Database> BenchStore::create(const QString& path, Kind kind, const SyntheticEvents::Shape& shape, int cacheKiB)
{
    auto database = kind == Kind::Keyed ? Database::open(path, SecureRandom::key(32), Database::Mode::ReadWriteCreate)
                                        : Database::openUnkeyed(path, Database::Mode::ReadWriteCreate);
    if (!database)
        return database.error();
    if (auto status = database->configure(cacheKiB); !status)
        return status.error();
    if (auto migrated = SchemaMigrator::migrate(*database); !migrated)
        return migrated.error();
    if (auto status = insertReferencedRows(*database, shape); !status)
        return status.error();
    if (auto status = database->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !status)
        return status.error();
    return database;
}

} // namespace custodian::bench
