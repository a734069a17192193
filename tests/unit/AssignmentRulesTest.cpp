// The rules of role assignments on hand-made facts, and the workflow on a small hand-built store: separation of
// duties (blocked, exception needed, exception recorded, exception without need), the training gate (block and
// warn, expiry exactly at the start), the role's maximum duration at its boundary, impossible windows, approval by
// the requester, shortening; and a time-bound assignment that expires exactly at its end instant, audited by the
// system, with point-in-time answers computed by hand.
#include "rules/AssignmentRules.h"
#include "rules/RoleAssignmentWorkflow.h"
#include "store/AgentAccessRepository.h"
#include "store/Database.h"
#include "store/SyncState.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr qint64 Now = 1'800'000'000'000; // 2027-01-15

AssignmentFacts baseFacts()
{
    AssignmentFacts facts;
    facts.agentExists = true;
    facts.agentName = QStringLiteral("Ana Lima");
    facts.role = AssignmentFacts::Role {
        7, QStringLiteral("refunds_approver"), QStringLiteral("Refunds approver"), true, 180, true
    };
    facts.training.push_back({ 1, QStringLiteral("PCI DSS awareness"), Now + 365 * DayMs });
    return facts;
}

AssignmentRules::Request baseRequest()
{
    return { 1, 7, Now, Now + 30 * DayMs, QStringLiteral("Covers December"), QString(), Now };
}

QString refusal(const AssignmentRules::Verdict& verdict)
{
    return verdict.refusal ? verdict.refusal->message() : QString();
}
} // namespace

class AssignmentRulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAndNeedsApproval()
    {
        const auto verdict = AssignmentRules::checkGrant(baseRequest(), baseFacts());
        QVERIFY2(!verdict.refusal, qPrintable(refusal(verdict)));
        QVERIFY(verdict.needsApproval);
        QVERIFY(verdict.warnings.isEmpty());
    }

    void separationOfDuties()
    {
        AssignmentFacts facts = baseFacts();
        facts.holdings.push_back(
            { 30, 3, QStringLiteral("Payments agent"), AssignmentStatus::Active, Now - DayMs, {} });
        facts.sodRules.push_back({ 1, QStringLiteral("Card payments vs refund approval"), 3, true,
                                   QStringLiteral("PCI DSS 7.2.2"), QString() });
        auto request = baseRequest();
        QVERIFY(refusal(AssignmentRules::checkGrant(request, facts)).contains(QLatin1String("give its reason")));
        request.sodExceptionReason = QStringLiteral("Team of two");
        const auto excepted = AssignmentRules::checkGrant(request, facts);
        QVERIFY2(!excepted.refusal, qPrintable(refusal(excepted)));
        QCOMPARE(excepted.exceptedRules, QStringList { QStringLiteral("Card payments vs refund approval") });
        // A rule without exceptions blocks whatever the reason.
        facts.sodRules.front().allowException = false;
        QVERIFY(refusal(AssignmentRules::checkGrant(request, facts)).contains(QLatin1String("allows no exception")));
        // A holding that ended before the window starts is no conflict; one ending exactly at the start neither.
        facts.holdings.front().validUntil = Now;
        request.sodExceptionReason.clear();
        QVERIFY(!AssignmentRules::checkGrant(request, facts).refusal);
        // A pending request of the other role counts.
        facts.holdings.front().validUntil.reset();
        facts.holdings.front().status = AssignmentStatus::Pending;
        QVERIFY(refusal(AssignmentRules::checkGrant(request, facts)).contains(QLatin1String("has requested")));
        // An exception reason with nothing to except is refused, not silently recorded.
        facts.holdings.clear();
        request.sodExceptionReason = QStringLiteral("just in case");
        QVERIFY(refusal(AssignmentRules::checkGrant(request, facts)).contains(QLatin1String("no separation")));
    }

    void trainingGate()
    {
        AssignmentFacts facts = baseFacts();
        const auto request = baseRequest();
        // Expiring exactly at the start of the window: not valid for it.
        facts.training.front().validUntil = request.validFrom;
        QVERIFY(refusal(AssignmentRules::checkGrant(request, facts)).contains(QLatin1String("expired")));
        facts.training.front().validUntil = request.validFrom + 1;
        auto verdict = AssignmentRules::checkGrant(request, facts);
        QVERIFY(!verdict.refusal);
        QCOMPARE(verdict.warnings.size(), 1); // valid now, but expires before the assignment ends
        facts.training.front().validUntil.reset();
        QVERIFY(refusal(AssignmentRules::checkGrant(request, facts)).contains(QLatin1String("has not passed")));
        facts.role->trainingBlocks = false; // 'warn'
        verdict = AssignmentRules::checkGrant(request, facts);
        QVERIFY(!verdict.refusal);
        QVERIFY(verdict.warnings.front().contains(QLatin1String("has not passed")));
    }

    // The list's marks and the grant's refusals come from the same rules: for each reason an agent cannot have a
    // role, eligibility() names it with exactly the message checkGrant refuses the grant with.
    void eligibilityAgreesWithTheGrant()
    {
        using Why = AssignmentRules::Ineligibility;
        const auto request = baseRequest();
        auto check = [&](const AssignmentFacts& facts, Why expected, const char* fragment) {
            const auto eligibility = AssignmentRules::eligibility(facts, request.validFrom, request.validUntil);
            QCOMPARE(eligibility.ineligibility, expected);
            QVERIFY2(eligibility.refusal.contains(QLatin1String(fragment)), qPrintable(eligibility.refusal));
            QCOMPARE(eligibility.refusal, refusal(AssignmentRules::checkGrant(request, facts)));
            QVERIFY(!AssignmentRules::shortReason(expected).isEmpty());
        };
        AssignmentFacts facts = baseFacts();
        const auto eligible = AssignmentRules::eligibility(facts, request.validFrom, request.validUntil);
        QVERIFY(eligible.eligible());
        QVERIFY(eligible.refusal.isEmpty());
        QVERIFY(eligible.sodExceptionNeeded.isEmpty());

        facts.training.front().validUntil.reset();
        check(facts, Why::TrainingMissing, "has not passed");
        facts.role->trainingBlocks = false; // 'warn': a warning, not a mark
        QVERIFY(AssignmentRules::eligibility(facts, request.validFrom, request.validUntil).eligible());

        facts = baseFacts();
        facts.holdings.push_back({ 30, 7, QStringLiteral("Refunds approver"), AssignmentStatus::Active, Now, {} });
        check(facts, Why::AlreadyHeld, "already holds");
        // Held only until the window starts: eligible again.
        facts.holdings.front().validUntil = request.validFrom;
        QVERIFY(AssignmentRules::eligibility(facts, request.validFrom, request.validUntil).eligible());

        facts = baseFacts();
        facts.holdings.push_back({ 31, 3, QStringLiteral("Refunds initiator"), AssignmentStatus::Active, Now, {} });
        facts.sodRules.push_back({ 1, QStringLiteral("Card payments vs refund approval"), 4, true, QString(), {} });
        facts.sodRules.push_back({ 2, QStringLiteral("Refund initiation vs approval"), 3, false, QString(), {} });
        check(facts, Why::SodBlocked, "allows no exception");
        // A rule that allows an exception is no mark, but the supervisor learns the exception is needed. It is the
        // first rule here: a blocking rule after it still blocks.
        facts.holdings.push_back({ 32, 4, QStringLiteral("Payments agent"), AssignmentStatus::Active, Now, {} });
        check(facts, Why::SodBlocked, "allows no exception");
        facts.holdings.erase(facts.holdings.begin());
        const auto excepted = AssignmentRules::eligibility(facts, request.validFrom, request.validUntil);
        QVERIFY(excepted.eligible());
        QCOMPARE(excepted.sodExceptionNeeded, refusal(AssignmentRules::checkGrant(request, facts)));
        QVERIFY(excepted.sodExceptionNeeded.contains(QLatin1String("give its reason")));

        facts = baseFacts();
        facts.agentStatus = AgentStatus::Departed;
        check(facts, Why::AgentInactive, "departed");
    }

    void windowAndDuration()
    {
        const AssignmentFacts facts = baseFacts();
        auto request = baseRequest();
        request.validUntil = request.validFrom + 180 * DayMs; // exactly the maximum
        QVERIFY(!AssignmentRules::checkGrant(request, facts).refusal);
        request.validUntil = request.validFrom + 180 * DayMs + 1;
        QVERIFY(refusal(AssignmentRules::checkGrant(request, facts)).contains(QLatin1String("at most 180 day(s)")));
        request.validUntil.reset();
        QVERIFY(
            refusal(AssignmentRules::checkGrant(request, facts)).contains(QLatin1String("give the validity an end")));
        request.validUntil = request.validFrom - 1;
        QVERIFY(refusal(AssignmentRules::checkGrant(request, facts)).contains(QLatin1String("before it starts")));
        request = baseRequest();
        request.validFrom = Now - AssignmentRules::StartGraceMs - 1;
        QVERIFY(refusal(AssignmentRules::checkGrant(request, facts)).contains(QLatin1String("in the past")));
        request = baseRequest();
        request.justification = QStringLiteral("   ");
        QVERIFY(refusal(AssignmentRules::checkGrant(request, facts)).contains(QLatin1String("justification")));
        AssignmentFacts unknown = facts;
        unknown.role.reset();
        QVERIFY(refusal(AssignmentRules::checkGrant(baseRequest(), unknown)).contains(QLatin1String("no role")));
        unknown = facts;
        unknown.agentExists = false;
        QVERIFY(refusal(AssignmentRules::checkGrant(baseRequest(), unknown)).contains(QLatin1String("no agent")));
        unknown = facts;
        unknown.agentStatus = AgentStatus::Departed;
        QVERIFY(refusal(AssignmentRules::checkGrant(baseRequest(), unknown)).contains(QLatin1String("departed")));
    }

    void decisions()
    {
        RoleAssignment pending;
        pending.id = 5;
        pending.status = AssignmentStatus::Pending;
        pending.requestedBy = 1;
        pending.validFrom = Now;
        pending.validUntil = Now + DayMs;
        QVERIFY(AssignmentRules::checkDecision(pending, 1, QString(), true, Now)
                    ->message()
                    .contains(QLatin1String("second supervisor")));
        QVERIFY(!AssignmentRules::checkDecision(pending, 2, QString(), true, Now));
        // The decider rule alone says the same as the whole decision.
        QCOMPARE(AssignmentRules::checkDecider(1, 1, true)->message(),
                 AssignmentRules::checkDecision(pending, 1, QString(), true, Now)->message());
        QVERIFY(!AssignmentRules::checkDecider(1, 2, true));
        QVERIFY(AssignmentRules::checkDecision(pending, 2, QString(), false, Now)); // rejecting needs a reason
        QVERIFY(AssignmentRules::checkDecision(pending, 2, QString(), true, Now + DayMs)); // lapsed
        RoleAssignment active = pending;
        active.status = AssignmentStatus::Active;
        QVERIFY(AssignmentRules::checkDecision(active, 2, QString(), true, Now));
        QVERIFY(!AssignmentRules::checkShorten(active, Now + DayMs / 2, QStringLiteral("r"), Now));
        QVERIFY(AssignmentRules::checkShorten(active, Now + DayMs, QStringLiteral("r"), Now)); // not earlier
        QVERIFY(AssignmentRules::checkShorten(active, Now - 1, QStringLiteral("r"), Now)); // in the past
        QVERIFY(AssignmentRules::checkRevoke(active, QString(), Now));
        QVERIFY(!AssignmentRules::checkRevoke(active, QStringLiteral("left the team"), Now));
        // In force on [validFrom, validUntil): the end instant is already outside.
        QVERIFY(active.inForceAt(Now));
        QVERIFY(active.inForceAt(Now + DayMs - 1));
        QVERIFY(!active.inForceAt(Now + DayMs));
        QVERIFY(!active.inForceAt(Now - 1));
    }

    void expiryAtTheBoundaryInstant()
    {
        test::TestStore store;
        QVERIFY2(store.isValid(), qPrintable(store.errorMessage()));
        Database& db = store.store().database();
        CUSTODIAN_VERIFY_OK(db.exec(QStringLiteral(
            "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', 'PT');"
            "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments');"
            "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (1, 'msilva', 'Marta Silva', 1), "
            "(2, 'jcosta', 'João Costa', 1);"
            "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (1, 'E1', 'Ana Lima', 1, 0);"
            "INSERT INTO permission (id, code, description) VALUES (1, 'refund.approve', 'Approve a refund');"
            "INSERT INTO role (id, code, name, sensitive, max_duration_days) VALUES (7, 'refunds_approver', 'Refunds "
            "approver', 0, 30);"
            "INSERT INTO role_permission VALUES (7, 1);")));
        CUSTODIAN_VERIFY_OK(SyncState(db).setSupervisorId(1));
        auto actor = RoleAssignmentWorkflow::consoleActor(db, QStringLiteral("test"));
        CUSTODIAN_VERIFY_OK(actor);
        const qint64 until = Now + 10 * DayMs;
        auto granted = RoleAssignmentWorkflow::grant(
            db, { 1, 7, Now, until, QStringLiteral("Covers December"), QString(), Now }, *actor);
        CUSTODIAN_VERIFY_OK(granted);
        QVERIFY(granted->status == AssignmentStatus::Active); // not sensitive: in force at once
        AgentAccessRepository access(db);
        auto before = access.effectivePermissions(1, until - 1);
        CUSTODIAN_VERIFY_OK(before);
        QCOMPARE(before->size(), std::size_t(1));
        auto after = access.effectivePermissions(1, until);
        CUSTODIAN_VERIFY_OK(after);
        QCOMPARE(after->size(), std::size_t(0));

        auto early = RoleAssignmentWorkflow::expireDue(db, until - 1);
        CUSTODIAN_VERIFY_OK(early);
        QCOMPARE(*early, 0);
        auto due = RoleAssignmentWorkflow::expireDue(db, until);
        CUSTODIAN_VERIFY_OK(due);
        QCOMPARE(*due, 1);
        QCOMPARE(
            *db.queryInt(QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(granted->assignmentId)),
            qint64(AssignmentStatus::Expired));
        QCOMPARE(*db.queryInt(QStringLiteral("SELECT count(*) FROM console_audit WHERE actor = 'system' AND action = "
                                             "'assignment.expired' AND target = 'assignment:%1'")
                                  .arg(granted->assignmentId)),
                 1);
        auto history = access.history(1);
        CUSTODIAN_VERIFY_OK(history);
        QCOMPARE(history->size(), std::size_t(2));
        QCOMPARE(history->front().change, QStringLiteral("expired"));
        QVERIFY(history->front().by.isEmpty()); // the system
        QCOMPARE(history->back().change, QStringLiteral("granted"));
        QCOMPARE(history->back().by, QStringLiteral("Marta Silva"));
        // Expiry is idempotent.
        auto again = RoleAssignmentWorkflow::expireDue(db, until + DayMs);
        CUSTODIAN_VERIFY_OK(again);
        QCOMPARE(*again, 0);

        // A second grant of the same role in the same window is refused, after it not.
        auto overlap
            = RoleAssignmentWorkflow::grant(db, { 1, 7, Now, until, QStringLiteral("x"), QString(), Now }, *actor);
        QVERIFY(overlap); // the first one has expired: no holding any more
        auto duplicate = RoleAssignmentWorkflow::grant(
            db, { 1, 7, Now + DayMs, until, QStringLiteral("y"), QString(), Now }, *actor);
        QVERIFY(!duplicate);
        QVERIFY(duplicate.error().message().contains(QLatin1String("already holds")));
    }
};

QTEST_GUILESS_MAIN(AssignmentRulesTest)
#include "AssignmentRulesTest.moc"
