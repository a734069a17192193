// The outbox hands out changes in the order they were made: a change waiting out its retry delay holds back the later
// changes of the same thing, while changes of other things go on; an open conflict holds back its thing too.
#include "store/SyncOutbox.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QTest>

using namespace custodian;

class SyncOutboxTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryDelayHoldsBackLaterChangesOfTheSameThing();
};

namespace {
void enqueue(Database& database, const QString& key, qint64 entity)
{
    auto insert = database.prepare(QStringLiteral("INSERT INTO sync_outbox (idempotency_key, kind, entity_id, "
                                                  "base_version, payload, created_at) VALUES (?, 'finding.status', ?, "
                                                  "NULL, '{\"status\":2}', 1)"));
    QVERIFY(insert);
    insert->bind(1, key).bind(2, entity);
    CUSTODIAN_VERIFY_OK(insert->run());
}

QStringList keys(const std::vector<SyncOutbox::Entry>& entries)
{
    QStringList keys;
    for (const auto& entry : entries)
        keys << entry.key;
    return keys;
}
} // namespace

void SyncOutboxTest::retryDelayHoldsBackLaterChangesOfTheSameThing()
{
    test::TestStore fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
    Database& database = fixture.store().database();
    enqueue(database, QStringLiteral("a1"), 1);
    enqueue(database, QStringLiteral("b1"), 2);
    enqueue(database, QStringLiteral("a2"), 1);
    SyncOutbox outbox(database);
    auto due = outbox.due(1000, 10);
    CUSTODIAN_VERIFY_OK(due);
    QCOMPARE(keys(*due), (QStringList { QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("a2") }));

    // a1 failed and waits until 5000: a2, made on top of it, waits with it; b1 does not.
    CUSTODIAN_VERIFY_OK(outbox.markRetry(due->front(), 5000, QStringLiteral("offline")));
    due = outbox.due(2000, 10);
    CUSTODIAN_VERIFY_OK(due);
    QCOMPARE(keys(*due), QStringList { QStringLiteral("b1") });
    QCOMPARE(*outbox.waiting(), 3);

    // Once the delay is over, both go, in the order they were made.
    due = outbox.due(5000, 10);
    CUSTODIAN_VERIFY_OK(due);
    QCOMPARE(keys(*due), (QStringList { QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("a2") }));
}

QTEST_GUILESS_MAIN(SyncOutboxTest)
#include "SyncOutboxTest.moc"
