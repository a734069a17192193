// Issue 17's "Done when": two consoles and the real custodian-central on loopback, driven through custodian-cli. An
// incident opened on console A reaches the service with A's ids and the service's reference, console B pulls it with
// its tasks and updates it, A makes a conflicting change, the conflict is shown in words and resolved — once keeping
// A's change (the service applies only the fields A changed, onto B's), once taking the service's incident — and both
// consoles end equal to the service. On the way: an aware-at recorded on A is recorded by the service and reaches B, a
// merge on A is repeated by the service with the carried tasks' ids,
// a pulled incident is held back while A's change waits, the pulled
// timeline replaces A's chained one (and the chain then verifies), and closure stays refused on the service while a
// mandatory task is open.
#include "SyncFixture.h"

#include "domain/Clock.h"
#include "item/SyncConflictModel.h"
#include "rules/BreachWorkflow.h"
#include "rules/IncidentFromEvidence.h"
#include "rules/RoleAssignmentWorkflow.h"
#include "store/Database.h"
#include "store/IncidentTimeline.h"
#include "store/SyncConflicts.h"
#include "support/ResultChecks.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

class IncidentSyncEndToEndTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openedOnAReachesTheServiceAndB();
    void updatedOnBConflictsWithAAndKeepMineMerges();
    void takeTheirsGivesATheServicesIncident();
    void anAwareAtReachesTheServiceAndB();
    void aMergeOnAReachesTheServiceWithItsCarriedTasks();
    void closureWaitsForTheMandatoryTasksOnTheService();
    void bothConsolesEndEqualToTheService();
    void cleanupTestCase();

private:
    CliRunner::Outcome incident(const SyncFixture::Console& console, const QStringList& arguments);
    SyncFixture::Synced syncOk(const SyncFixture::Console& console);
    // What both sides must agree on, as one line: reference, title, severity, impact, phase, closure, the service's
    // version, tasks and their states, the timeline's entries.
    static QString state(Database& database, qint64 id, bool central);
    QString consoleState(const SyncFixture::Console& console);
    QString centralState();
    // The open conflict of this console, resolved the given way; fails the test when there is not exactly one.
    void resolveOnly(const SyncFixture::Console& console, SyncConflicts::Resolution resolution);

    SyncFixture m_fixture;
    SyncFixture::Console m_a;
    SyncFixture::Console m_b;
    qint64 m_id = 0;
    QString m_target; // incident:<id>
};

CliRunner::Outcome IncidentSyncEndToEndTest::incident(const SyncFixture::Console& console, const QStringList& arguments)
{
    return CliRunner::run(console.args(QStringLiteral("incident")) + arguments);
}

SyncFixture::Synced IncidentSyncEndToEndTest::syncOk(const SyncFixture::Console& console)
{
    auto synced = m_fixture.sync(console);
    if (!synced.ok())
        qWarning("sync failed: %s", qPrintable(synced.describe()));
    return synced;
}

QString IncidentSyncEndToEndTest::state(Database& database, qint64 id, bool central)
{
    auto statement = database.prepare(
        QStringLiteral("SELECT i.reference || '|' || i.title || '|' || i.severity || '|' || coalesce(i.impact, '-') || "
                       "'|' || i.phase || '|' || coalesce(i.closure_outcome, '-') || '|' || %1 || '|' || (SELECT "
                       "group_concat(t.id || ':' || t.state, ',') FROM (SELECT id, state FROM incident_task WHERE "
                       "incident_id = i.id ORDER BY id) t) || '|' || (SELECT group_concat(e.id || '@' || e.at || ':' "
                       "|| e.kind, ',') FROM (SELECT id, at, kind FROM incident_timeline WHERE incident_id = i.id "
                       "ORDER BY id) e) FROM incident i WHERE i.id = ?")
            .arg(central ? QStringLiteral("i.version") : QStringLiteral("i.server_version")));
    if (!statement)
        return statement.error().message();
    statement->bind(1, id);
    auto row = statement->firstRow([](const Statement& s) { return s.text(0); });
    if (!row)
        return row.error().message();
    return row->value_or(QStringLiteral("(none)"));
}

QString IncidentSyncEndToEndTest::consoleState(const SyncFixture::Console& console)
{
    auto store = console.unlock();
    if (!store)
        return store.error().message();
    return state(store->database(), m_id, false);
}

QString IncidentSyncEndToEndTest::centralState()
{
    auto store = m_fixture.centralStore();
    if (!store)
        return store.error().message();
    return state(store->database(), m_id, true);
}

