// Sync end to end with real processes on loopback: the real custodian-central with a demo organisation, consoles
// syncing through `custodian-cli sync`: everything arrives once, live events follow, a supervisor's decision reaches
// another console, conflicts between two consoles are resolved either way, thresholds travel, and a store put back to
// an older copy is caught by the central service's record of its audit chain.
#include "SyncFixture.h"

#include "domain/Enums.h"
#include "rules/DetectionSettings.h"
#include "rules/FindingWorkflow.h"
#include "store/SyncConflicts.h"
#include "support/FileSnapshot.h"
#include "support/ResultChecks.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <QThread>

using namespace custodian;
using namespace custodian::test;

class SyncEndToEndTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstSyncPullsEverythingOnce();
    void secondSyncPullsNothingNew();
    void liveEventsFollow();
    void decisionReachesAnotherConsole();
    void conflictTakeTheirs();
    void conflictKeepMine();
    void thresholdsTravel();
    void auditEntriesReachTheService();
    void rolledBackStoreIsDetected();
    void wrongTokenIsRefused();
    void cleanupTestCase();

private:
    qint64 firstFinding(const SyncFixture::Console& console, const QString& where = QStringLiteral("1"));
    SyncFixture m_fixture;
    SyncFixture::Console m_a;
    SyncFixture::Console m_b;
};

namespace {
constexpr qint64 Events = 30'000;
}

void SyncEndToEndTest::initTestCase()
{
    const QString problem = m_fixture.initialise(Events);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(m_fixture.central().supervisors().size() >= 2);
    const QString started = m_fixture.central().start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    auto a = m_fixture.makeConsole(QStringLiteral("a"), 0);
    CUSTODIAN_VERIFY_OK(a);
    m_a = *a;
    auto b = m_fixture.makeConsole(QStringLiteral("b"), 1);
    CUSTODIAN_VERIFY_OK(b);
    m_b = *b;
}

void SyncEndToEndTest::cleanupTestCase()
{
    m_fixture.central().stop();
}

qint64 SyncEndToEndTest::firstFinding(const SyncFixture::Console& console, const QString& where)
{
    return SyncFixture::count(console, QStringLiteral("SELECT coalesce(min(id), 0) FROM finding WHERE %1").arg(where));
}

void SyncEndToEndTest::firstSyncPullsEverythingOnce()
{
    const auto synced = m_fixture.sync(m_a);
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    QCOMPARE(synced.summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
    QCOMPARE(synced.pulled(QStringLiteral("access_events")), Events);
    QVERIFY(synced.summary.value(QStringLiteral("supervisor"))
                .toString()
                .contains(m_fixture.central().supervisors().front()));
    QVERIFY2(m_fixture.verify(m_a).isEmpty(), qPrintable(m_fixture.verify(m_a)));
    // Every table the streams fill holds what the service holds, row for row.
    for (const char* table : { "site",
                               "team",
                               "shift",
                               "supervisor",
                               "workstation",
                               "agent",
                               "training_module",
                               "training_campaign",
                               "training_record",
                               "permission",
                               "role",
                               "role_permission",
                               "role_data_class",
                               "role_training_requirement",
                               "sod_rule",
                               "role_assignment",
                               "role_assignment_change",
                               "customer_record",
                               "access_event",
                               "incident",
                               "incident_agent",
                               "incident_event",
                               "incident_timeline",
                               "incident_task",
                               "detection_setting" }) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        QCOMPARE(SyncFixture::count(m_a, sql), m_fixture.centralCount(sql));
    }
    // The same events give the same findings: every console detects alike from what it pulled.
    const QString findings = QStringLiteral("SELECT count(*) FROM finding");
    QVERIFY(SyncFixture::count(m_a, findings) > 0);
    QCOMPARE(SyncFixture::count(m_a, findings), m_fixture.centralCount(findings));
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT total(evidence_count) FROM finding")),
             m_fixture.centralCount(QStringLiteral("SELECT total(evidence_count) FROM finding")));
    // Identifiers a console may hold arrive in clear and are stored only as token, masked form and sealed value; card
    // numbers do not arrive at all (token and masked form only, CardNumberEndToEndTest).
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM customer_record WHERE length(token) <> 32 "
                                               "OR masked NOT LIKE '%*%' OR (kind = 'card') = (sealed_value IS "
                                               "NOT NULL)")),
             0);
    QVERIFY(SyncFixture::count(m_a, QStringLiteral("SELECT count(*) FROM customer_record WHERE kind = 'card'")) > 0);
    // The run is in the history.
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT count(*) FROM sync_run WHERE outcome = 'ok'")), 1);
    // A sync someone ran is in the console audit.
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'sync'")), 1);
}

