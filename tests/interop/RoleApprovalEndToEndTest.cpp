// Role assignments across two consoles and one custodian-central, real processes on loopback: a sensitive role
// blocked by separation of duties, then requested with an exception, refused to its own requester, approved on the
// second console and in force on the first after sync — each step in the agent's history and the console audits —,
// the service enforcing the approval rule itself against a console that pushes its own approval, a request the
// service refuses ending on the console too, and a revocation travelling back.
#include "SyncFixture.h"

#include "domain/Enums.h"
#include "store/Database.h"
#include "support/ResultChecks.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace custodian;
using namespace custodian::test;

class RoleApprovalEndToEndTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sodConflictBlocksThenExceptionRequests();
    void requesterCannotApprove();
    void requestReachesTheService();
    void secondSupervisorApproves();
    void approvalIsInForceOnTheFirstConsole();
    void serviceRefusesSelfApproval();
    void serviceRefusalEndsTheLocalRequest();
    void revocationTravels();
    void cleanupTestCase();

private:
    CliRunner::Outcome cli(const SyncFixture::Console& console, const QString& command, const QStringList& extra);
    void syncOk(const SyncFixture::Console& console);
    QJsonObject agentJson(const SyncFixture::Console& console);
    QString text(const SyncFixture::Console& console, const QString& sql);

    SyncFixture m_fixture;
    SyncFixture::Console m_a;
    SyncFixture::Console m_b;
    QString m_employee;
    qint64 m_localId = 0;
    qint64 m_centralId = 0;
};

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;
}

CliRunner::Outcome RoleApprovalEndToEndTest::cli(const SyncFixture::Console& console, const QString& command,
                                                 const QStringList& extra)
{
    return CliRunner::run(console.args(command) + extra);
}

void RoleApprovalEndToEndTest::syncOk(const SyncFixture::Console& console)
{
    const auto synced = m_fixture.sync(console);
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
}

QString RoleApprovalEndToEndTest::text(const SyncFixture::Console& console, const QString& sql)
{
    auto store = console.unlock();
    if (!store)
        return QStringLiteral("(cannot unlock: %1)").arg(store.error().message());
    auto value = store->database().queryText(sql);
    return value ? *value : QStringLiteral("(%1)").arg(value.error().message());
}

QJsonObject RoleApprovalEndToEndTest::agentJson(const SyncFixture::Console& console)
{
    const auto outcome
        = cli(console, QStringLiteral("roles"),
              { QStringLiteral("agent"), QStringLiteral("--agent"), m_employee, QStringLiteral("--json") });
    if (outcome.exitCode != 0)
        qWarning("roles agent failed: %s", qPrintable(outcome.err));
    return QJsonDocument::fromJson(outcome.out.toUtf8()).object();
}

void RoleApprovalEndToEndTest::initTestCase()
{
    const QString problem = m_fixture.startWithTwoConsoles(5000, m_a, m_b);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // An active payments agent with valid PCI DSS training and none of the roles that would block refund approval
    // outright: the rule "Card payments vs refund approval" allows an exception.
    const qint64 horizon = QDateTime::currentMSecsSinceEpoch() + 40 * DayMs;
    m_employee = text(
        m_a,
        QStringLiteral(
            "SELECT g.employee_no FROM agent g JOIN role_assignment a ON a.agent_id = g.id AND a.status = 2 AND "
            "a.valid_until IS NULL JOIN role r ON r.id = a.role_id AND r.code = 'payments_agent' WHERE g.status = 1 "
            "AND "
            "NOT EXISTS (SELECT 1 FROM role_assignment x JOIN role y ON y.id = x.role_id WHERE x.agent_id = g.id AND "
            "x.status IN (1, 2) AND y.code IN ('refunds_initiator', 'refunds_approver')) AND NOT EXISTS (SELECT 1 FROM "
            "role_training_requirement q JOIN role rr ON rr.id = q.role_id AND rr.code = 'refunds_approver' WHERE NOT "
            "EXISTS (SELECT 1 FROM training_record t WHERE t.agent_id = g.id AND t.module_id = q.module_id AND "
            "t.passed = "
            "1 AND t.expires_at > %1)) ORDER BY g.id LIMIT 1")
            .arg(horizon));
    QVERIFY2(!m_employee.isEmpty() && !m_employee.startsWith(QLatin1Char('(')), qPrintable(m_employee));
}