void IncidentSyncEndToEndTest::resolveOnly(const SyncFixture::Console& console, SyncConflicts::Resolution resolution)
{
    auto store = console.unlock();
    QVERIFY(store);
    SyncConflicts conflicts(store->database());
    auto open = conflicts.open();
    CUSTODIAN_VERIFY_OK(open);
    QCOMPARE(int(open->size()), 1);
    const SyncConflicts::Conflict& conflict = open->front();
    QCOMPARE(conflict.kind, QStringLiteral("incident.change"));
    QCOMPARE(conflict.entityId, m_id);
    // Shown in words on the Sync page: the incident by reference and title, each side as a sentence.
    QVERIFY2(conflict.entityLabel.startsWith(QStringLiteral("Incident INC-")), qPrintable(conflict.entityLabel));
    const QString mine = SyncConflictModel::describeValue(conflict.kind, conflict.mine);
    const QString theirs = SyncConflictModel::describeValue(conflict.kind, conflict.theirs);
    QVERIFY2(!mine.contains(QLatin1Char('{')) && !mine.isEmpty(), qPrintable(mine));
    QVERIFY2(theirs.contains(QLatin1String("(version ")), qPrintable(theirs));
    CUSTODIAN_VERIFY_OK(conflicts.resolve(conflict.id, resolution, QStringLiteral("console:test")));
}

void IncidentSyncEndToEndTest::initTestCase()
{
    const QString problem = m_fixture.startWithTwoConsoles(3000, m_a, m_b);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void IncidentSyncEndToEndTest::openedOnAReachesTheServiceAndB()
{
    auto opened = incident(m_a,
                           { QStringLiteral("open"), QStringLiteral("--title"),
                             QStringLiteral("Card number read out on a recorded line"), QStringLiteral("--category"),
                             QStringLiteral("card_data_exposure"), QStringLiteral("--severity"), QStringLiteral("high"),
                             QStringLiteral("--owner"), m_fixture.central().supervisors().at(0) });
    QVERIFY2(opened.exitCode == 0, qPrintable(CliRunner::describe(opened)));
    m_id = SyncFixture::count(
        m_a, QStringLiteral("SELECT id FROM incident WHERE title = 'Card number read out on a recorded line'"));
    QVERIFY(m_id > 0);
    m_target = QStringLiteral("incident:%1").arg(m_id);
    // Queued in the opening's own transaction, with no base version: the service has never seen it.
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'incident.change' AND "
                                               "entity_id = %1 AND state = 'queued' AND base_version IS NULL")
                                    .arg(m_id)),
             1);
    QVERIFY(SyncFixture::count(m_a, QStringLiteral("SELECT timeline_head_seq FROM incident WHERE id = %1").arg(m_id))
            == 1);

    const auto pushed = syncOk(m_a);
    QVERIFY(pushed.ok());
    QCOMPARE(pushed.summary.value(QStringLiteral("pushed")).toInteger(), 1);
    // The service holds it under A's id, with A's task ids, opened by A's supervisor.
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM incident WHERE id = %1").arg(m_id)), 1);
    QCOMPARE(
        m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM incident_task WHERE incident_id = %1").arg(m_id)),
        SyncFixture::count(m_a, QStringLiteral("SELECT count(*) FROM incident_task WHERE incident_id = %1").arg(m_id)));
    // A learnt the service's version, and its copy is the service's: the pulled timeline replaced the chained
    // entries, and the chain starts again (verified, nothing chained, everything from the service).
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT server_version FROM incident WHERE id = %1").arg(m_id)), 1);
    QCOMPARE(consoleState(m_a), centralState());
    {
        auto store = m_a.unlock();
        QVERIFY(store);
        auto verified = IncidentTimeline::verify(store->database(), m_id);
        CUSTODIAN_VERIFY_OK(verified);
        QVERIFY2(verified->intact, qPrintable(verified->reason));
        QCOMPARE(verified->chained, 0);
        QCOMPARE(verified->fromService, 1);
    }

    QVERIFY(syncOk(m_b).ok());
    QCOMPARE(consoleState(m_b), centralState());
    QVERIFY(SyncFixture::count(m_b,
                               QStringLiteral("SELECT count(*) FROM incident_task WHERE incident_id = %1 AND mandatory "
                                              "= 1")
                                   .arg(m_id))
            > 0);
}

