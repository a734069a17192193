#include "BenchStore.h"

#include "crypto/SecureRandom.h"
#include "demo/DemoRandom.h"
#include "domain/Enums.h"
#include "store/SchemaMigrator.h"
#include "store/Statement.h"
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

Status insertDetectionFacts(Database& database, const SyntheticEvents::Shape& shape)
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    if (auto status = database.exec(QStringLiteral(
            "INSERT INTO supervisor (id, username, display_name) VALUES (1, 'bench1', 'Bench 1'), (2, 'bench2', "
            "'Bench 2');"
            "INSERT INTO role (id, code, name) VALUES (1, 'bench_all', 'Bench: every data class');"
            "INSERT INTO role_data_class (role_id, data_class) VALUES (1, 1), (1, 2), (1, 3);"
            "INSERT INTO training_module (id, code, title, framework, validity_days, pass_score) VALUES "
            "(1, 'PCI-BENCH', 'Bench PCI DSS awareness', 'PCI DSS', 36500, 80);"));
        !status)
        return status;
    const int pending = int(AssignmentStatus::Pending);
    const int active = int(AssignmentStatus::Active);
    auto assignment = database.prepare(
        QStringLiteral("INSERT INTO role_assignment (id, agent_id, role_id, status, valid_from, justification, "
                       "requested_by, requested_at, approved_by, approved_at) VALUES (?1, ?1, 1, %1, 0, 'bench', 1, "
                       "0, 2, 0)")
            .arg(active));
    auto change = database.prepare(
        QStringLiteral("INSERT INTO role_assignment_change (assignment_id, changed_at, changed_by, change, "
                       "old_status, new_status) VALUES (?1, 0, 1, 'requested', NULL, %1), (?1, 0, 2, 'approved', "
                       "%1, %2)")
            .arg(pending)
            .arg(active));
    auto pass = database.prepare(QStringLiteral(
        "INSERT INTO training_record (agent_id, module_id, assigned_at, due_at, completed_at, score, passed, "
        "expires_at) VALUES (?1, 1, 0, 0, 0, 100, 1, 9000000000000)"));
    if (!assignment)
        return assignment.error();
    if (!change)
        return change.error();
    if (!pass)
        return pass.error();
    for (qint64 id = 1; id <= shape.agents; ++id) {
        for (Statement* s : { &*assignment, &*change, &*pass }) {
            s->bind(1, id);
            if (auto status = s->run(); !status)
                return status;
        }
    }
    return transaction->commit();
}
} // namespace

Result<Database> BenchStore::create(const QString& path, Kind kind, const SyntheticEvents::Shape& shape, int cacheKiB,
                                    bool withDetectionFacts)
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
    if (withDetectionFacts) {
        if (auto status = insertDetectionFacts(*database, shape); !status)
            return status.error();
    }
    if (auto status = database->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !status)
        return status.error();
    return database;
}

} // namespace custodian::bench
