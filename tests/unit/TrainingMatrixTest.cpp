// TrainingMatrix on hand-made facts, against counts made by hand: five agents in three teams on two sites, two
// modules, a card role; the matrix by team, site and role (required, complete, each state, % complete, the agents
// behind a cell), the per-module totals, the per-agent standings, and the overdue, due-soon and expiring lists.
#include "rules/TrainingMatrix.h"

#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 Day = TrainingRules::DayMs;
constexpr qint64 T0 = 1'800'000'000'000;
constexpr qint64 Pci = 1;
constexpr qint64 Gdpr = 2;
constexpr qint64 CardRole = 10;
using Counts = TrainingMatrix::Counts;

TrainingFacts::Record record(qint64 id, qint64 module, std::optional<qint64> campaign, qint64 assignedAt, qint64 dueAt,
                             std::optional<qint64> passedAt = std::nullopt)
{
    TrainingFacts::Record r;
    r.id = id;
    r.moduleId = module;
    r.campaignId = campaign;
    r.assignedAt = assignedAt;
    r.dueAt = dueAt;
    if (passedAt) {
        r.completedAt = passedAt;
        r.score = 90;
        r.passed = true;
        r.expiresAt = *passedAt + 365 * Day;
    }
    return r;
}

TrainingFacts::Agent agent(qint64 id, qint64 team, const char* teamName, qint64 site, const char* siteCode)
{
    TrainingFacts::Agent a;
    a.id = id;
    a.employeeNo = QStringLiteral("E%1").arg(id);
    a.displayName = QStringLiteral("Agent %1").arg(id);
    a.teamId = team;
    a.teamName = QString::fromLatin1(teamName);
    a.siteId = site;
    a.siteCode = QString::fromLatin1(siteCode);
    return a;
}

TrainingFacts facts()
{
    TrainingFacts f;
    f.at = T0;
    f.modules.push_back(
        { Pci, QStringLiteral("pci"), QStringLiteral("PCI DSS awareness"), QStringLiteral("PCI DSS"), {}, 365, 80 });
    f.modules.push_back(
        { Gdpr, QStringLiteral("gdpr"), QStringLiteral("GDPR essentials"), QStringLiteral("GDPR"), {}, 365, 75 });
    f.roles.push_back({ CardRole, QStringLiteral("card_handler"), QStringLiteral("Card handler") });
    f.requirements.push_back({ CardRole, Pci });
    f.campaigns.push_back({ 5, QStringLiteral("GDPR essentials"), Gdpr, T0 - 5 * Day, T0 + 25 * Day });

    TrainingFacts::Agent a1 = agent(1, 1, "Payments", 1, "LIS"); // PCI compliant, GDPR due in 25 days
    a1.holdings.push_back({ CardRole, T0 - 500 * Day, TrainingFacts::Holding::Open });
    a1.records.push_back(record(1, Pci, std::nullopt, T0 - 110 * Day, T0 - 96 * Day, T0 - 100 * Day));
    a1.records.push_back(record(2, Gdpr, 5, T0 - 5 * Day, T0 + 25 * Day));
    TrainingFacts::Agent a2 = agent(2, 1, "Payments", 1, "LIS"); // PCI expiring in 15 days
    a2.holdings.push_back({ CardRole, T0 - 500 * Day, TrainingFacts::Holding::Open });
    a2.records.push_back(record(3, Pci, std::nullopt, T0 - 360 * Day, T0 - 346 * Day, T0 - 350 * Day));
    TrainingFacts::Agent a3 = agent(3, 2, "Care", 2, "POR"); // card role for 40 days, no PCI; GDPR done
    a3.holdings.push_back({ CardRole, T0 - 40 * Day, TrainingFacts::Holding::Open });
    a3.records.push_back(record(4, Gdpr, 5, T0 - 5 * Day, T0 + 25 * Day, T0 - 2 * Day));
    TrainingFacts::Agent a4 = agent(4, 2, "Care", 2, "POR"); // GDPR expired 35 days ago
    a4.records.push_back(record(5, Gdpr, std::nullopt, T0 - 410 * Day, T0 - 396 * Day, T0 - 400 * Day));
    TrainingFacts::Agent a5 = agent(5, 3, "Billing", 1, "LIS"); // GDPR due in 60 days
    a5.records.push_back(record(6, Gdpr, std::nullopt, T0 - 5 * Day, T0 + 60 * Day));
    f.agents = { a1, a2, a3, a4, a5 };
    return f;
}

void compareCounts(const TrainingMatrix::Cell* cell, const Counts& expected, std::optional<int> percent)
{
    QVERIFY(cell);
    QCOMPARE(cell->counts.required, expected.required);
    QCOMPARE(cell->counts.complete, expected.complete);
    QCOMPARE(cell->counts.compliant, expected.compliant);
    QCOMPARE(cell->counts.dueSoon, expected.dueSoon);
    QCOMPARE(cell->counts.pending, expected.pending);
    QCOMPARE(cell->counts.overdue, expected.overdue);
    QCOMPARE(cell->counts.expired, expected.expired);
    QCOMPARE(cell->counts.percentComplete(), percent);
}
} // namespace

class TrainingMatrixTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byTeam()
    {
        const TrainingMatrix m = TrainingMatrix::build(facts(), TrainingMatrix::GroupBy::Team);
        QCOMPARE(m.groups.size(), std::size_t(3));
        QCOMPARE(m.groups[0].name, QStringLiteral("Billing"));
        QCOMPARE(m.groups[1].name, QStringLiteral("Care"));
        QCOMPARE(m.groups[2].name, QStringLiteral("Payments"));
        QCOMPARE(m.groups[2].siteCode, QStringLiteral("LIS"));
        QCOMPARE(m.cells.size(), std::size_t(5)); // nobody in Billing needs PCI
        QVERIFY(!m.cell(3, Pci));
        //                          required complete compliant dueSoon pending overdue expired
        compareCounts(m.cell(1, Pci), { 2, 2, 1, 1, 0, 0, 0 }, 100);
        compareCounts(m.cell(1, Gdpr), { 1, 0, 0, 1, 0, 0, 0 }, 0);
        compareCounts(m.cell(2, Pci), { 1, 0, 0, 0, 0, 1, 0 }, 0);
        compareCounts(m.cell(2, Gdpr), { 2, 1, 1, 0, 0, 0, 1 }, 50);
        compareCounts(m.cell(3, Gdpr), { 1, 0, 0, 0, 1, 0, 0 }, 0);
        QCOMPARE(m.cell(2, Gdpr)->agentIds, (std::vector<qint64> { 3, 4 }));
        // Cells come group by group in the groups' order.
        QCOMPARE(m.cells.front().groupId, qint64(3));
        QCOMPARE(m.cells.back().groupId, qint64(1));

        compareCounts(m.total(Pci), { 3, 2, 1, 1, 0, 1, 0 }, 66);
        compareCounts(m.total(Gdpr), { 4, 1, 1, 1, 1, 0, 1 }, 25);
    }

    void bySiteAndByRole()
    {
        const TrainingMatrix site = TrainingMatrix::build(facts(), TrainingMatrix::GroupBy::Site);
        QCOMPARE(site.groups.size(), std::size_t(2));
        compareCounts(site.cell(1, Pci), { 2, 2, 1, 1, 0, 0, 0 }, 100);
        compareCounts(site.cell(1, Gdpr), { 2, 0, 0, 1, 1, 0, 0 }, 0);
        compareCounts(site.cell(2, Gdpr), { 2, 1, 1, 0, 0, 0, 1 }, 50);

        const TrainingMatrix role = TrainingMatrix::build(facts(), TrainingMatrix::GroupBy::Role);
        QCOMPARE(role.groups.size(), std::size_t(1));
        QCOMPARE(role.groups[0].name, QStringLiteral("card_handler"));
        compareCounts(role.cell(CardRole, Pci), { 3, 2, 1, 1, 0, 1, 0 }, 66);
        compareCounts(role.cell(CardRole, Gdpr), { 2, 1, 1, 1, 0, 0, 0 }, 50);
    }

    void agentsAndLists()
    {
        const TrainingMatrix m = TrainingMatrix::build(facts(), TrainingMatrix::GroupBy::Team);
        QCOMPARE(m.agents.size(), std::size_t(5));
        QCOMPARE(m.agents[3].standings.size(), std::size_t(2));
        QCOMPARE(toString(m.agents[3].standings[0].state), toString(TrainingState::NotRequired));
        QCOMPARE(toString(m.agents[3].standings[1].state), toString(TrainingState::Expired));

        QCOMPARE(m.overdue.size(), std::size_t(2));
        QCOMPARE(m.overdue[0].employeeNo, QStringLiteral("E3"));
        QCOMPARE(m.overdue[0].moduleCode, QStringLiteral("pci"));
        QCOMPARE(m.overdue[0].days, qint64(40));
        QCOMPARE(toString(m.overdue[0].state), toString(TrainingState::Overdue));
        QCOMPARE(m.overdue[1].employeeNo, QStringLiteral("E4"));
        QCOMPARE(m.overdue[1].days, qint64(35));
        QCOMPARE(toString(m.overdue[1].state), toString(TrainingState::Expired));

        QCOMPARE(m.dueSoon.size(), std::size_t(1));
        QCOMPARE(m.dueSoon[0].employeeNo, QStringLiteral("E1"));
        QCOMPARE(m.dueSoon[0].dueAt, T0 + 25 * Day);
        QCOMPARE(m.dueSoon[0].days, qint64(25));
        QCOMPARE(m.expiring.size(), std::size_t(1));
        QCOMPARE(m.expiring[0].employeeNo, QStringLiteral("E2"));
        QCOMPARE(m.expiring[0].days, qint64(15));

        // A wider window moves E5's assignment (due in 60 days) into the due-soon list.
        const TrainingMatrix wide = TrainingMatrix::build(facts(), TrainingMatrix::GroupBy::Team, 60);
        QCOMPARE(wide.dueSoon.size(), std::size_t(2));
        QCOMPARE(wide.dueSoon[1].employeeNo, QStringLiteral("E5"));
        QCOMPARE(wide.withinDays, 60);
    }

    void emptyScope()
    {
        TrainingFacts none = facts();
        none.agents.clear();
        const TrainingMatrix m = TrainingMatrix::build(none, TrainingMatrix::GroupBy::Team);
        QVERIFY(m.groups.empty());
        QVERIFY(m.cells.empty());
        QVERIFY(m.totals.empty());
        QCOMPARE(m.modules.size(), std::size_t(2));
        QCOMPARE(Counts {}.percentComplete(), std::optional<int>());
    }
};

QTEST_GUILESS_MAIN(TrainingMatrixTest)
#include "TrainingMatrixTest.moc"