void IncidentSyncEndToEndTest::updatedOnBConflictsWithAAndKeepMineMerges()
{
    auto onB = incident(
        m_b, { QStringLiteral("update"), m_target, QStringLiteral("--severity"), QStringLiteral("critical") });
    QVERIFY2(onB.exitCode == 0, qPrintable(CliRunner::describe(onB)));
    QVERIFY(syncOk(m_b).ok());
    // A changes the impact on the version it holds (1): the service is at 2.
    auto onA
        = incident(m_a, { QStringLiteral("update"), m_target, QStringLiteral("--impact"), QStringLiteral("major") });
    QVERIFY2(onA.exitCode == 0, qPrintable(CliRunner::describe(onA)));
    const auto conflicted = syncOk(m_a);
    QVERIFY(conflicted.ok());
    QCOMPARE(conflicted.summary.value(QStringLiteral("conflicts")).toInteger(), 1);
    // While the conflict is open, the pulled incident is held back: A still shows its own change.
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT impact FROM incident WHERE id = %1").arg(m_id)), 4);
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT severity FROM incident WHERE id = %1").arg(m_id)), 3);

    resolveOnly(m_a, SyncConflicts::Resolution::KeepMine);
    const auto kept = syncOk(m_a);
    QVERIFY(kept.ok());
    QCOMPARE(kept.summary.value(QStringLiteral("pushed")).toInteger(), 1);
    // Only the field A changed went onto B's: critical and major, at version 3, on the service and on A.
    QCOMPARE(
        m_fixture.centralCount(QStringLiteral("SELECT severity * 10 + impact FROM incident WHERE id = %1").arg(m_id)),
        44);
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT version FROM incident WHERE id = %1").arg(m_id)), 3);
    QCOMPARE(consoleState(m_a), centralState());
}

void IncidentSyncEndToEndTest::takeTheirsGivesATheServicesIncident()
{
    QVERIFY(syncOk(m_b).ok());
    auto onB = incident(m_b,
                        { QStringLiteral("update"), m_target, QStringLiteral("--title"),
                          QStringLiteral("Card number read out on a recorded line (QA call 4411)") });
    QVERIFY2(onB.exitCode == 0, qPrintable(CliRunner::describe(onB)));
    QVERIFY(syncOk(m_b).ok());
    auto onA
        = incident(m_a, { QStringLiteral("phase"), m_target, QStringLiteral("--to"), QStringLiteral("containing") });
    QVERIFY2(onA.exitCode == 0, qPrintable(CliRunner::describe(onA)));
    QCOMPARE(syncOk(m_a).summary.value(QStringLiteral("conflicts")).toInteger(), 1);
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT phase FROM incident WHERE id = %1").arg(m_id)), 3);

    resolveOnly(m_a, SyncConflicts::Resolution::TakeTheirs);
    // The service's incident replaced A's at once: B's title, still declared, A's move given up.
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT phase FROM incident WHERE id = %1").arg(m_id)), 1);
    QCOMPARE(consoleState(m_a), centralState());
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'sync.conflict.resolved' AND target = 'incident:%1'")
                                    .arg(m_id)),
             2);
    const auto after = syncOk(m_a);
    QVERIFY(after.ok());
    QCOMPARE(after.summary.value(QStringLiteral("pushed")).toInteger(), 0);
    QCOMPARE(consoleState(m_a), centralState());
}

void IncidentSyncEndToEndTest::anAwareAtReachesTheServiceAndB()
{
    {
        auto store = m_a.unlock();
        QVERIFY(store);
        auto actor = RoleAssignmentWorkflow::consoleActor(store->database(), QStringLiteral("console:test"));
        CUSTODIAN_VERIFY_OK(actor);
        CUSTODIAN_VERIFY_OK(BreachWorkflow::recordAwareness(store->database(), m_id, Clock::nowMs() - 1000,
                                                            QStringLiteral("Card numbers confirmed on the recording"),
                                                            *actor));
    }
    const auto pushed = syncOk(m_a);
    QVERIFY(pushed.ok());
    QCOMPARE(pushed.summary.value(QStringLiteral("pushed")).toInteger(), 1);
    QCOMPARE(
        m_fixture.centralCount(QStringLiteral("SELECT personal_data_breach FROM incident WHERE id = %1").arg(m_id)), 1);
    QCOMPARE(m_fixture.centralCount(
                 QStringLiteral("SELECT count(*) FROM incident_breach_awareness WHERE incident_id = %1").arg(m_id)),
             1);
    QVERIFY(syncOk(m_b).ok());
    QCOMPARE(
        SyncFixture::count(m_b, QStringLiteral("SELECT personal_data_breach FROM incident WHERE id = %1").arg(m_id)),
        1);
    QCOMPARE(SyncFixture::count(
                 m_b, QStringLiteral("SELECT notification_deadline_at FROM incident WHERE id = %1").arg(m_id)),
             m_fixture.centralCount(
                 QStringLiteral("SELECT notification_deadline_at FROM incident WHERE id = %1").arg(m_id)));
}

