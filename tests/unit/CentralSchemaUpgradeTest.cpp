// An existing custodian-central data directory is upgraded in place (central_meta 'schema' 1 -> current) the next time
// the service opens it, keeping what it held — change records, and audit chains kept by store id, which the console
// takes over when it registers by its key —; a directory written by a newer service is refused with a message.
#include "store/Database.h"
#include "store/SchemaMigrator.h"
#include "store/central/CentralSchema.h"
#include "store/central/SqlCentralRepository.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QTest>

using namespace custodian;
using namespace custodian::test;

class CentralSchemaUpgradeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionOneIsUpgradedKeepingItsRecords();
    void newerSchemaIsRefused();
    void everyVersionReachesTheSameSchema();
};

namespace {
// The central tables, indexes and their SQL as SQLite keeps them: what a data directory's schema is.
QStringList centralSchema(Database& database)
{
    auto rows = database.queryTexts(QStringLiteral("SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM "
                                                   "sqlite_master WHERE name LIKE 'central%' ORDER BY type, name"));
    return rows ? *rows : QStringList { rows.error().message() };
}

qint64 centralVersion(Database& database)
{
    auto version
        = database.queryInt(QStringLiteral("SELECT CAST(value AS INTEGER) FROM central_meta WHERE key = 'schema'"));
    return version ? *version : -1;
}
} // namespace

void CentralSchemaUpgradeTest::versionOneIsUpgradedKeepingItsRecords()
{
    TestStore test;
    QVERIFY2(test.isValid(), qPrintable(test.errorMessage()));
    Database& database = test.store().database();
    {
        SqlCentralRepository old(test.store());
        CUSTODIAN_VERIFY_OK(old.initialise(1));
    }
    QCOMPARE(*database.queryInt(QStringLiteral("SELECT CAST(value AS INTEGER) FROM central_meta WHERE key = 'schema'")),
             1);
    // What a version-1 service recorded: an applied change, and a console's audit chain kept by its store id.
    CUSTODIAN_VERIFY_OK(database.exec(QStringLiteral(
        "INSERT INTO central_change (key, digest, kind, entity, supervisor_id, console_id, received_at, http_status, "
        "response) VALUES ('key-0001', x'00', 'finding.status', 'bulk_access:1:2', 1, 'store-1', 1000, 200, x'a0')")));
    CUSTODIAN_VERIFY_OK(database.exec(QStringLiteral(
        "INSERT INTO supervisor (id, username, display_name) VALUES (1, 'msilva', 'Marta Silva'), (2, 'jkowalski', "
        "'Jan Kowalski')")));
    CUSTODIAN_VERIFY_OK(database.exec(QStringLiteral(
        "INSERT INTO central_audit_head (console_id, supervisor_id, seq, mac, updated_at) VALUES ('store-1', 1, 2, "
        "x'02', 1000)")));
    CUSTODIAN_VERIFY_OK(database.exec(QStringLiteral(
        "INSERT INTO central_audit_entry (console_id, seq, at, actor, action, target, detail, mac, received_at) VALUES "
        "('store-1', 1, 900, 'msilva', 'unlock', '', '{}', x'01', 1000), ('store-1', 2, 950, 'msilva', "
        "'record.reveal', 'record:1', '{}', x'02', 1000)")));

    SqlCentralRepository repository(test.store());
    CUSTODIAN_VERIFY_OK(repository.initialise());
    QCOMPARE(*database.queryInt(QStringLiteral("SELECT CAST(value AS INTEGER) FROM central_meta WHERE key = 'schema'")),
             qint64(SqlCentralRepository::CurrentSchema));
    auto record = repository.findChange(QStringLiteral("key-0001"));
    CUSTODIAN_VERIFY_OK(record);
    QVERIFY(record->has_value());
    QCOMPARE((*record)->receivedAt, 1000);
    QVERIFY(!(*record)->consoleAt);
    auto last = repository.lastChangeAt(QStringLiteral("finding.status"), QStringLiteral("bulk_access:1:2"));
    CUSTODIAN_VERIFY_OK(last);
    QCOMPARE(last->value_or(0), 1000);
    // The chain waits for its console: another supervisor's new console does not get it; the console that registers
    // for it does, even under another store id (a copy restored with its id changed before it synced again).
    auto before = repository.auditHead(QStringLiteral("store-1"));
    CUSTODIAN_VERIFY_OK(before);
    QCOMPARE(before->seq, 2);
    const QString otherKey(64, QLatin1Char('b'));
    auto console = [](const QString& consoleKey, qint64 supervisor, const QString& storeId) {
        CentralRepository::ConsoleRecord made;
        made.key = consoleKey;
        made.supervisorId = supervisor;
        made.storeId = storeId;
        made.registeredAt = made.lastSeenAt = 2000;
        return made;
    };
    auto other = repository.registerConsole(console(otherKey, 2, QStringLiteral("store-9")));
    CUSTODIAN_VERIFY_OK(other);
    QVERIFY(!*other);
    const QString key(64, QLatin1Char('a'));
    auto adopted = repository.registerConsole(console(key, 1, QStringLiteral("store-1-renamed")));
    CUSTODIAN_VERIFY_OK(adopted);
    QVERIFY(*adopted);
    auto head = repository.auditHead(key);
    CUSTODIAN_VERIFY_OK(head);
    QCOMPARE(head->seq, 2);
    auto mac = repository.auditMac(key, 1);
    CUSTODIAN_VERIFY_OK(mac);
    QCOMPARE(mac->value_or(QByteArray()), QByteArray("\x01", 1));
    QCOMPARE(*database.queryInt(QStringLiteral("SELECT count(*) FROM central_audit_head WHERE legacy = 1")), 0);
    // Opening it again changes nothing.
    CUSTODIAN_VERIFY_OK(repository.initialise());
    QCOMPARE(*database.queryInt(QStringLiteral("SELECT count(*) FROM central_change")), 1);
}

