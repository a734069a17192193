// An existing custodian-central data directory is upgraded in place (central_meta 'schema' 1 -> current) the next time
// the service opens it, keeping what it held; a directory written by a newer service is refused with a message.
#include "store/Database.h"
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
};

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
    // What a version-1 service recorded: an applied change.
    CUSTODIAN_VERIFY_OK(database.exec(QStringLiteral(
        "INSERT INTO central_change (key, digest, kind, entity, supervisor_id, console_id, received_at, http_status, "
        "response) VALUES ('key-0001', x'00', 'finding.status', 'bulk_access:1:2', 1, 'store-1', 1000, 200, x'a0')")));

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
    CUSTODIAN_VERIFY_OK(test.store().database().exec(
        QStringLiteral("UPDATE central_meta SET value = '%1' WHERE key = 'schema'").arg(SqlCentralRepository::CurrentSchema + 1)));
    SqlCentralRepository repository(test.store());
    CUSTODIAN_VERIFY_ERROR(repository.initialise(), Error::Code::SchemaTooNew);
}

QTEST_GUILESS_MAIN(CentralSchemaUpgradeTest)
#include "CentralSchemaUpgradeTest.moc"