void SyncEndToEndTest::secondSyncPullsNothingNew()
{
    const auto synced = m_fixture.sync(m_a);
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    QCOMPARE(synced.summary.value(QStringLiteral("pulled_total")).toInteger(), 0);
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT count(*) FROM access_event")), Events);
}

void SyncEndToEndTest::liveEventsFollow()
{
    // Access beyond role (finding kind 7): the demo plants a few; live agents open only what their roles grant.
    const QString beyondRole
        = QStringLiteral("SELECT count(*) FROM finding WHERE kind = %1").arg(int(FindingKind::AccessBeyondRole));
    const qint64 plantedBeyondRole = SyncFixture::count(m_a, beyondRole);
    m_fixture.central().stop();
    CentralProcess::Serve serve;
    serve.liveRate = 400;
    QString started = m_fixture.central().start(serve);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QThread::msleep(1500);
    const auto synced = m_fixture.sync(m_a);
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    const qint64 live = synced.pulled(QStringLiteral("access_events"));
    QVERIFY2(live > 100, qPrintable(synced.describe()));
    // Nothing missing: the console holds every event the service had up to the last one it pulled.
    const qint64 last = SyncFixture::count(m_a, QStringLiteral("SELECT max(id) FROM access_event"));
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT count(*) FROM access_event")),
             m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM access_event WHERE id <= %1").arg(last)));
    // Live events are of now: the console's rollups have them too.
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT sum(events) FROM access_hourly_total")),
             SyncFixture::count(m_a, QStringLiteral("SELECT count(*) FROM access_event")));
    QCOMPARE(SyncFixture::count(m_a, beyondRole), plantedBeyondRole);
    m_fixture.central().stop();
    started = m_fixture.central().start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void SyncEndToEndTest::decisionReachesAnotherConsole()
{
    QVERIFY(m_fixture.sync(m_b).ok());
    const qint64 finding = firstFinding(m_a, QStringLiteral("status = 1"));
    QVERIFY(finding > 0);
    {
        auto store = m_a.unlock();
        CUSTODIAN_VERIFY_OK(store);
        CUSTODIAN_VERIFY_OK(FindingWorkflow::changeStatus(store->database(), finding, FindingStatus::Acknowledged,
                                                          QString(), QStringLiteral("console:a")));
    }
    const auto pushed = m_fixture.sync(m_a);
    QVERIFY2(pushed.ok(), qPrintable(pushed.describe()));
    QCOMPARE(pushed.summary.value(QStringLiteral("pushed")).toInteger(), 1);
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT server_version FROM finding WHERE id = %1").arg(finding)),
             1);
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state <> 'sent'")), 0);

    const auto pulled = m_fixture.sync(m_b);
    QVERIFY2(pulled.ok(), qPrintable(pulled.describe()));
    QCOMPARE(pulled.pulled(QStringLiteral("finding_status")), 1);
    // Same key on B (the same events give the same finding), now acknowledged by A's supervisor.
    auto a = m_a.unlock();
    CUSTODIAN_VERIFY_OK(a);
    auto key = a->database().queryText(QStringLiteral("SELECT dedupe_key FROM finding WHERE id = %1").arg(finding));
    CUSTODIAN_VERIFY_OK(key);
    a->lock();
    const QString where = QStringLiteral("FROM finding WHERE dedupe_key = '%1'").arg(*key);
    QCOMPARE(SyncFixture::count(m_b, QStringLiteral("SELECT status ") + where), qint64(FindingStatus::Acknowledged));
    QCOMPARE(SyncFixture::count(m_b, QStringLiteral("SELECT server_version ") + where), 1);
    QCOMPARE(SyncFixture::count(m_b,
                                QStringLiteral("SELECT count(*) FROM finding f JOIN supervisor s ON s.id = "
                                               "f.status_by WHERE f.dedupe_key = '%1' AND s.username = '%2'")
                                    .arg(*key, m_fixture.central().supervisors().front())),
             1);

    // An escalation travels with its note and recipient; reopening it travels too (issue 15, point 3). Another
    // finding, the last open one: the acknowledged one and the first open ones are the next tests'.
    const qint64 escalated = firstFinding(m_a, QStringLiteral("id = (SELECT max(id) FROM finding WHERE status = 1)"));
    QVERIFY(escalated > 0 && escalated != finding);
    QString escalatedWhere;
    {
        auto store = m_a.unlock();
        CUSTODIAN_VERIFY_OK(store);
        auto escalatedKey = store->database().queryText(
            QStringLiteral("SELECT dedupe_key FROM finding WHERE id = %1").arg(escalated));
        CUSTODIAN_VERIFY_OK(escalatedKey);
        escalatedWhere = QStringLiteral("FROM finding WHERE dedupe_key = '%1'").arg(*escalatedKey);
    }
    const QString recipientName = m_fixture.central().supervisors().back();
    const qint64 recipientOnA
        = SyncFixture::count(m_a, QStringLiteral("SELECT id FROM supervisor WHERE username = '%1'").arg(recipientName));
    QVERIFY(recipientOnA > 0);
    {
        auto store = m_a.unlock();
        CUSTODIAN_VERIFY_OK(store);
        CUSTODIAN_VERIFY_OK(FindingWorkflow::escalate(store->database(), escalated, QStringLiteral("call the agent"),
                                                      recipientOnA, QStringLiteral("console:a")));
    }
    QVERIFY(m_fixture.sync(m_a).ok());
    QVERIFY(m_fixture.sync(m_b).ok());
    QCOMPARE(SyncFixture::count(m_b, QStringLiteral("SELECT status ") + escalatedWhere),
             qint64(FindingStatus::Escalated));
    QCOMPARE(SyncFixture::count(m_b,
                                QStringLiteral("SELECT count(*) FROM finding f JOIN supervisor s ON s.id = "
                                               "f.escalated_to WHERE f.id = (SELECT id %1) AND s.username = '%2' AND "
                                               "f.status_reason = 'call the agent'")
                                    .arg(escalatedWhere, recipientName)),
             1);
    {
        auto store = m_a.unlock();
        CUSTODIAN_VERIFY_OK(store);
        CUSTODIAN_VERIFY_OK(FindingWorkflow::changeStatus(store->database(), escalated, FindingStatus::Open,
                                                          QStringLiteral("escalated the wrong agent"),
                                                          QStringLiteral("console:a")));
    }
    const auto reopened = m_fixture.sync(m_a);
    QVERIFY2(reopened.ok() && reopened.summary.value(QStringLiteral("pushed")).toInteger() == 1,
             qPrintable(reopened.describe()));
    QVERIFY(m_fixture.sync(m_b).ok());
    QCOMPARE(SyncFixture::count(m_b, QStringLiteral("SELECT status ") + escalatedWhere), qint64(FindingStatus::Open));
    QCOMPARE(SyncFixture::count(m_b,
                                QStringLiteral("SELECT count(*) ") + escalatedWhere
                                    + QStringLiteral(" AND escalated_to "
                                                     "IS NULL")),
             1);
}

