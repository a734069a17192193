// Access while untrained on a real temporary SQLCipher store with hand-inserted rows: TrainingComplianceSweep raises
// "role held without required training" at the expiry instant itself and not one millisecond before, once per
// (agent, role, module), never for a role whose window has ended, and says so when the training is passed later;
// UntrainedAccessWorkflow suspends the role (the assignment revoked with its console-audit and outbox entries, the
// finding acknowledged) and, once the training is complete, asks for it back up to its original end — a request a
// second supervisor must approve for a sensitive role.
#include "rules/TrainingComplianceSweep.h"
#include "rules/TrainingRules.h"
#include "rules/UntrainedAccessWorkflow.h"
#include "store/Database.h"
#include "store/SyncState.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 Day = TrainingRules::DayMs;
constexpr qint64 T0 = 1'800'000'000'000; // agent 1's PCI DSS pass expires exactly here
constexpr qint64 Hour = 3'600'000;
} // namespace

class UntrainedAccessTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::TestStore>();
        QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
        auto t = [](qint64 days) { return QString::number(T0 + days * Day); };
        CUSTODIAN_VERIFY_OK(db().exec(
            QStringLiteral(
                "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', "
                "'PT');"
                "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments');"
                "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (1, 'msilva', 'Marta Silva', 1), "
                "(2, 'jcosta', 'João Costa', 1);"
                "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES "
                "(1, 'E1', 'Ana Lima', 1, 0), (2, 'E2', 'Rui Sousa', 1, 0);"
                "INSERT INTO training_module (id, code, title, framework, control_ref, validity_days, pass_score) "
                "VALUES (1, 'pci', 'PCI DSS awareness', 'PCI DSS', 'PCI DSS 12.6.1', 365, 80);"
                "INSERT INTO role (id, code, name, sensitive) VALUES (10, 'card_handler', 'Card handler', 0), "
                "(11, 'refunds_approver', 'Refunds approver', 1);"
                "INSERT INTO role_training_requirement VALUES (10, 1), (11, 1);"
                // Agent 1 holds both roles now (the sensitive one until day 200); agent 2, never trained, held the
                // card role until ten days before T0 only.
                "INSERT INTO role_assignment (id, agent_id, role_id, status, valid_from, valid_until, justification, "
                "requested_by, requested_at, approved_at, approved_by, ended_at, version, server_version) VALUES "
                "(1, 1, 10, 2, %1, NULL, 'Payments desk', 1, %1, NULL, NULL, NULL, 1, 1), "
                "(2, 1, 11, 2, %1, %2, 'Refund desk', 1, %1, %1, 2, NULL, 1, 1), "
                "(3, 2, 10, 2, %1, %3, 'Cover', 1, %1, NULL, NULL, NULL, 1, 1);"
                "INSERT INTO training_record (id, agent_id, module_id, assigned_at, due_at, completed_at, score, "
                "passed, expires_at) VALUES (1, 1, 1, %4, %5, %4, 90, 1, %6);")
                .arg(t(-100), t(200), t(-10), t(-380), t(-370), QString::number(T0))));
        CUSTODIAN_VERIFY_OK(SyncState(db()).setSupervisorId(1));
    }

    void cleanup() { m_store.reset(); }

    void raisedAtTheExpiryInstantNotBefore()
    {
        auto before = TrainingComplianceSweep::run(db(), T0 - 1);
        CUSTODIAN_VERIFY_OK(before);
        QCOMPARE(before->raised, 0);
        QCOMPARE(before->agents, 2);
        QCOMPARE(count("finding"), 0);

        auto at = TrainingComplianceSweep::run(db(), T0);
        CUSTODIAN_VERIFY_OK(at);
        QCOMPARE(at->raised, 2); // both of agent 1's roles; agent 2's role window ended before T0
        QCOMPARE(at->lapsed, 2);
        QCOMPARE(
            count(
                QStringLiteral("finding WHERE kind = 8 AND agent_id = 1 AND window_start = %1 AND status = 1").arg(T0)),
            2);
        QCOMPARE(count("finding WHERE agent_id = 2"), 0);
        QCOMPARE(text("SELECT dedupe_key FROM finding WHERE id = (SELECT finding_id FROM finding_role_training "
                      "WHERE role_id = 11)"),
                 TrainingComplianceSweep::dedupeKey(1, 11, 1, T0));
        QVERIFY(text(QStringLiteral("SELECT summary FROM finding WHERE id = %1").arg(findingOf(11)))
                    .contains(QStringLiteral("Refunds approver")));
        QCOMPARE(count("finding_evidence"), 0);
    }

    void onceWhileTheLapseLasts()
    {
        CUSTODIAN_VERIFY_OK(TrainingComplianceSweep::run(db(), T0));
        for (qint64 later : { T0 + 1, T0 + Hour, T0 + 30 * Day }) {
            auto again = TrainingComplianceSweep::run(db(), later);
            CUSTODIAN_VERIFY_OK(again);
            QCOMPARE(again->raised, 0);
            QCOMPARE(again->lapsed, 2);
        }
        QCOMPARE(count("finding"), 2);
        QCOMPARE(count("finding_role_training"), 2);
    }

    void roleWindowEndedRaisesNothing()
    {
        // Agent 2 never passed and held the card role until T0 − 10 days: overdue then, not a holder now.
        auto during = TrainingComplianceSweep::run(db(), T0 - 20 * Day);
        CUSTODIAN_VERIFY_OK(during);
        QCOMPARE(count("finding WHERE agent_id = 2"), 1); // while the role was held, it was a finding
        CUSTODIAN_VERIFY_OK(db().exec(QStringLiteral("DELETE FROM finding_role_training; DELETE FROM finding;")));
        auto after = TrainingComplianceSweep::run(db(), T0 - 10 * Day);
        CUSTODIAN_VERIFY_OK(after);
        QCOMPARE(after->raised, 0);
        QCOMPARE(count("finding"), 0);
    }

    void suspendRevokesWithAuditAndOutbox()
    {
        CUSTODIAN_VERIFY_OK(TrainingComplianceSweep::run(db(), T0));
        const qint64 finding = findingOf(11);
        const auto actor = RoleAssignmentWorkflow::consoleActor(db(), QStringLiteral("console:msilva"));
        CUSTODIAN_VERIFY_OK(actor);

        // A missing reason is refused and writes nothing.
        auto blank = UntrainedAccessWorkflow::suspend(db(), finding, QStringLiteral("  "), *actor, T0 + Hour);
        QVERIFY(!blank);
        QVERIFY(blank.error().message().contains(QStringLiteral("reason")));
        QCOMPARE(count("sync_outbox"), 0);

        CUSTODIAN_VERIFY_OK(
            UntrainedAccessWorkflow::suspend(db(), finding, QStringLiteral("PCI DSS 12.6.3"), *actor, T0 + Hour));
        QCOMPARE(count(QStringLiteral("role_assignment WHERE id = 2 AND status = 4 AND ended_at = %1").arg(T0 + Hour)),
                 1);
        QVERIFY(text("SELECT end_reason FROM role_assignment WHERE id = 2")
                    .startsWith(QStringLiteral("Suspended until the training pci (PCI DSS awareness) is complete "
                                               "(finding %1).")
                                    .arg(finding)));
        QCOMPARE(count("console_audit WHERE action = 'assignment.revoke' AND target = 'assignment:2' AND actor = "
                       "'console:msilva'"),
                 1);
        const QJsonObject payload
            = QJsonDocument::fromJson(
                  text("SELECT payload FROM sync_outbox WHERE kind = 'assignment.change' AND entity_id = 2").toUtf8())
                  .object();
        QCOMPARE(payload.value(QStringLiteral("action")).toString(), QStringLiteral("revoke"));
        QCOMPARE(count(QStringLiteral("finding WHERE id = %1 AND status = 2").arg(finding)), 1); // acknowledged
        QCOMPARE(count("sync_outbox WHERE kind = 'finding.status'"), 1);
        QCOMPARE(count(QStringLiteral("finding_role_training WHERE finding_id = %1 AND suspended_at = %2 AND "
                                      "original_valid_until = %3")
                           .arg(finding)
                           .arg(T0 + Hour)
                           .arg(T0 + 200 * Day)),
                 1);
        // The card role is untouched, and a sweep no longer counts the suspended role as held.
        QCOMPARE(count("role_assignment WHERE id = 1 AND status = 2"), 1);
        auto sweep = TrainingComplianceSweep::run(db(), T0 + 2 * Hour);
        CUSTODIAN_VERIFY_OK(sweep);
        QCOMPARE(sweep->lapsed, 1);

        // Twice is refused; restoring before the training is complete is refused; neither writes anything.
        const qint64 outbox = count("sync_outbox");
        auto twice = UntrainedAccessWorkflow::suspend(db(), finding, QStringLiteral("again"), *actor, T0 + 3 * Hour);
        QVERIFY(!twice);
        auto early = UntrainedAccessWorkflow::restore(db(), finding, QString(), *actor, T0 + 3 * Hour);
        QVERIFY(!early);
        QVERIFY(early.error().message().contains(QStringLiteral("not complete yet")));
        QCOMPARE(count("sync_outbox"), outbox);
    }

    void completedTrainingThenRestoreNeedsASecondSupervisor()
    {
        CUSTODIAN_VERIFY_OK(TrainingComplianceSweep::run(db(), T0));
        const qint64 finding = findingOf(11);
        const auto actor = RoleAssignmentWorkflow::consoleActor(db(), QStringLiteral("console:msilva"));
        CUSTODIAN_VERIFY_OK(actor);
        CUSTODIAN_VERIFY_OK(
            UntrainedAccessWorkflow::suspend(db(), finding, QStringLiteral("Lapsed"), *actor, T0 + Hour));

        // Passed a day later: the next sweep says the training is complete, on both findings.
        CUSTODIAN_VERIFY_OK(db().exec(
            QStringLiteral("INSERT INTO training_record (id, agent_id, module_id, assigned_at, due_at, completed_at, "
                           "score, passed, expires_at) VALUES (2, 1, 1, %1, %2, %2, 95, 1, %3)")
                .arg(T0)
                .arg(T0 + Day)
                .arg(T0 + 366 * Day)));
        auto sweep = TrainingComplianceSweep::run(db(), T0 + Day + 1);
        CUSTODIAN_VERIFY_OK(sweep);
        QCOMPARE(sweep->completed, 2);
        QCOMPARE(sweep->raised, 0);
        QVERIFY(text(QStringLiteral("SELECT summary FROM finding WHERE id = %1").arg(finding))
                    .startsWith(QStringLiteral("Training now complete")));
        QCOMPARE(count(QStringLiteral("finding WHERE id = %1 AND window_end = %2").arg(finding).arg(T0 + Day)), 1);

        auto restored
            = UntrainedAccessWorkflow::restore(db(), finding, QStringLiteral("Passed"), *actor, T0 + Day + Hour);
        CUSTODIAN_VERIFY_OK(restored);
        QVERIFY(restored->status == AssignmentStatus::Pending); // sensitive: four-eyes
        QCOMPARE(
            count(QStringLiteral("role_assignment WHERE id = %1 AND agent_id = 1 AND role_id = 11 AND valid_until = %2")
                      .arg(restored->assignmentId)
                      .arg(T0 + 200 * Day)),
            1);
        const QJsonObject request
            = QJsonDocument::fromJson(text("SELECT payload FROM sync_outbox WHERE kind = 'assignment.change' "
                                           "ORDER BY id DESC LIMIT 1")
                                          .toUtf8())
                  .object();
        QCOMPARE(request.value(QStringLiteral("action")).toString(), QStringLiteral("request"));
        QVERIFY(request.value(QStringLiteral("justification")).toString().contains(QString::number(finding)));
        // The requester cannot approve their own request; a second supervisor can.
        QVERIFY(!RoleAssignmentWorkflow::approve(db(), restored->assignmentId, QString(), *actor, T0 + Day + 2 * Hour));
        const RoleAssignmentWorkflow::Actor second { 2, QStringLiteral("console:jcosta") };
        CUSTODIAN_VERIFY_OK(
            RoleAssignmentWorkflow::approve(db(), restored->assignmentId, QString(), second, T0 + Day + 2 * Hour));
        // Asked for once.
        auto again = UntrainedAccessWorkflow::restore(db(), finding, QString(), *actor, T0 + Day + 3 * Hour);
        QVERIFY(!again);
    }

private:
    Database& db() { return m_store->store().database(); }
    qint64 count(const QString& fromWhere)
    {
        auto n = db().queryInt(QStringLiteral("SELECT count(*) FROM ") + fromWhere);
        return n ? *n : -1;
    }
    qint64 count(const char* fromWhere) { return count(QString::fromUtf8(fromWhere)); }
    QString text(const QString& sql)
    {
        auto value = db().queryText(sql);
        return value ? *value : QString();
    }
    QString text(const char* sql) { return text(QString::fromUtf8(sql)); }
    qint64 findingOf(qint64 roleId)
    {
        auto id = db().queryInt(
            QStringLiteral("SELECT finding_id FROM finding_role_training WHERE role_id = %1").arg(roleId));
        return id ? *id : -1;
    }

    std::unique_ptr<test::TestStore> m_store;
};

QTEST_GUILESS_MAIN(UntrainedAccessTest)
#include "UntrainedAccessTest.moc"
