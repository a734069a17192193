// Access while untrained across two consoles and one custodian-central, real processes on loopback: console A grants
// a sensitive role to an agent whose required training is valid, console B approves it; the pass then runs out (the
// service's record says it expires a few seconds from now, as a pass completed a year ago would) and reaches console A
// through the training stream; the sweep raises nothing one millisecond before the expiry and the finding once it has
// passed; "Suspend role" revokes the assignment and the service accepts the revocation (and the finding's
// acknowledgement); the agent passes again (a new record on the service); the next sweep says the training is
// complete; "Restore role" asks for the role until its original end, which the service holds pending until console
// B's supervisor approves it — the requester may not.
#include "SyncFixture.h"

#include "domain/Enums.h"
#include "rules/RoleAssignmentWorkflow.h"
#include "rules/TrainingComplianceSweep.h"
#include "rules/UntrainedAccessWorkflow.h"
#include "store/Database.h"
#include "support/ResultChecks.h"

#include <QDateTime>
#include <QTest>
#include <QThread>

#include <vector>

using namespace custodian;
using namespace custodian::test;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr qint64 ExpiresInMs = 4000;
} // namespace

class UntrainedAccessEndToEndTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findingRaisedWhenThePassExpires();
    void suspensionIsAcceptedByTheService();
    void restoreWaitsForASecondSupervisor();
    void cleanupTestCase();

private:
    void syncOk(const SyncFixture::Console& console);
    // Plays the learning record store on the service's data: writes `sql` and puts the agent's records of the module
    // on the training feed, as an xAPI pull does.
    void changeTrainingOnTheService(const QString& sql);
    [[nodiscard]] Result<TrainingComplianceSweep::Report> sweepOnA(qint64 now);

    SyncFixture m_fixture;
    SyncFixture::Console m_a;
    SyncFixture::Console m_b;
    qint64 m_agent = 0;
    qint64 m_role = 0;
    qint64 m_module = 0;
    qint64 m_assignment = 0;
    std::optional<qint64> m_originalEnd;
    qint64 m_expiry = 0;
    qint64 m_finding = 0;
};

void UntrainedAccessEndToEndTest::syncOk(const SyncFixture::Console& console)
{
    const auto synced = m_fixture.sync(console);
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
}

void UntrainedAccessEndToEndTest::changeTrainingOnTheService(const QString& sql)
{
    auto store = m_fixture.centralStore();
    CUSTODIAN_VERIFY_OK(store);
    Database& db = store->database();
    CUSTODIAN_VERIFY_OK(db.exec(QStringLiteral("BEGIN IMMEDIATE")));
    CUSTODIAN_VERIFY_OK(db.exec(sql));
    auto ids = db.queryTexts(QStringLiteral("SELECT id FROM training_record WHERE agent_id = %1 AND module_id = %2")
                                 .arg(m_agent)
                                 .arg(m_module));
    CUSTODIAN_VERIFY_OK(ids);
    for (const QString& id : *ids) {
        CUSTODIAN_VERIFY_OK(db.exec(
            QStringLiteral("INSERT OR REPLACE INTO central_revision (stream, type, entity_id, rev) VALUES ('training', "
                           "'training_record', %1, (SELECT CAST(value AS INTEGER) FROM central_meta WHERE key = "
                           "'next_rev'));"
                           "UPDATE central_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'next_rev';")
                .arg(id)));
    }
    CUSTODIAN_VERIFY_OK(db.exec(QStringLiteral("COMMIT")));
}

Result<TrainingComplianceSweep::Report> UntrainedAccessEndToEndTest::sweepOnA(qint64 now)
{
    auto store = m_a.unlock();
    if (!store)
        return store.error();
    return TrainingComplianceSweep::run(store->database(), now);
}

