// The outbox hands out changes in the order they were made: a change waiting out its retry delay holds back the later
// changes of the same thing, while changes of other things go on; an open conflict holds back its thing too; an
// incident change that names another incident waits for that incident's earlier changes.
#include "store/SyncOutbox.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QJsonObject>
#include <QTest>

using namespace custodian;

class SyncOutboxTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryDelayHoldsBackLaterChangesOfTheSameThing();
    void anIncidentChangeWaitsForTheIncidentItNames();
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

// A merge (or a closure as a duplicate) names another incident: it waits while that incident's earlier changes wait,
// so that the service holds the other incident first; changes that name nothing go on.
void SyncOutboxTest::anIncidentChangeWaitsForTheIncidentItNames()
{
    test::TestStore fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
    Database& database = fixture.store().database();
    auto add = [&database](const QString& key, qint64 incident, const QJsonObject& payload) {
        CUSTODIAN_VERIFY_OK(database.exec(QStringLiteral("INSERT INTO incident (id, reference, title, severity, "
                                                         "category, phase, opened_at, detected_at) SELECT %1, "
                                                         "'INC-2026-%1', 't', 2, 'other', 1, 1, 1 WHERE NOT EXISTS "
                                                         "(SELECT 1 FROM incident WHERE id = %1)")
                                              .arg(incident)));
        CUSTODIAN_VERIFY_OK(
            SyncOutbox::enqueue(database, QStringLiteral("incident.change"), incident, std::nullopt, payload, 1));
        CUSTODIAN_VERIFY_OK(
            database.exec(QStringLiteral("UPDATE sync_outbox SET idempotency_key = '%1' WHERE id = (SELECT max(id) "
                                         "FROM sync_outbox)")
                              .arg(key)));
    };
    add(QStringLiteral("open-b"), 22, { { QStringLiteral("action"), QStringLiteral("open") } });
    add(QStringLiteral("open-a"), 11, { { QStringLiteral("action"), QStringLiteral("open") } });
    add(QStringLiteral("merge"), 11,
        { { QStringLiteral("action"), QStringLiteral("merge") },
          { QStringLiteral("from"), 22 },
          { QStringLiteral("reason"), QStringLiteral("same") } });
    add(QStringLiteral("close-c"), 33,
        { { QStringLiteral("action"), QStringLiteral("close") },
          { QStringLiteral("duplicate_of"), 22 },
          { QStringLiteral("outcome"), 4 } });
    add(QStringLiteral("note-d"), 44, { { QStringLiteral("action"), QStringLiteral("note") } });
    SyncOutbox outbox(database);
    auto due = outbox.due(1000, 10);
    CUSTODIAN_VERIFY_OK(due);
    // The merge from 22 and the closure as a duplicate of 22 wait until 22's opening is sent; the others go.
    QCOMPARE(keys(*due),
             (QStringList { QStringLiteral("open-b"), QStringLiteral("open-a"), QStringLiteral("note-d") }));
    // open-b waits out a retry: the merge from 22 and the closure as a duplicate of 22 wait with it.
    CUSTODIAN_VERIFY_OK(outbox.markRetry(due->front(), 5000, QStringLiteral("offline")));
    due = outbox.due(2000, 10);
    CUSTODIAN_VERIFY_OK(due);
    QCOMPARE(keys(*due), (QStringList { QStringLiteral("open-a"), QStringLiteral("note-d") }));
    // Sent: they go.
    CUSTODIAN_VERIFY_OK(database.exec(QStringLiteral("UPDATE sync_outbox SET state = 'sent' WHERE idempotency_key = "
                                                     "'open-b'")));
    due = outbox.due(2000, 10);
    CUSTODIAN_VERIFY_OK(due);
    QCOMPARE(keys(*due),
             (QStringList { QStringLiteral("open-a"), QStringLiteral("merge"), QStringLiteral("close-c"),
                            QStringLiteral("note-d") }));
}

QTEST_GUILESS_MAIN(SyncOutboxTest)
#include "SyncOutboxTest.moc"
