// The central service decides every change with its own clock (docs/sync-api.md, "Time"; defect 3 of issue #13).
// Real custodian-central on loopback, changes sent by hand with a real supervisor's token as a modified console would
// send them: a grant refused today for expired training stays refused when its request is back-dated to before the
// training expired; a revocation back-dated four years ends the grant at the service's now, and its history says so;
// a finding decision and a campaign carry the service's times; a plausible console time is kept beside the change
// record as information, an implausible one is not, and one from the future is refused.
#include "CentralClient.h"
#include "SyncFixture.h"

#include "domain/Enums.h"
#include "store/Database.h"
#include "support/ResultChecks.h"

#include <QCborArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

namespace {
// An active agent and a non-sensitive, open-ended role with this training gate that the agent neither holds nor
// conflicts with (separation of duties), and whose every required training the agent passed once: "agent role".
QString grantable(const QString& gate)
{
    return QStringLiteral(
               "SELECT g.id || ' ' || r.id FROM agent g, role r WHERE g.status = 1 AND r.training_gate = '%1' AND "
               "r.sensitive = 0 AND r.max_duration_days IS NULL AND NOT EXISTS (SELECT 1 FROM role_assignment a WHERE "
               "a.agent_id = g.id AND a.role_id = r.id) AND NOT EXISTS (SELECT 1 FROM sod_rule s JOIN role_assignment "
               "a ON a.agent_id = g.id AND a.status IN (1, 2) AND a.role_id = CASE WHEN s.role_a_id = r.id THEN "
               "s.role_b_id ELSE s.role_a_id END WHERE s.role_a_id = r.id OR s.role_b_id = r.id) AND NOT EXISTS "
               "(SELECT 1 FROM role_training_requirement q WHERE q.role_id = r.id AND NOT EXISTS (SELECT 1 FROM "
               "training_record t WHERE t.agent_id = g.id AND t.module_id = q.module_id AND t.passed = 1)) ORDER BY "
               "g.id, r.id LIMIT 1")
        .arg(gate);
}

constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr qint64 YearMs = 365 * DayMs;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 randomId()
{
    return 1 + qint64(QRandomGenerator::global()->bounded(quint64(1) << 52));
}
} // namespace

class ServerClockTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backDatedGrantStaysRefused();
    void backDatedRevocationEndsTheGrantNow();
    void grantStartsWhenTheServiceAcceptsIt();
    void findingDecisionTakesTheServicesTime();
    void campaignTakesTheServicesTime();
    void consoleTimeFromTheFutureIsRefused();
    void cleanupTestCase();

private:
    [[nodiscard]] CentralClient client(int supervisor = 0);
    [[nodiscard]] qint64 central(const QString& sql) { return m_fixture.centralCount(sql); }

    SyncFixture m_fixture;
};

CentralClient ServerClockTest::client(int supervisor)
{
    return CentralClient(m_fixture.central(),
                         m_fixture.central().tokenFile(m_fixture.central().supervisors().value(supervisor)),
                         QStringLiteral("clock-test-%1").arg(supervisor));
}