void IncidentSyncEndToEndTest::aMergeOnAReachesTheServiceWithItsCarriedTasks()
{
    // A second incident opened on A, and merged into the first before A syncs: its opening goes first, then the merge.
    auto opened = incident(m_a,
                           { QStringLiteral("open"), QStringLiteral("--title"),
                             QStringLiteral("Password reset for a caller who could not verify"),
                             QStringLiteral("--category"), QStringLiteral("account_takeover"),
                             QStringLiteral("--owner"), m_fixture.central().supervisors().at(0) });
    QVERIFY2(opened.exitCode == 0, qPrintable(CliRunner::describe(opened)));
    const qint64 other = SyncFixture::count(
        m_a,
        QStringLiteral("SELECT id FROM incident WHERE title = 'Password reset for a caller who could not verify'"));
    QVERIFY(other > 0);
    {
        auto store = m_a.unlock();
        QVERIFY(store);
        auto actor = RoleAssignmentWorkflow::consoleActor(store->database(), QStringLiteral("console:test"));
        CUSTODIAN_VERIFY_OK(actor);
        CUSTODIAN_VERIFY_OK(IncidentFromEvidence::merge(store->database(), m_id, other,
                                                        QStringLiteral("The same caller, the same evening"), *actor));
    }
    const qint64 carried
        = SyncFixture::count(m_a,
                             QStringLiteral("SELECT count(*) FROM incident_task WHERE incident_id = %1 AND "
                                            "task_key IN (SELECT task_key FROM incident_task WHERE incident_id = "
                                            "%2)")
                                 .arg(m_id)
                                 .arg(other));
    QVERIFY(carried > 0);
    const auto pushed = syncOk(m_a);
    QVERIFY(pushed.ok());
    QCOMPARE(pushed.summary.value(QStringLiteral("pushed")).toInteger(), 2);
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT duplicate_of FROM incident WHERE id = %1").arg(other)),
             m_id);
    // The carried tasks kept A's ids on the service: A's copy, pulled back, is the service's, tasks included.
    QCOMPARE(consoleState(m_a), centralState());
}

void IncidentSyncEndToEndTest::closureWaitsForTheMandatoryTasksOnTheService()
{
    const QStringList closing { QStringLiteral("close"),     m_target,
                                QStringLiteral("--outcome"), QStringLiteral("true_positive_without_impact"),
                                QStringLiteral("--summary"), QStringLiteral("Recording redacted; agent coached.") };
    // The console refuses it itself (the same rule).
    auto refused = incident(m_b, closing);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(syncOk(m_b).ok());
    const qint64 tasks = SyncFixture::count(
        m_b, QStringLiteral("SELECT count(*) FROM incident_task WHERE incident_id = %1").arg(m_id));
    QVERIFY(tasks > 0);
    for (qint64 n = 1; n <= tasks; ++n) {
        auto decided = incident(m_b,
                                { QStringLiteral("task"), m_target, QStringLiteral("--task"), QString::number(n),
                                  QStringLiteral("--done") });
        QVERIFY2(decided.exitCode == 0, qPrintable(CliRunner::describe(decided)));
    }
    auto closed = incident(m_b, closing);
    QVERIFY2(closed.exitCode == 0, qPrintable(CliRunner::describe(closed)));
    const auto pushed = syncOk(m_b);
    QVERIFY(pushed.ok());
    QCOMPARE(pushed.summary.value(QStringLiteral("pushed")).toInteger(), tasks + 1);
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT phase FROM incident WHERE id = %1").arg(m_id)), 7);
}

void IncidentSyncEndToEndTest::bothConsolesEndEqualToTheService()
{
    QVERIFY(syncOk(m_a).ok());
    QVERIFY(syncOk(m_b).ok());
    const QString central = centralState();
    QVERIFY2(central.contains(QLatin1String("|7|2|")), qPrintable(central));
    QCOMPARE(consoleState(m_a), central);
    QCOMPARE(consoleState(m_b), central);
    // Nothing left waiting or in conflict, and both stores verify.
    for (const SyncFixture::Console* console : { &m_a, &m_b }) {
        QCOMPARE(SyncFixture::count(*console,
                                    QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'incident.change' "
                                                   "AND state IN ('queued', 'conflict') AND NOT EXISTS (SELECT 1 FROM "
                                                   "sync_conflict c WHERE c.outbox_id = sync_outbox.id AND "
                                                   "c.resolved_at IS NOT NULL)")),
                 0);
        const QString verified = m_fixture.verify(*console);
        QVERIFY2(verified.isEmpty(), qPrintable(verified));
    }
}

void IncidentSyncEndToEndTest::cleanupTestCase()
{
    m_fixture.central().stop();
}

QTEST_GUILESS_MAIN(IncidentSyncEndToEndTest)
#include "IncidentSyncEndToEndTest.moc"