void SyncEndToEndTest::conflictTakeTheirs()
{
    // Both consoles decide on the same acknowledged finding before either syncs.
    const qint64 onA = firstFinding(m_a, QStringLiteral("status = 2"));
    QVERIFY(onA > 0);
    auto a = m_a.unlock();
    CUSTODIAN_VERIFY_OK(a);
    auto key = a->database().queryText(QStringLiteral("SELECT dedupe_key FROM finding WHERE id = %1").arg(onA));
    CUSTODIAN_VERIFY_OK(key);
    CUSTODIAN_VERIFY_OK(FindingWorkflow::changeStatus(a->database(), onA, FindingStatus::Dismissed,
                                                      QStringLiteral("benign: scheduled overtime"),
                                                      QStringLiteral("console:a")));
    a->lock();
    const qint64 onB
        = SyncFixture::count(m_b, QStringLiteral("SELECT id FROM finding WHERE dedupe_key = '%1'").arg(*key));
    const qint64 recipient = SyncFixture::count(m_b, QStringLiteral("SELECT min(id) FROM supervisor"));
    QVERIFY(recipient > 0);
    {
        auto b = m_b.unlock();
        CUSTODIAN_VERIFY_OK(b);
        CUSTODIAN_VERIFY_OK(FindingWorkflow::escalate(b->database(), onB, QStringLiteral("needs the site lead"),
                                                      recipient, QStringLiteral("console:b")));
    }
    QVERIFY(m_fixture.sync(m_a).ok());
    const auto conflicted = m_fixture.sync(m_b);
    QVERIFY2(conflicted.ok(), qPrintable(conflicted.describe()));
    QCOMPARE(conflicted.summary.value(QStringLiteral("conflicts")).toInteger(), 1);
    // B keeps its own decision until its supervisor resolves the conflict: the pulled one waits.
    QCOMPARE(SyncFixture::count(m_b, QStringLiteral("SELECT status FROM finding WHERE id = %1").arg(onB)),
             qint64(FindingStatus::Escalated));
    {
        auto b = m_b.unlock();
        CUSTODIAN_VERIFY_OK(b);
        SyncConflicts conflicts(b->database());
        auto open = conflicts.open();
        CUSTODIAN_VERIFY_OK(open);
        QCOMPARE(open->size(), std::size_t(1));
        QCOMPARE(open->front().entityId, onB);
        QVERIFY(open->front().theirs.contains(QStringLiteral("scheduled overtime")));
        CUSTODIAN_VERIFY_OK(
            conflicts.resolve(open->front().id, SyncConflicts::Resolution::TakeTheirs, QStringLiteral("console:b")));
        CUSTODIAN_VERIFY_ERROR(
            conflicts.resolve(open->front().id, SyncConflicts::Resolution::KeepMine, QStringLiteral("console:b")),
            Error::Code::NotFound);
    }
    QCOMPARE(SyncFixture::count(m_b, QStringLiteral("SELECT status FROM finding WHERE id = %1").arg(onB)),
             qint64(FindingStatus::Dismissed));
    QCOMPARE(SyncFixture::count(m_b,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'sync.conflict.resolved' AND detail LIKE '%take_theirs%'")),
             1);
    // Nothing more to push from B; the service still has A's decision.
    const auto after = m_fixture.sync(m_b);
    QVERIFY2(after.ok(), qPrintable(after.describe()));
    QCOMPARE(after.summary.value(QStringLiteral("pushed")).toInteger(), 0);
    QCOMPARE(
        m_fixture.centralCount(QStringLiteral("SELECT status FROM central_finding WHERE dedupe_key = '%1'").arg(*key)),
        qint64(FindingStatus::Dismissed));
}

void SyncEndToEndTest::conflictKeepMine()
{
    const qint64 onA = firstFinding(m_a, QStringLiteral("status = 1"));
    auto a = m_a.unlock();
    CUSTODIAN_VERIFY_OK(a);
    auto key = a->database().queryText(QStringLiteral("SELECT dedupe_key FROM finding WHERE id = %1").arg(onA));
    CUSTODIAN_VERIFY_OK(key);
    CUSTODIAN_VERIFY_OK(FindingWorkflow::changeStatus(a->database(), onA, FindingStatus::Acknowledged, QString(),
                                                      QStringLiteral("console:a")));
    a->lock();
    const qint64 onB
        = SyncFixture::count(m_b, QStringLiteral("SELECT id FROM finding WHERE dedupe_key = '%1'").arg(*key));
    const qint64 recipient = SyncFixture::count(m_b, QStringLiteral("SELECT min(id) FROM supervisor"));
    QVERIFY(recipient > 0);
    {
        auto b = m_b.unlock();
        CUSTODIAN_VERIFY_OK(b);
        CUSTODIAN_VERIFY_OK(FindingWorkflow::escalate(b->database(), onB, QStringLiteral("needs the site lead"),
                                                      recipient, QStringLiteral("console:b")));
    }
    QVERIFY(m_fixture.sync(m_a).ok());
    QCOMPARE(m_fixture.sync(m_b).summary.value(QStringLiteral("conflicts")).toInteger(), 1);
    {
        auto b = m_b.unlock();
        CUSTODIAN_VERIFY_OK(b);
        SyncConflicts conflicts(b->database());
        auto open = conflicts.open();
        CUSTODIAN_VERIFY_OK(open);
        QCOMPARE(open->size(), std::size_t(1));
        CUSTODIAN_VERIFY_OK(
            conflicts.resolve(open->front().id, SyncConflicts::Resolution::KeepMine, QStringLiteral("console:b")));
    }
    // Pushed again on top of A's version: acknowledged → escalated is allowed there too.
    const auto pushed = m_fixture.sync(m_b);
    QVERIFY2(pushed.ok(), qPrintable(pushed.describe()));
    QCOMPARE(pushed.summary.value(QStringLiteral("pushed")).toInteger(), 1);
    QCOMPARE(
        m_fixture.centralCount(QStringLiteral("SELECT status FROM central_finding WHERE dedupe_key = '%1'").arg(*key)),
        qint64(FindingStatus::Escalated));
    QCOMPARE(
        m_fixture.centralCount(QStringLiteral("SELECT version FROM central_finding WHERE dedupe_key = '%1'").arg(*key)),
        2);
    QVERIFY(m_fixture.sync(m_a).ok());
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT status FROM finding WHERE id = %1").arg(onA)),
             qint64(FindingStatus::Escalated));
}