void RoleApprovalEndToEndTest::sodConflictBlocksThenExceptionRequests()
{
    const QString counts = QStringLiteral("SELECT (SELECT count(*) FROM role_assignment) * 1000000 + (SELECT count(*) "
                                          "FROM sync_outbox) * 1000 + (SELECT count(*) FROM console_audit WHERE action "
                                          "LIKE 'assignment.%')");
    const qint64 before = SyncFixture::count(m_a, counts);
    const QStringList grant {
        QStringLiteral("--agent"),         m_employee,
        QStringLiteral("--role"),          QStringLiteral("refunds_approver"),
        QStringLiteral("--days"),          QStringLiteral("30"),
        QStringLiteral("--justification"), QStringLiteral("Covers refund approvals in December")
    };
    auto blocked = cli(m_a, QStringLiteral("assign"), grant);
    QCOMPARE(blocked.exitCode, 1);
    QVERIFY2(blocked.err.contains(QLatin1String("Separation of duties")), qPrintable(blocked.err));
    QVERIFY2(blocked.err.contains(QLatin1String("Card payments vs refund approval")), qPrintable(blocked.err));
    QVERIFY2(blocked.err.contains(QLatin1String("exception")), qPrintable(blocked.err));
    QCOMPARE(SyncFixture::count(m_a, counts), before);

    // Beyond the role's maximum duration (180 days): refused with the limit named.
    auto tooLong = cli(m_a, QStringLiteral("assign"),
                       QStringList(grant).replaceInStrings(QStringLiteral("30"), QStringLiteral("200"))
                           << QStringLiteral("--sod-exception") << QStringLiteral("Team of two this month"));
    QCOMPARE(tooLong.exitCode, 1);
    QVERIFY2(tooLong.err.contains(QLatin1String("at most 180 day(s)")), qPrintable(tooLong.err));
    QCOMPARE(SyncFixture::count(m_a, counts), before);

    auto requested = cli(m_a, QStringLiteral("assign"),
                         grant
                             + QStringList { QStringLiteral("--sod-exception"),
                                             QStringLiteral("Team of two this month; payments reviewed weekly") });
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
    QVERIFY2(requested.out.contains(QLatin1String("waits for a second supervisor")), qPrintable(requested.out));
    m_localId = SyncFixture::count(m_a, QStringLiteral("SELECT min(id) FROM role_assignment"));
    QVERIFY2(m_localId < 0, "a console's new assignment has a local (negative) id");
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(m_localId)),
             qint64(AssignmentStatus::Pending));
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'assignment.request' AND target = 'assignment:%1' AND detail "
                                               "LIKE '%%sod_exception%%'")
                                    .arg(m_localId)),
             1);
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'assignment.change' "
                                               "AND state = 'queued'")),
             1);
}

void RoleApprovalEndToEndTest::requesterCannotApprove()
{
    auto own = cli(m_a, QStringLiteral("approve"), { QStringLiteral("--assignment"), QString::number(m_localId) });
    QCOMPARE(own.exitCode, 1);
    QVERIFY2(own.err.contains(QLatin1String("second supervisor must approve")), qPrintable(own.err));
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(m_localId)),
             qint64(AssignmentStatus::Pending));
}

void RoleApprovalEndToEndTest::requestReachesTheService()
{
    syncOk(m_a);
    // The local row took the service's id; the service holds it pending, requested by console A's supervisor.
    QCOMPARE(
        SyncFixture::count(m_a, QStringLiteral("SELECT count(*) FROM role_assignment WHERE id = %1").arg(m_localId)),
        0);
    m_centralId = m_fixture.centralCount(QStringLiteral("SELECT max(id) FROM role_assignment"));
    QVERIFY(m_centralId > 0);
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT status * 10 + server_version FROM role_assignment WHERE id "
                                               "= %1")
                                    .arg(m_centralId)),
             qint64(AssignmentStatus::Pending) * 10 + 1);
    QCOMPARE(
        m_fixture.centralCount(QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(m_centralId)),
        qint64(AssignmentStatus::Pending));
    QCOMPARE(
        m_fixture.centralCount(
            QStringLiteral("SELECT count(*) FROM role_assignment a JOIN supervisor s ON s.id = a.requested_by WHERE "
                           "a.id = %1 AND s.username = '%2'")
                .arg(m_centralId)
                .arg(m_fixture.central().supervisors().value(0))),
        1);
    // The history moved with it.
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM role_assignment_change WHERE assignment_id = "
                                               "%1 AND change = 'requested'")
                                    .arg(m_centralId)),
             1);
}

