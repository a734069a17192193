// The training rules (rules/TrainingRules) on hand-made facts: a pass valid up to but not at its end instant,
// recertification after expiry, required-by-role appearing and disappearing with the role's window, a failed attempt
// after a pass, a campaign's due date (pending, due soon, overdue at the due instant), a role held without any
// assignment, modules not required, and the due-soon window at its edge.
#include "rules/TrainingRules.h"

#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 Day = TrainingRules::DayMs;
constexpr qint64 T0 = 1'800'000'000'000; // 2027-01-15T08:00:00Z
constexpr qint64 Pci = 1;
constexpr qint64 Gdpr = 2;
constexpr qint64 CardRole = 10;

TrainingFacts catalogue()
{
    TrainingFacts facts;
    facts.modules.push_back({ Pci, QStringLiteral("pci"), QStringLiteral("PCI DSS awareness"),
                              QStringLiteral("PCI DSS"), QStringLiteral("PCI DSS 12.6.1"), 365, 80 });
    facts.modules.push_back(
        { Gdpr, QStringLiteral("gdpr"), QStringLiteral("GDPR essentials"), QStringLiteral("GDPR"), {}, 365, 75 });
    facts.roles.push_back({ CardRole, QStringLiteral("card_handler"), QStringLiteral("Card handler") });
    facts.requirements.push_back({ CardRole, Pci });
    facts.campaigns.push_back({ 5, QStringLiteral("GDPR essentials, Jan 2027"), Gdpr, T0, T0 + 30 * Day });
    return facts;
}

TrainingFacts::Record pass(qint64 id, qint64 module, qint64 completedAt, int score = 90)
{
    TrainingFacts::Record r;
    r.id = id;
    r.moduleId = module;
    r.assignedAt = completedAt - 10 * Day;
    r.dueAt = completedAt + 5 * Day;
    r.completedAt = completedAt;
    r.score = score;
    r.passed = true;
    r.expiresAt = completedAt + 365 * Day;
    return r;
}

TrainingFacts::Record fail(qint64 id, qint64 module, qint64 completedAt)
{
    TrainingFacts::Record r = pass(id, module, completedAt, 40);
    r.passed = false;
    r.expiresAt.reset();
    return r;
}

TrainingFacts::Record assignment(qint64 id, qint64 module, std::optional<qint64> campaign, qint64 assignedAt,
                                 qint64 dueAt)
{
    TrainingFacts::Record r;
    r.id = id;
    r.moduleId = module;
    r.campaignId = campaign;
    r.assignedAt = assignedAt;
    r.dueAt = dueAt;
    return r;
}

TrainingStanding standingAt(const TrainingFacts& facts, const TrainingFacts::Agent& agent, qint64 module, qint64 t,
                            int dueSoonDays = TrainingRules::DefaultDueSoonDays)
{
    return TrainingRules::standing(facts, agent, *facts.module(module), t, dueSoonDays);
}
} // namespace

class TrainingRulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passIsValidUpToButNotAtItsEndInstant()
    {
        TrainingFacts facts = catalogue();
        TrainingFacts::Agent agent;
        agent.holdings.push_back({ CardRole, T0 - 400 * Day, TrainingFacts::Holding::Open });
        agent.records.push_back(pass(1, Pci, T0));
        const qint64 end = T0 + 365 * Day;
        QVERIFY(!TrainingRules::validAt(agent, *facts.module(Pci), T0 - 1));
        QVERIFY(TrainingRules::validAt(agent, *facts.module(Pci), T0));
        QVERIFY(TrainingRules::validAt(agent, *facts.module(Pci), end - 1));
        QVERIFY(!TrainingRules::validAt(agent, *facts.module(Pci), end));

        TrainingStanding last = standingAt(facts, agent, Pci, end - 1);
        QCOMPARE(toString(last.state), toString(TrainingState::DueSoon)); // valid, recertification within 30 days
        QVERIFY(last.valid);
        QCOMPARE(last.dueAt, std::optional<qint64>(end));
        TrainingStanding atEnd = standingAt(facts, agent, Pci, end);
        QCOMPARE(toString(atEnd.state), toString(TrainingState::Expired));
        QVERIFY(!atEnd.valid);
        QCOMPARE(atEnd.expiresAt, std::optional<qint64>(end));
        QCOMPARE(atEnd.daysOverdue, qint64(0));
        QCOMPARE(standingAt(facts, agent, Pci, end + 3 * Day + 1).daysOverdue, qint64(3));
    }

    void missingExpiryFollowsTheModulesValidity()
    {
        TrainingFacts facts = catalogue();
        facts.modules[0].validityDays = 10;
        TrainingFacts::Record r = pass(1, Pci, T0);
        r.expiresAt.reset();
        QCOMPARE(TrainingRules::expiryOf(r, *facts.module(Pci)), T0 + 10 * Day);
        QCOMPARE(TrainingRules::validity(r, *facts.module(Pci)), std::make_optional(std::make_pair(T0, T0 + 10 * Day)));
        QVERIFY(!TrainingRules::validity(r, *facts.module(Gdpr))); // another module's record
        QVERIFY(!TrainingRules::validity(fail(2, Pci, T0), *facts.module(Pci)));
        QVERIFY(TrainingRules::validAt(r, *facts.module(Pci), T0 + 10 * Day - 1));
        QVERIFY(!TrainingRules::validAt(r, *facts.module(Pci), T0 + 10 * Day));
    }

    void recertificationAfterExpiryIsCompliantAgain()
    {
        TrainingFacts facts = catalogue();
        TrainingFacts::Agent agent;
        agent.holdings.push_back({ CardRole, T0 - 400 * Day, TrainingFacts::Holding::Open });
        agent.records.push_back(pass(1, Pci, T0));
        const qint64 renewed = T0 + 365 * Day + 20 * Day;
        agent.records.push_back(pass(2, Pci, renewed, 85));

        TrainingStanding lapsed = standingAt(facts, agent, Pci, renewed - 1);
        QCOMPARE(toString(lapsed.state), toString(TrainingState::Expired));
        QCOMPARE(lapsed.daysOverdue, qint64(19));
        QCOMPARE(lapsed.completedAt, std::optional<qint64>(T0));

        TrainingStanding again = standingAt(facts, agent, Pci, renewed);
        QCOMPARE(toString(again.state), toString(TrainingState::Compliant));
        QCOMPARE(again.completedAt, std::optional<qint64>(renewed));
        QCOMPARE(again.score, std::optional<int>(85));
        QCOMPARE(again.dueAt, std::optional<qint64>(renewed + 365 * Day));
        QCOMPARE(again.daysLeft, qint64(365));
    }

    void renewalBeforeExpiryRunsFromTheNewPass()
    {
        TrainingFacts facts = catalogue();
        TrainingFacts::Agent agent;
        agent.holdings.push_back({ CardRole, T0 - 400 * Day, TrainingFacts::Holding::Open });
        agent.records.push_back(pass(1, Pci, T0));
        agent.records.push_back(pass(2, Pci, T0 + 330 * Day));
        const TrainingStanding s = standingAt(facts, agent, Pci, T0 + 364 * Day);
        QCOMPARE(toString(s.state), toString(TrainingState::Compliant));
        QCOMPARE(s.dueAt, std::optional<qint64>(T0 + 695 * Day));
    }

    void requiredByRoleFollowsTheRolesWindow()
    {
        TrainingFacts facts = catalogue();
        TrainingFacts::Agent agent;
        const qint64 from = T0 + 10 * Day;
        const qint64 until = T0 + 40 * Day;
        agent.holdings.push_back({ CardRole, from, until });

        QCOMPARE(toString(standingAt(facts, agent, Pci, from - 1).state), toString(TrainingState::NotRequired));
        // Held without ever passing: overdue from the first instant of the window.
        TrainingStanding held = standingAt(facts, agent, Pci, from);
        QCOMPARE(toString(held.state), toString(TrainingState::Overdue));
        QCOMPARE(held.requiredByRoles, std::vector<qint64> { CardRole });
        QCOMPARE(held.dueAt, std::optional<qint64>(from));
        QCOMPARE(standingAt(facts, agent, Pci, from + 2 * Day).daysOverdue, qint64(2));
        // The window ends at `until` itself.
        QCOMPARE(toString(standingAt(facts, agent, Pci, until - 1).state), toString(TrainingState::Overdue));
        TrainingStanding after = standingAt(facts, agent, Pci, until);
        QCOMPARE(toString(after.state), toString(TrainingState::NotRequired));
        QVERIFY(after.requiredByRoles.empty());

        // A pass taken outside any assignment (assigned_at after t: only the completion is known) is valid and
        // makes the window compliant; after the window the module is no longer required, the pass still valid.
        TrainingFacts::Record own = pass(1, Pci, T0);
        own.assignedAt = until + Day;
        agent.records.push_back(own);
        QCOMPARE(toString(standingAt(facts, agent, Pci, from).state), toString(TrainingState::Compliant));
        TrainingStanding laterPass = standingAt(facts, agent, Pci, until);
        QCOMPARE(toString(laterPass.state), toString(TrainingState::NotRequired));
        QVERIFY(laterPass.valid);
        // An assignment, by contrast, keeps the module required after the role's window: awareness training recurs.
        agent.records.front().assignedAt = T0 - Day;
        TrainingStanding assigned = standingAt(facts, agent, Pci, until);
        QCOMPARE(toString(assigned.state), toString(TrainingState::Compliant));
        QVERIFY(assigned.requiredByRoles.empty());
        QVERIFY(assigned.assignedIndividually);
    }

    void failedAttemptAfterAPassDoesNotTakeItAway()
    {
        TrainingFacts facts = catalogue();
        TrainingFacts::Agent agent;
        agent.holdings.push_back({ CardRole, T0 - 400 * Day, TrainingFacts::Holding::Open });
        agent.records.push_back(pass(1, Pci, T0));
        agent.records.push_back(fail(2, Pci, T0 + 100 * Day));
        const TrainingStanding s = standingAt(facts, agent, Pci, T0 + 200 * Day);
        QCOMPARE(toString(s.state), toString(TrainingState::Compliant));
        QCOMPARE(s.completedAt, std::optional<qint64>(T0));
        QCOMPARE(s.passed, std::optional<bool>(true));
        QCOMPARE(s.lastFailedAt, std::optional<qint64>(T0 + 100 * Day));
        // Once the pass has ended, the failed attempt does not renew it.
        QCOMPARE(toString(standingAt(facts, agent, Pci, T0 + 365 * Day).state), toString(TrainingState::Expired));
    }

    void onlyFailedAttemptsAreOverdueAtTheDueDate()
    {
        TrainingFacts facts = catalogue();
        TrainingFacts::Agent agent;
        TrainingFacts::Record r = assignment(1, Gdpr, 5, T0, T0 + 30 * Day);
        r.completedAt = T0 + 3 * Day;
        r.score = 50;
        r.passed = false;
        agent.records.push_back(r);
        const TrainingStanding before = standingAt(facts, agent, Gdpr, T0 + 4 * Day);
        QCOMPARE(toString(before.state), toString(TrainingState::DueSoon));
        QCOMPARE(before.score, std::optional<int>(50));
        QCOMPARE(before.passed, std::optional<bool>(false));
        QCOMPARE(toString(standingAt(facts, agent, Gdpr, T0 + 30 * Day).state), toString(TrainingState::Overdue));
    }

    void campaignDueDate()
    {
        TrainingFacts facts = catalogue();
        TrainingFacts::Agent agent;
        agent.records.push_back(assignment(1, Gdpr, 5, T0, T0 + 30 * Day));

        QCOMPARE(toString(standingAt(facts, agent, Gdpr, T0 - 1).state), toString(TrainingState::NotRequired));
        const TrainingStanding open = standingAt(facts, agent, Gdpr, T0);
        QCOMPARE(toString(open.state), toString(TrainingState::DueSoon)); // due in exactly 30 days: inside the window
        QCOMPARE(open.requiredByCampaigns, std::vector<qint64> { 5 });
        QVERIFY(!open.assignedIndividually);
        QCOMPARE(open.assignedAt, std::optional<qint64>(T0));
        QCOMPARE(open.dueAt, std::optional<qint64>(T0 + 30 * Day));
        QCOMPARE(open.daysLeft, qint64(30));
        // A shorter window: pending until the due date comes within it.
        QCOMPARE(toString(standingAt(facts, agent, Gdpr, T0, 7).state), toString(TrainingState::Pending));
        QCOMPARE(toString(standingAt(facts, agent, Gdpr, T0 + 23 * Day, 7).state), toString(TrainingState::DueSoon));
        // The due instant itself is overdue.
        QCOMPARE(toString(standingAt(facts, agent, Gdpr, T0 + 30 * Day - 1).state), toString(TrainingState::DueSoon));
        const TrainingStanding late = standingAt(facts, agent, Gdpr, T0 + 30 * Day);
        QCOMPARE(toString(late.state), toString(TrainingState::Overdue));
        QCOMPARE(standingAt(facts, agent, Gdpr, T0 + 42 * Day).daysOverdue, qint64(12));
        // A pass completed later is unknown before it happens, and compliant from then on.
        TrainingFacts::Record done = agent.records.front();
        done.completedAt = T0 + 45 * Day;
        done.score = 80;
        done.passed = true;
        done.expiresAt = T0 + 410 * Day;
        agent.records.front() = done;
        QCOMPARE(toString(standingAt(facts, agent, Gdpr, T0 + 45 * Day - 1).state), toString(TrainingState::Overdue));
        QCOMPARE(toString(standingAt(facts, agent, Gdpr, T0 + 45 * Day).state), toString(TrainingState::Compliant));
    }

    void earliestOpenDueDateCounts()
    {
        TrainingFacts facts = catalogue();
        TrainingFacts::Agent agent;
        agent.records.push_back(assignment(1, Gdpr, std::nullopt, T0 - 20 * Day, T0 - 6 * Day)); // onboarding
        agent.records.push_back(assignment(2, Gdpr, 5, T0, T0 + 30 * Day));
        const TrainingStanding s = standingAt(facts, agent, Gdpr, T0);
        QCOMPARE(toString(s.state), toString(TrainingState::Overdue));
        QCOMPARE(s.daysOverdue, qint64(6));
        QVERIFY(s.assignedIndividually);
        QCOMPARE(s.requiredByCampaigns, std::vector<qint64> { 5 });
        QCOMPARE(s.assignedAt, std::optional<qint64>(T0));
    }

    void expiredStaysExpiredWhileANewCampaignIsOpen()
    {
        TrainingFacts facts = catalogue();
        TrainingFacts::Agent agent;
        agent.records.push_back(pass(1, Gdpr, T0 - 400 * Day));
        agent.records.push_back(assignment(2, Gdpr, 5, T0, T0 + 30 * Day));
        const TrainingStanding s = standingAt(facts, agent, Gdpr, T0 + Day);
        QCOMPARE(toString(s.state), toString(TrainingState::Expired));
        QCOMPARE(s.dueAt, std::optional<qint64>(T0 - 35 * Day));
        QCOMPARE(s.daysOverdue, qint64(36));
    }

    void notRequiredModules()
    {
        TrainingFacts facts = catalogue();
        TrainingFacts::Agent agent; // no role, no assignment
        const std::vector<TrainingStanding> all = TrainingRules::standings(facts, agent, T0);
        QCOMPARE(all.size(), std::size_t(2));
        for (const TrainingStanding& s : all) {
            QCOMPARE(toString(s.state), toString(TrainingState::NotRequired));
            QVERIFY(!s.required());
            QVERIFY(!s.dueAt);
        }
        // A pass of a module nobody requires is valid and still not required.
        agent.records.push_back(pass(1, Pci, T0 - 10 * Day));
        agent.records.front().assignedAt = T0 + Day; // assigned only after t: not yet an assignment at t
        const TrainingStanding s = standingAt(facts, agent, Pci, T0);
        QCOMPARE(toString(s.state), toString(TrainingState::NotRequired));
        QVERIFY(s.valid);
        QCOMPARE(s.daysOverdue, qint64(0));
        QCOMPARE(toString(s.state), QStringLiteral("not_required"));
    }

    void dueSoonWindowEdge()
    {
        TrainingFacts facts = catalogue();
        TrainingFacts::Agent agent;
        agent.holdings.push_back({ CardRole, T0 - 400 * Day, TrainingFacts::Holding::Open });
        agent.records.push_back(pass(1, Pci, T0));
        const qint64 end = T0 + 365 * Day;
        QCOMPARE(toString(standingAt(facts, agent, Pci, end - 30 * Day - 1).state), toString(TrainingState::Compliant));
        QCOMPARE(toString(standingAt(facts, agent, Pci, end - 30 * Day).state), toString(TrainingState::DueSoon));
        QCOMPARE(toString(standingAt(facts, agent, Pci, end - 30 * Day, 0).state), toString(TrainingState::Compliant));
    }
};

QTEST_GUILESS_MAIN(TrainingRulesTest)
#include "TrainingRulesTest.moc"