void SyncEndToEndTest::thresholdsTravel()
{
    {
        auto a = m_a.unlock();
        CUSTODIAN_VERIFY_OK(a);
        auto settings = DetectionSettings::load(a->database());
        CUSTODIAN_VERIFY_OK(settings);
        settings->bulkAccessThresholdPerHour = 321;
        auto saved = settings->save(a->database(), QStringLiteral("console:a"));
        CUSTODIAN_VERIFY_OK(saved);
        QCOMPARE(*saved, 1);
    }
    QCOMPARE(m_fixture.sync(m_a).summary.value(QStringLiteral("pushed")).toInteger(), 1);
    const auto pulled = m_fixture.sync(m_b);
    QVERIFY2(pulled.ok(), qPrintable(pulled.describe()));
    QCOMPARE(SyncFixture::count(m_b,
                                QStringLiteral("SELECT CAST(value AS INTEGER) FROM detection_setting WHERE key = "
                                               "'bulk_access_threshold_per_hour'")),
             321);
    // Audited on B as the central service's change.
    QCOMPARE(SyncFixture::count(m_b,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'detection.settings' AND actor = 'central' AND detail LIKE "
                                               "'%\"new\":\"321\"%'")),
             1);
}

void SyncEndToEndTest::auditEntriesReachTheService()
{
    QVERIFY(m_fixture.sync(m_a).ok());
    const qint64 local = SyncFixture::count(m_a, QStringLiteral("SELECT max(seq) FROM console_audit"));
    // The service keeps the chain by the console's key (its keyring's fingerprint), not by the store id.
    const QString id = m_a.key();
    QVERIFY(!id.isEmpty());
    // The service holds the chain up to what A had when it pushed (the run's own entry comes after, next time).
    const qint64 held
        = m_fixture.centralCount(QStringLiteral("SELECT seq FROM central_audit_head WHERE console_id = '%1'").arg(id));
    QVERIFY(held >= local - 1 && held <= local);
    QCOMPARE(m_fixture.centralCount(
                 QStringLiteral("SELECT count(*) FROM central_audit_entry WHERE console_id = '%1'").arg(id)),
             held);
}