void RoleApprovalEndToEndTest::secondSupervisorApproves()
{
    syncOk(m_b);
    auto pending = cli(m_b, QStringLiteral("roles"), { QStringLiteral("pending"), QStringLiteral("--json") });
    QCOMPARE(pending.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(pending.out.toUtf8()).array();
    bool listed = false;
    for (const QJsonValue& entry : list)
        listed |= entry.toObject().value(QStringLiteral("id")).toInteger() == m_centralId;
    QVERIFY2(listed, qPrintable(pending.out));
    auto approved = cli(m_b, QStringLiteral("approve"),
                        { QStringLiteral("--assignment"), QString::number(m_centralId), QStringLiteral("--reason"),
                          QStringLiteral("Exception agreed with the payments manager") });
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    QCOMPARE(SyncFixture::count(m_b,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'assignment.approve' AND target = 'assignment:%1'")
                                    .arg(m_centralId)),
             1);
    syncOk(m_b);
    QCOMPARE(
        m_fixture.centralCount(
            QStringLiteral("SELECT count(*) FROM role_assignment a JOIN supervisor s ON s.id = a.approved_by WHERE "
                           "a.id = %1 AND a.status = 2 AND s.username = '%2'")
                .arg(m_centralId)
                .arg(m_fixture.central().supervisors().value(1))),
        1);
}

void RoleApprovalEndToEndTest::approvalIsInForceOnTheFirstConsole()
{
    syncOk(m_a);
    const QJsonObject agent = agentJson(m_a);
    bool inForce = false;
    for (const QJsonValue& value : agent.value(QStringLiteral("assignments")).toArray()) {
        const QJsonObject a = value.toObject();
        if (a.value(QStringLiteral("id")).toInteger() == m_centralId)
            inForce = a.value(QStringLiteral("in_force")).toBool()
                && a.value(QStringLiteral("status")).toString() == QLatin1String("active");
    }
    QVERIFY2(inForce, QJsonDocument(agent).toJson().constData());
    bool refundApproval = false;
    for (const QJsonValue& value : agent.value(QStringLiteral("permissions")).toArray())
        refundApproval |= value.toObject().value(QStringLiteral("code")).toString() == QLatin1String("refund.approve");
    QVERIFY(refundApproval);
    QStringList changes;
    for (const QJsonValue& value : agent.value(QStringLiteral("history")).toArray()) {
        const QJsonObject line = value.toObject();
        if (line.value(QStringLiteral("assignment")).toInteger() == m_centralId)
            changes << line.value(QStringLiteral("change")).toString();
    }
    QCOMPARE(changes, QStringList({ QStringLiteral("approved"), QStringLiteral("requested") }));
}

void RoleApprovalEndToEndTest::serviceRefusesSelfApproval()
{
    // A second pending request by A; then A's store is made to push A's own approval, as a modified console
    // could. The service applies its own rule.
    auto requested = cli(m_a, QStringLiteral("assign"),
                         { QStringLiteral("--agent"), m_employee, QStringLiteral("--role"),
                           QStringLiteral("data_exporter"), QStringLiteral("--days"), QStringLiteral("7"),
                           QStringLiteral("--justification"), QStringLiteral("Subject access request batch") });
    if (requested.exitCode != 0)
        QSKIP(qPrintable(QStringLiteral("the agent cannot request data_exporter here: %1").arg(requested.err)));
    syncOk(m_a);
    const qint64 id = SyncFixture::count(m_a,
                                         QStringLiteral("SELECT max(a.id) FROM role_assignment a JOIN role r ON "
                                                        "r.id = a.role_id WHERE r.code = 'data_exporter' AND "
                                                        "a.status = 1"));
    QVERIFY(id > 0);
    {
        auto store = m_a.unlock();
        CUSTODIAN_VERIFY_OK(store);
        auto insert = store->database().prepare(QStringLiteral(
            "INSERT INTO sync_outbox (idempotency_key, kind, entity_id, base_version, payload, created_at) VALUES (?, "
            "'assignment.change', ?, 1, ?, ?)"));
        CUSTODIAN_VERIFY_OK(insert);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        insert->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, id)
            .bind(3, QStringLiteral("{\"action\":\"approve\",\"reason\":null,\"at\":%1}").arg(now))
            .bind(4, now);
        CUSTODIAN_VERIFY_OK(insert->run());
    }
    syncOk(m_a);
    const QString error = text(m_a,
                               QStringLiteral("SELECT last_error FROM sync_outbox WHERE state = 'rejected' ORDER BY "
                                              "id DESC LIMIT 1"));
    QVERIFY2(error.contains(QLatin1String("second supervisor must approve")), qPrintable(error));
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(id)),
             qint64(AssignmentStatus::Pending));
}