void ServerClockTest::initTestCase()
{
    const QString problem = m_fixture.initialise(5000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString started = m_fixture.central().start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void ServerClockTest::cleanupTestCase()
{
    m_fixture.central().stop();
}

void ServerClockTest::backDatedGrantStaysRefused()
{
    // An active agent who could be granted a role whose required training blocks the grant, and who passed that
    // training once. The passes are made to have expired 30 days ago (completed over a year before), as the training
    // system would record them: a grant asked for today is refused.
    qint64 agentId = 0;
    qint64 roleId = 0;
    const qint64 expired = nowMs() - 30 * DayMs;
    {
        auto store = m_fixture.centralStore();
        CUSTODIAN_VERIFY_OK(store);
        Database& database = store->database();
        auto candidate = database.queryText(grantable(QStringLiteral("block")));
        CUSTODIAN_VERIFY_OK(candidate);
        const QStringList ids = candidate->split(QLatin1Char(' '));
        QVERIFY2(ids.size() == 2, "the demo organisation has an agent with a training-gated role to ask for");
        agentId = ids[0].toLongLong();
        roleId = ids[1].toLongLong();
        CUSTODIAN_VERIFY_OK(database.exec(
            QStringLiteral("UPDATE training_record SET completed_at = %1, expires_at = %2 WHERE agent_id = %3 AND "
                           "passed = 1 AND module_id IN (SELECT module_id FROM role_training_requirement WHERE role_id "
                           "= %4)")
                .arg(expired - YearMs)
                .arg(expired)
                .arg(agentId)
                .arg(roleId)));
    }
    const QString held = QStringLiteral("SELECT count(*) FROM role_assignment WHERE agent_id = %1 AND role_id = %2")
                             .arg(agentId)
                             .arg(roleId);
    auto request = [&](qint64 at) {
        QCborMap payload;
        const QString requestId = QStringLiteral("clock-test-%1").arg(randomId());
        payload.insert(QLatin1String("action"), QLatin1String("request"));
        payload.insert(QLatin1String("request_id"), requestId);
        payload.insert(QLatin1String("agent_id"), agentId);
        payload.insert(QLatin1String("role_id"), roleId);
        payload.insert(QLatin1String("valid_from"), at);
        payload.insert(QLatin1String("valid_until"), QCborValue(nullptr));
        payload.insert(QLatin1String("justification"), QLatin1String("Covers the queue this week"));
        payload.insert(QLatin1String("at"), at);
        return client().change(QStringLiteral("assignment.change"), QStringLiteral("request:") + requestId,
                               QCborValue(nullptr), payload);
    };

    const auto today = request(nowMs());
    QCOMPARE(today.status, 422);
    QVERIFY2(today.body.value(QLatin1String("error"))
                 .toMap()
                 .value(QLatin1String("message"))
                 .toString()
                 .contains(QLatin1String("expired")),
             qPrintable(today.describe()));

    // The attack: the same request dated ten days before the training expired, as a modified console would send it.
    const auto backDated = request(expired - 10 * DayMs);
    QCOMPARE(backDated.status, 422);
    QVERIFY2(backDated.body.value(QLatin1String("error"))
                 .toMap()
                 .value(QLatin1String("message"))
                 .toString()
                 .contains(QLatin1String("expired")),
             qPrintable(backDated.describe()));
    QCOMPARE(central(held), 0);
}

void ServerClockTest::backDatedRevocationEndsTheGrantNow()
{
    // A grant held for a long time, open-ended.
    const qint64 id = central(QStringLiteral("SELECT id FROM role_assignment WHERE status = 2 AND valid_until IS NULL "
                                             "AND valid_from < %1 ORDER BY valid_from, id LIMIT 1")
                                  .arg(nowMs() - 30 * DayMs));
    QVERIFY2(id > 0, "the demo organisation has a long-held grant");
    const qint64 version = central(QStringLiteral("SELECT version FROM role_assignment WHERE id = %1").arg(id));
    const qint64 validFrom = central(QStringLiteral("SELECT valid_from FROM role_assignment WHERE id = %1").arg(id));
    // Back-dated four years: on a service that believed it, the grant would have ended long before it began.
    QCborMap payload;
    payload.insert(QLatin1String("action"), QLatin1String("revoke"));
    payload.insert(QLatin1String("reason"), QLatin1String("Moved to another team"));
    payload.insert(QLatin1String("at"), nowMs() - 4 * YearMs);
    const qint64 before = nowMs();
    const auto revoked = client().change(QStringLiteral("assignment.change"), QString::number(id), version, payload);
    const qint64 after = nowMs();
    QVERIFY2(revoked.status == 200, qPrintable(revoked.describe()));
    QCOMPARE(central(QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(id)),
             qint64(AssignmentStatus::Revoked));
    const qint64 endedAt = central(QStringLiteral("SELECT ended_at FROM role_assignment WHERE id = %1").arg(id));
    QVERIFY2(endedAt >= before && endedAt <= after,
             qPrintable(QStringLiteral("ended at %1, not between %2 and %3 (valid from %4)")
                            .arg(endedAt)
                            .arg(before)
                            .arg(after)
                            .arg(validFrom)));
    // The history says so.
    const qint64 line = central(QStringLiteral("SELECT max(changed_at) FROM role_assignment_change WHERE assignment_id "
                                               "= %1 AND change = 'revoked'")
                                    .arg(id));
    QVERIFY2(line >= before && line <= after, qPrintable(QString::number(line)));
    QCOMPARE(central(QStringLiteral("SELECT count(*) FROM role_assignment_change WHERE assignment_id = %1 AND "
                                    "change = 'revoked' AND changed_at < %2")
                         .arg(id)
                         .arg(before)),
             0);
    // The console's claim, four years off, is not kept even as information.
    QCOMPARE(central(QStringLiteral("SELECT count(*) FROM central_change WHERE entity = '%1' AND kind = "
                                    "'assignment.change' AND console_at IS NOT NULL")
                         .arg(id)),
             0);
}

void ServerClockTest::grantStartsWhenTheServiceAcceptsIt()
{
    // A request that starts an hour ago (a console's form left open): it starts when the service accepted it.
    const QString pick = grantable(QStringLiteral("warn"));
    auto store = m_fixture.centralStore();
    CUSTODIAN_VERIFY_OK(store);
    auto candidate = store->database().queryText(pick);
    CUSTODIAN_VERIFY_OK(candidate);
    store->lock();
    const QStringList ids = candidate->split(QLatin1Char(' '));
    QVERIFY2(ids.size() == 2, "the demo organisation has a role to grant without a blocking training");
    const QString requestId = QStringLiteral("clock-test-%1").arg(randomId());
    QCborMap payload;
    payload.insert(QLatin1String("action"), QLatin1String("request"));
    payload.insert(QLatin1String("request_id"), requestId);
    payload.insert(QLatin1String("agent_id"), ids[0].toLongLong());
    payload.insert(QLatin1String("role_id"), ids[1].toLongLong());
    payload.insert(QLatin1String("valid_from"), nowMs() - 3600'000);
    payload.insert(QLatin1String("valid_until"), QCborValue(nullptr));
    payload.insert(QLatin1String("justification"), QLatin1String("Leads the late shift"));
    payload.insert(QLatin1String("at"), nowMs() - 60'000);
    const qint64 before = nowMs();
    const auto granted = client().change(QStringLiteral("assignment.change"), QStringLiteral("request:") + requestId,
                                         QCborValue(nullptr), payload);
    const qint64 after = nowMs();
    QVERIFY2(granted.status == 200, qPrintable(granted.describe()));
    const qint64 id = granted.body.value(QLatin1String("id")).toInteger();
    for (const char* column : { "valid_from", "requested_at" }) {
        const qint64 value = central(
            QStringLiteral("SELECT %1 FROM role_assignment WHERE id = %2").arg(QLatin1String(column)).arg(id));
        QVERIFY2(value >= before && value <= after, column);
    }
    // A minute behind the service's clock is plausible: kept beside the change record, as information.
    QCOMPARE(central(QStringLiteral("SELECT count(*) FROM central_change WHERE entity = 'request:%1' AND console_at "
                                    "BETWEEN %2 AND %3")
                         .arg(requestId)
                         .arg(before - 70'000)
                         .arg(after - 50'000)),
             1);
}

void ServerClockTest::findingDecisionTakesTheServicesTime()
{
    const QString key = QStringLiteral("bulk_access:1:%1").arg(randomId());
    QCborMap payload;
    payload.insert(QLatin1String("status"), 2);
    payload.insert(QLatin1String("reason"), QCborValue(nullptr));
    payload.insert(QLatin1String("at"), nowMs() - 3 * DayMs);
    const qint64 before = nowMs();
    const auto decided = client().change(QStringLiteral("finding.status"), key, QCborValue(nullptr), payload);
    const qint64 after = nowMs();
    QVERIFY2(decided.status == 200, qPrintable(decided.describe()));
    const qint64 at
        = central(QStringLiteral("SELECT decided_at FROM central_finding WHERE dedupe_key = '%1'").arg(key));
    QVERIFY2(at >= before && at <= after, qPrintable(QString::number(at)));
}

void ServerClockTest::campaignTakesTheServicesTime()
{
    const qint64 assignment
        = central(QStringLiteral("SELECT a.id FROM role_assignment a JOIN agent g ON g.id = a.agent_id WHERE a.status "
                                 "= 2 AND (a.valid_until IS NULL OR a.valid_until > %1) ORDER BY a.id LIMIT 1")
                      .arg(nowMs()));
    const qint64 team = central(
        QStringLiteral("SELECT g.team_id FROM role_assignment a JOIN agent g ON g.id = a.agent_id WHERE a.id = %1")
            .arg(assignment));
    const qint64 reviewer = central(QStringLiteral("SELECT id FROM supervisor WHERE username = '%1'")
                                        .arg(m_fixture.central().supervisors().value(1)));
    QVERIFY(assignment > 0 && team > 0 && reviewer > 0);
    const qint64 id = randomId();
    QCborMap item;
    item.insert(QLatin1String("id"), randomId());
    item.insert(QLatin1String("assignment_id"), assignment);
    QCborMap payload;
    payload.insert(QLatin1String("action"), QLatin1String("create"));
    payload.insert(QLatin1String("name"), QLatin1String("Back-dated review"));
    payload.insert(QLatin1String("scope_kind"), QLatin1String("team"));
    payload.insert(QLatin1String("scope_id"), team);
    payload.insert(QLatin1String("reviewer_id"), reviewer);
    payload.insert(QLatin1String("due_at"), nowMs() + 14 * DayMs);
    payload.insert(QLatin1String("evidence_days"), 90);
    payload.insert(QLatin1String("default_decision"), QLatin1String("keep"));
    payload.insert(QLatin1String("created_at"), nowMs() - 300 * DayMs);
    payload.insert(QLatin1String("at"), nowMs() - 300 * DayMs);
    payload.insert(QLatin1String("items"), QCborArray { item });
    const qint64 before = nowMs();
    const auto created
        = client().change(QStringLiteral("review.campaign"), QString::number(id), QCborValue(nullptr), payload);
    const qint64 after = nowMs();
    QVERIFY2(created.status == 200, qPrintable(created.describe()));
    const qint64 createdAt = central(QStringLiteral("SELECT created_at FROM review_campaign WHERE id = %1").arg(id));
    QVERIFY2(createdAt >= before && createdAt <= after, qPrintable(QString::number(createdAt)));
}

void ServerClockTest::consoleTimeFromTheFutureIsRefused()
{
    QCborMap payload;
    payload.insert(QLatin1String("status"), 2);
    payload.insert(QLatin1String("reason"), QCborValue(nullptr));
    payload.insert(QLatin1String("at"), nowMs() + 3600'000);
    const QString key = QStringLiteral("bulk_access:2:%1").arg(randomId());
    const auto refused = client().change(QStringLiteral("finding.status"), key, QCborValue(nullptr), payload);
    QCOMPARE(refused.status, 422);
    QVERIFY2(refused.body.value(QLatin1String("error"))
                 .toMap()
                 .value(QLatin1String("message"))
                 .toString()
                 .contains(QLatin1String("clock")),
             qPrintable(refused.describe()));
    QCOMPARE(central(QStringLiteral("SELECT count(*) FROM central_finding WHERE dedupe_key = '%1'").arg(key)), 0);
}

QTEST_GUILESS_MAIN(ServerClockTest)
#include "ServerClockTest.moc"