void UntrainedAccessEndToEndTest::initTestCase()
{
    const QString problem = m_fixture.startWithTwoConsoles(5000, m_a, m_b);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The demo organisation's sensitive roles are granted for weeks at a time, so none may be held today: console A
    // grants one the ordinary way (data_exporter: sensitive, requires one module) to an active agent whose training
    // for it is valid for at least two more days, and console B's supervisor approves it.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_role
        = SyncFixture::count(m_a, QStringLiteral("SELECT id FROM role WHERE code = 'data_exporter' AND sensitive = 1"));
    QVERIFY(m_role > 0);
    m_module = SyncFixture::count(
        m_a, QStringLiteral("SELECT min(module_id) FROM role_training_requirement WHERE role_id = %1").arg(m_role));
    QVERIFY(m_module > 0);
    std::vector<qint64> candidates;
    {
        auto store = m_a.unlock();
        CUSTODIAN_VERIFY_OK(store);
        auto pick = store->database().prepare(QStringLiteral(
            "SELECT g.id FROM agent g WHERE g.status = 1 AND NOT EXISTS (SELECT 1 FROM role_training_requirement q "
            "WHERE q.role_id = ?3 AND NOT EXISTS (SELECT 1 FROM training_record t WHERE t.agent_id = g.id AND "
            "t.module_id = q.module_id AND t.passed = 1 AND t.completed_at <= ?1 AND t.expires_at > ?1 + 2 * ?2)) "
            "AND NOT EXISTS (SELECT 1 FROM role_assignment x WHERE x.agent_id = g.id AND x.role_id = ?3 AND x.status "
            "IN (1, 2)) ORDER BY g.id LIMIT 20"));
        CUSTODIAN_VERIFY_OK(pick);
        pick->bind(1, now).bind(2, DayMs).bind(3, m_role);
        CUSTODIAN_VERIFY_OK(pick->forEachRow([&](const Statement& row) { candidates.push_back(row.int64(0)); }));
        auto actor = RoleAssignmentWorkflow::consoleActor(store->database(), QStringLiteral("console:e2e"));
        CUSTODIAN_VERIFY_OK(actor);
        m_originalEnd = now + 20 * DayMs;
        QString refusals;
        for (qint64 candidate : candidates) {
            auto granted
                = RoleAssignmentWorkflow::grant(store->database(),
                                                { candidate, m_role, now, m_originalEnd,
                                                  QStringLiteral("Subject access request batch"), QString(), now },
                                                *actor);
            if (granted) {
                m_agent = candidate;
                break;
            }
            refusals += granted.error().message() + QLatin1Char('\n');
        }
        QVERIFY2(m_agent > 0, qPrintable(QStringLiteral("%1 candidates; %2").arg(candidates.size()).arg(refusals)));
    }
    syncOk(m_a);
    m_assignment = m_fixture.centralCount(
        QStringLiteral("SELECT max(id) FROM role_assignment WHERE agent_id = %1 AND role_id = %2 AND status = %3")
            .arg(m_agent)
            .arg(m_role)
            .arg(int(AssignmentStatus::Pending)));
    QVERIFY(m_assignment > 0);
    syncOk(m_b);
    auto approved = CliRunner::run(m_b.args(QStringLiteral("approve"))
                                   + QStringList { QStringLiteral("--assignment"), QString::number(m_assignment),
                                                   QStringLiteral("--reason"), QStringLiteral("Agreed") });
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    syncOk(m_b);
    syncOk(m_a);
    QCOMPARE(
        SyncFixture::count(m_a, QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(m_assignment)),
        qint64(AssignmentStatus::Active));
    m_originalEnd = SyncFixture::count(
        m_a, QStringLiteral("SELECT valid_until FROM role_assignment WHERE id = %1").arg(m_assignment));
}