void SyncEndToEndTest::rolledBackStoreIsDetected()
{
    auto console = m_fixture.makeConsole(QStringLiteral("c"), 0);
    CUSTODIAN_VERIFY_OK(console);
    const auto first = m_fixture.sync(*console, { QStringLiteral("--timeout"), QStringLiteral("30") });
    QVERIFY2(first.ok(), qPrintable(first.describe()));
    // A copy of the store as it is now ...
    const QString copy = console->path + QStringLiteral(".copy");
    for (const QString& suffix : { QString(), QStringLiteral(".keyring") }) {
        QFile::remove(copy + suffix);
        QVERIFY(QFile::copy(console->path + suffix, copy + suffix));
    }
    // ... then more audited work, which the next sync sends to the service.
    {
        auto store = console->unlock();
        CUSTODIAN_VERIFY_OK(store);
        CUSTODIAN_VERIFY_OK(store->audit(QStringLiteral("console:c"), QStringLiteral("record.reveal"),
                                         QStringLiteral("record:1"), QStringLiteral("{\"reason\":\"test\"}")));
    }
    QVERIFY(m_fixture.sync(*console).ok());
    QCOMPARE(
        SyncFixture::count(*console, QStringLiteral("SELECT count(*) FROM store_meta WHERE key = 'sync_rollback'")), 0);
    // Someone puts the old copy back, erasing the reveal from the local trail.
    for (const QString& suffix : { QString(), QStringLiteral(".keyring") }) {
        QFile::remove(console->path + suffix);
        QVERIFY(QFile::copy(copy + suffix, console->path + suffix));
    }
    QFile::remove(console->path + QStringLiteral("-wal"));
    QFile::remove(console->path + QStringLiteral("-shm"));
    const auto caught = m_fixture.sync(*console);
    QCOMPARE(caught.outcome.exitCode, 1);
    QVERIFY(caught.summary.value(QStringLiteral("rolled_back")).toBool());
    QVERIFY2(caught.outcome.err.contains(QStringLiteral("rolled back to an older copy")),
             qPrintable(caught.describe()));
    QCOMPARE(SyncFixture::count(*console,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'sync.rollback_detected'")),
             1);
    // The store itself is intact (only older); the data still syncs.
    QVERIFY(m_fixture.verify(*console).isEmpty());
    QCOMPARE(caught.summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
}

void SyncEndToEndTest::wrongTokenIsRefused()
{
    auto console = m_fixture.makeConsole(QStringLiteral("d"), 0);
    CUSTODIAN_VERIFY_OK(console);
    const QString tokenFile = m_fixture.path(QStringLiteral("wrong.token"));
    QFile file(tokenFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not-a-token-this-service-issued");
    file.close();
    const auto refused = m_fixture.sync(*console, { QStringLiteral("--token-file"), tokenFile });
    QCOMPARE(refused.outcome.exitCode, 1);
    QCOMPARE(refused.summary.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("Unauthorized"));
    QVERIFY2(refused.outcome.err.contains(QStringLiteral("token")), qPrintable(refused.describe()));
    QCOMPARE(SyncFixture::count(*console, QStringLiteral("SELECT count(*) FROM access_event")), 0);
    // The token is never printed or logged.
    QVERIFY(!refused.outcome.out.contains(QStringLiteral("not-a-token")));
    QVERIFY(!refused.outcome.err.contains(QStringLiteral("not-a-token")));
}

QTEST_GUILESS_MAIN(SyncEndToEndTest)
#include "SyncEndToEndTest.moc"