void RoleApprovalEndToEndTest::serviceRefusalEndsTheLocalRequest()
{
    // A grants a role while the service's copy of the agent is already departed (an HR change A has not pulled yet).
    // The service refuses; A's assignment ends too, with the service's reason.
    const qint64 agentId
        = SyncFixture::count(m_a, QStringLiteral("SELECT id FROM agent WHERE employee_no = '%1'").arg(m_employee));
    QVERIFY(agentId > 0);
    auto requested = cli(m_a, QStringLiteral("assign"),
                         { QStringLiteral("--agent"), m_employee, QStringLiteral("--role"), QStringLiteral("team_lead"),
                           QStringLiteral("--justification"), QStringLiteral("Leads the late shift") });
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.err + requested.out));
    const qint64 localId = SyncFixture::count(m_a, QStringLiteral("SELECT min(id) FROM role_assignment"));
    QVERIFY(localId < 0);
    m_fixture.central().stop();
    {
        const QString data = m_fixture.central().dataDirectory();
        QFile passphraseFile(QDir(data).filePath(QStringLiteral("central.passphrase")));
        QVERIFY(passphraseFile.open(QIODevice::ReadOnly));
        auto store = Store::unlock(QDir(data).filePath(QStringLiteral("central.custodian")),
                                   passphraseFile.readAll().trimmed());
        CUSTODIAN_VERIFY_OK(store);
        CUSTODIAN_VERIFY_OK(
            store->database().exec(QStringLiteral("UPDATE agent SET status = 3 WHERE id = %1").arg(agentId)));
    }
    const QString restarted = m_fixture.central().start();
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    syncOk(m_a);
    QCOMPARE(SyncFixture::count(m_a, QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(localId)),
             qint64(AssignmentStatus::Rejected));
    const QString reason
        = text(m_a, QStringLiteral("SELECT end_reason FROM role_assignment WHERE id = %1").arg(localId));
    QVERIFY2(reason.contains(QLatin1String("Refused by the central service"))
                 && reason.contains(QLatin1String("departed")),
             qPrintable(reason));
}

void RoleApprovalEndToEndTest::revocationTravels()
{
    auto revoked = cli(m_b, QStringLiteral("revoke"),
                       { QStringLiteral("--assignment"), QString::number(m_centralId), QStringLiteral("--reason"),
                         QStringLiteral("December cover ended early") });
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
    syncOk(m_b);
    syncOk(m_a);
    QCOMPARE(
        SyncFixture::count(m_a, QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(m_centralId)),
        qint64(AssignmentStatus::Revoked));
    // Revoking again is refused, with nothing written.
    auto again = cli(m_a, QStringLiteral("revoke"),
                     { QStringLiteral("--assignment"), QString::number(m_centralId), QStringLiteral("--reason"),
                       QStringLiteral("again") });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("already revoked")), qPrintable(again.err));
}

void RoleApprovalEndToEndTest::cleanupTestCase()
{
    m_fixture.central().stop();
}

QTEST_GUILESS_MAIN(RoleApprovalEndToEndTest)
#include "RoleApprovalEndToEndTest.moc"