void UntrainedAccessEndToEndTest::findingRaisedWhenThePassExpires()
{
    // Nothing yet for this (agent, role, module).
    const QString ours = QStringLiteral("SELECT count(*) FROM finding_role_training WHERE agent_id = %1 AND role_id = "
                                        "%2 AND module_id = %3")
                             .arg(m_agent)
                             .arg(m_role)
                             .arg(m_module);
    CUSTODIAN_VERIFY_OK(sweepOnA(QDateTime::currentMSecsSinceEpoch()));
    QCOMPARE(SyncFixture::count(m_a, ours), 0);

    m_expiry = QDateTime::currentMSecsSinceEpoch() + ExpiresInMs;
    changeTrainingOnTheService(QStringLiteral("UPDATE training_record SET expires_at = %1 WHERE agent_id = %2 AND "
                                              "module_id = %3 AND passed = 1 AND expires_at > %1")
                                   .arg(m_expiry)
                                   .arg(m_agent)
                                   .arg(m_module));
    syncOk(m_a);
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT max(expires_at) FROM training_record WHERE agent_id = %1 AND "
                                               "module_id = %2 AND passed = 1")
                                    .arg(m_agent)
                                    .arg(m_module)),
             m_expiry);

    // Still valid: one millisecond before the expiry the sweep raises nothing for it.
    auto before = sweepOnA(m_expiry - 1);
    CUSTODIAN_VERIFY_OK(before);
    QCOMPARE(SyncFixture::count(m_a, ours), 0);

    const qint64 wait = m_expiry - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0)
        QThread::msleep(static_cast<unsigned long>(wait + 50));
    auto after = sweepOnA(QDateTime::currentMSecsSinceEpoch());
    CUSTODIAN_VERIFY_OK(after);
    QVERIFY(after->raised >= 1);
    QCOMPARE(SyncFixture::count(m_a, ours), 1);
    m_finding
        = SyncFixture::count(m_a, QString(ours).replace(QStringLiteral("count(*)"), QStringLiteral("finding_id")));
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM finding WHERE id = %1 AND kind = %2 AND "
                                               "window_start >= %3 AND status = 1")
                                    .arg(m_finding)
                                    .arg(int(FindingKind::UntrainedRoleHolder))
                                    .arg(m_expiry)),
             1);
    // Again: nothing new.
    auto again = sweepOnA(QDateTime::currentMSecsSinceEpoch());
    CUSTODIAN_VERIFY_OK(again);
    QCOMPARE(again->raised, 0);
}

void UntrainedAccessEndToEndTest::suspensionIsAcceptedByTheService()
{
    QVERIFY(m_finding > 0);
    {
        auto store = m_a.unlock();
        CUSTODIAN_VERIFY_OK(store);
        auto actor = RoleAssignmentWorkflow::consoleActor(store->database(), QStringLiteral("console:e2e"));
        CUSTODIAN_VERIFY_OK(actor);
        CUSTODIAN_VERIFY_OK(UntrainedAccessWorkflow::suspend(
            store->database(), m_finding, QStringLiteral("PCI DSS 12.6.3: no card roles without training"), *actor));
    }
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = "
                                               "'assignment.change' AND entity_id = %1 AND state = 'queued'")
                                    .arg(m_assignment)),
             1);
    syncOk(m_a);
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state <> 'sent'")), 0);
    QCOMPARE(
        m_fixture.centralCount(QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(m_assignment)),
        qint64(AssignmentStatus::Revoked));
    QCOMPARE(m_fixture.centralCount(
                 QStringLiteral("SELECT count(*) FROM role_assignment_change WHERE assignment_id = %1 AND change = "
                                "'revoked' AND reason LIKE '%%finding %2%%'")
                     .arg(m_assignment)
                     .arg(m_finding)),
             1);
    // The finding's acknowledgement travelled too.
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM central_finding WHERE dedupe_key = '%1' AND "
                                                   "status = %2")
                                        .arg(TrainingComplianceSweep::dedupeKey(m_agent, m_role, m_module, m_expiry))
                                        .arg(int(FindingStatus::Acknowledged))),
             1);
    // Console B learns of the revocation.
    syncOk(m_b);
    QCOMPARE(
        SyncFixture::count(m_b, QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(m_assignment)),
        qint64(AssignmentStatus::Revoked));
}