void CentralSchemaUpgradeTest::newerSchemaIsRefused()
{
    TestStore test;
    QVERIFY2(test.isValid(), qPrintable(test.errorMessage()));
    {
        SqlCentralRepository repository(test.store());
        CUSTODIAN_VERIFY_OK(repository.initialise());
    }
    CUSTODIAN_VERIFY_OK(
        test.store().database().exec(QStringLiteral("UPDATE central_meta SET value = '%1' WHERE key = 'schema'")
                                         .arg(SqlCentralRepository::CurrentSchema + 1)));
    SqlCentralRepository repository(test.store());
    CUSTODIAN_VERIFY_ERROR(repository.initialise(), Error::Code::SchemaTooNew);
}

// The central tables are numbered migrations (models/store/central/schema) run by SchemaMigrator on their own series:
// a directory left at 1, 2 or 3 ends where a new one does, and the console schema's user_version is not theirs.
void CentralSchemaUpgradeTest::everyVersionReachesTheSameSchema()
{
    QCOMPARE(SchemaMigrator::latestVersion(CentralSchema::track()), SqlCentralRepository::CurrentSchema);
    TestStore fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.errorMessage()));
    CUSTODIAN_VERIFY_OK(SqlCentralRepository(fresh.store()).initialise());
    const QStringList expected = centralSchema(fresh.store().database());
    QVERIFY(expected.size() > 10);
    QCOMPARE(centralVersion(fresh.store().database()), qint64(SqlCentralRepository::CurrentSchema));
    QCOMPARE(*SchemaMigrator::currentVersion(fresh.store().database()), SchemaMigrator::latestVersion());

    for (int start = 1; start <= SqlCentralRepository::CurrentSchema; ++start) {
        TestStore test;
        QVERIFY2(test.isValid(), qPrintable(test.errorMessage()));
        Database& database = test.store().database();
        CUSTODIAN_VERIFY_OK(SqlCentralRepository(test.store()).initialise(start));
        QCOMPARE(centralVersion(database), qint64(start));
        CUSTODIAN_VERIFY_OK(SqlCentralRepository(test.store()).initialise());
        QCOMPARE(centralVersion(database), qint64(SqlCentralRepository::CurrentSchema));
        QCOMPARE(centralSchema(database), expected);
        QCOMPARE(*SchemaMigrator::currentVersion(database), SchemaMigrator::latestVersion());
    }
}

QTEST_GUILESS_MAIN(CentralSchemaUpgradeTest)
#include "CentralSchemaUpgradeTest.moc"