void UntrainedAccessEndToEndTest::restoreWaitsForASecondSupervisor()
{
    const qint64 passed = QDateTime::currentMSecsSinceEpoch() - 1000;
    changeTrainingOnTheService(QStringLiteral("INSERT INTO training_record (agent_id, module_id, assigned_at, due_at, "
                                              "completed_at, score, passed, expires_at) VALUES (%1, %2, %3, %3, %3, "
                                              "96, 1, %4)")
                                   .arg(m_agent)
                                   .arg(m_module)
                                   .arg(passed)
                                   .arg(passed + 365 * DayMs));
    syncOk(m_a);
    auto swept = sweepOnA(QDateTime::currentMSecsSinceEpoch());
    CUSTODIAN_VERIFY_OK(swept);
    QVERIFY(swept->completed >= 1);
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM finding_role_training WHERE finding_id = %1 "
                                               "AND completed_at = %2")
                                    .arg(m_finding)
                                    .arg(passed)),
             1);

    qint64 localId = 0;
    {
        auto store = m_a.unlock();
        CUSTODIAN_VERIFY_OK(store);
        auto actor = RoleAssignmentWorkflow::consoleActor(store->database(), QStringLiteral("console:e2e"));
        CUSTODIAN_VERIFY_OK(actor);
        auto restored = UntrainedAccessWorkflow::restore(store->database(), m_finding, QString(), *actor);
        CUSTODIAN_VERIFY_OK(restored);
        QVERIFY(restored->status == AssignmentStatus::Pending);
        localId = restored->assignmentId;
        // The requester cannot approve it.
        QVERIFY(!RoleAssignmentWorkflow::approve(store->database(), localId, QString(), *actor));
    }
    syncOk(m_a);
    const qint64 centralId = m_fixture.centralCount(
        QStringLiteral("SELECT max(id) FROM role_assignment WHERE agent_id = %1 AND role_id = %2 AND status = %3")
            .arg(m_agent)
            .arg(m_role)
            .arg(int(AssignmentStatus::Pending)));
    QVERIFY(centralId > 0);
    if (m_originalEnd)
        QCOMPARE(m_fixture.centralCount(
                     QStringLiteral("SELECT valid_until FROM role_assignment WHERE id = %1").arg(centralId)),
                 *m_originalEnd);
    else
        QCOMPARE(m_fixture.centralCount(
                     QStringLiteral("SELECT valid_until IS NULL FROM role_assignment WHERE id = %1").arg(centralId)),
                 1);

    syncOk(m_b);
    auto approved
        = CliRunner::run(m_b.args(QStringLiteral("approve"))
                         + QStringList { QStringLiteral("--assignment"), QString::number(centralId),
                                         QStringLiteral("--reason"), QStringLiteral("Training passed again") });
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    syncOk(m_b);
    QCOMPARE(m_fixture.centralCount(
                 QStringLiteral("SELECT count(*) FROM role_assignment a JOIN supervisor s ON s.id = a.approved_by "
                                "WHERE a.id = %1 AND a.status = %2 AND s.username = '%3'")
                     .arg(centralId)
                     .arg(int(AssignmentStatus::Active))
                     .arg(m_fixture.central().supervisors().value(1))),
             1);
    syncOk(m_a);
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(centralId)),
             qint64(AssignmentStatus::Active));
    // Held again with valid training: no new finding.
    auto after = sweepOnA(QDateTime::currentMSecsSinceEpoch());
    CUSTODIAN_VERIFY_OK(after);
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM finding_role_training WHERE agent_id = %1 "
                                               "AND role_id = %2 AND module_id = %3")
                                    .arg(m_agent)
                                    .arg(m_role)
                                    .arg(m_module)),
             1);
}

void UntrainedAccessEndToEndTest::cleanupTestCase()
{
    m_fixture.central().stop();
}

QTEST_GUILESS_MAIN(UntrainedAccessEndToEndTest)
#include "UntrainedAccessEndToEndTest.moc"
