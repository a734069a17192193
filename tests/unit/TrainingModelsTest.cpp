// The Training page's item models (and the agent picker's choices) and the campaign progress on a hand-made matrix:
// QAbstractItemModelTester on each model (through resets and filters), the matrix cells' text, tone and roles, the
// whole-scope row, the module filter, the lists' words for days overdue and left, the overdue list's reminder
// columns, the agent model's columns, and each campaign's audience, complete and overdue counted by hand.
#include "item/ChoiceListModel.h"
#include "item/ItemRoles.h"
#include "item/TrainingAgentModel.h"
#include "item/TrainingCampaignModel.h"
#include "item/TrainingMatrixModel.h"
#include "item/TrainingStandingListModel.h"
#include "rules/TrainingCampaignProgress.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 Day = TrainingRules::DayMs;
constexpr qint64 T0 = 1'800'000'000'000;
constexpr qint64 Pci = 1;
constexpr qint64 Gdpr = 2;
constexpr qint64 CardRole = 10;
constexpr qint64 Campaign = 5;

TrainingFacts::Record pass(qint64 id, qint64 module, std::optional<qint64> campaign, qint64 at, qint64 expires)
{
    TrainingFacts::Record r;
    r.id = id;
    r.moduleId = module;
    r.campaignId = campaign;
    r.assignedAt = at - Day;
    r.dueAt = at;
    r.completedAt = at;
    r.score = 88;
    r.passed = true;
    r.expiresAt = expires;
    return r;
}

TrainingFacts::Record assignment(qint64 id, qint64 module, std::optional<qint64> campaign, qint64 at, qint64 due)
{
    TrainingFacts::Record r;
    r.id = id;
    r.moduleId = module;
    r.campaignId = campaign;
    r.assignedAt = at;
    r.dueAt = due;
    return r;
}

TrainingFacts::Agent agent(qint64 id, qint64 team, const char* teamName)
{
    TrainingFacts::Agent a;
    a.id = id;
    a.employeeNo = QStringLiteral("E%1").arg(id);
    a.displayName = QStringLiteral("Agent %1").arg(id);
    a.teamId = team;
    a.teamName = QString::fromLatin1(teamName);
    a.siteId = 1;
    a.siteCode = QStringLiteral("LIS");
    return a;
}

// Payments: agent 1 holds the card role with a valid pass (compliant), agent 2 with none for 3 days (overdue).
// Care: agents 3 and 4 are in the GDPR campaign; 3 passed it, 4 has it due in 10 days; agent 5 in Care was never
// assigned anything.
TrainingFacts facts()
{
    TrainingFacts f;
    f.at = T0;
    f.modules.push_back({ Pci, QStringLiteral("pci"), QStringLiteral("PCI DSS awareness"), QStringLiteral("PCI DSS"),
                          QStringLiteral("12.6.1"), 365, 80 });
    f.modules.push_back(
        { Gdpr, QStringLiteral("gdpr"), QStringLiteral("GDPR essentials"), QStringLiteral("GDPR"), {}, 365, 75 });
    f.roles.push_back({ CardRole, QStringLiteral("card_handler"), QStringLiteral("Card handler") });
    f.requirements.push_back({ CardRole, Pci });
    f.campaigns.push_back({ Campaign, QStringLiteral("GDPR 2027"), Gdpr, T0 - 20 * Day, T0 + 10 * Day });

    TrainingFacts::Agent a1 = agent(1, 1, "Payments");
    a1.holdings.push_back({ CardRole, T0 - 400 * Day, TrainingFacts::Holding::Open });
    a1.records.push_back(pass(1, Pci, std::nullopt, T0 - 100 * Day, T0 + 265 * Day));
    TrainingFacts::Agent a2 = agent(2, 1, "Payments");
    a2.holdings.push_back({ CardRole, T0 - 3 * Day, TrainingFacts::Holding::Open });
    TrainingFacts::Agent a3 = agent(3, 2, "Care");
    a3.records.push_back(pass(2, Gdpr, Campaign, T0 - 10 * Day, T0 + 355 * Day));
    TrainingFacts::Agent a4 = agent(4, 2, "Care");
    a4.records.push_back(assignment(3, Gdpr, Campaign, T0 - 20 * Day, T0 + 10 * Day));
    TrainingFacts::Agent a5 = agent(5, 2, "Care");
    f.agents = { a1, a2, a3, a4, a5 };
    return f;
}
} // namespace

class TrainingModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrixModel()
    {
        TrainingMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 1);

        auto matrix
            = std::make_shared<const TrainingMatrix>(TrainingMatrix::build(facts(), TrainingMatrix::GroupBy::Team));
        model.setMatrix(matrix);
        QCOMPARE(model.rowCount(), 3); // Care, Payments, everyone
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Team"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("pci"));
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("PCI DSS awareness (PCI DSS 12.6.1)"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Care (LIS)"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Everyone in scope"));
        QCOMPARE(model.index(2, 0).data(TrainingMatrixModel::GroupIdRole).toLongLong(), 0);

        // Payments × PCI: 1 of 2, someone overdue.
        const QModelIndex paymentsPci = model.index(1, 1);
        QCOMPARE(paymentsPci.data().toString(), QStringLiteral("50 % · 1/2"));
        QCOMPARE(paymentsPci.data(TrainingMatrixModel::PercentRole).toInt(), 50);
        QCOMPARE(paymentsPci.data(ToneRole).value<CellTone>(), CellTone::Error);
        QCOMPARE(paymentsPci.data(TrainingMatrixModel::GroupIdRole).toLongLong(), 1);
        QCOMPARE(paymentsPci.data(TrainingMatrixModel::ModuleIdRole).toLongLong(), Pci);
        QVERIFY(model.cellAt(paymentsPci));
        QCOMPARE(model.cellAt(paymentsPci)->agentIds, (std::vector<qint64> { 1, 2 }));
        // Care × GDPR: agent 3 passed, agent 4 due soon; agent 5 is not counted (never assigned).
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("50 % · 1/2"));
        QCOMPARE(model.index(0, 2).data(ToneRole).value<CellTone>(), CellTone::Warning);
        // Nobody in Care needs PCI.
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("–"));
        QVERIFY(!model.cellAt(model.index(0, 1)));
        QVERIFY(!model.index(0, 1).data(TrainingMatrixModel::PercentRole).isValid());
        QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("nobody here")));
        // Everyone × PCI: the same as Payments.
        QCOMPARE(model.index(2, 1).data().toString(), QStringLiteral("50 % · 1/2"));
        QVERIFY(!model.cellAt(model.index(1, 0)));

        model.setModuleFilter(Gdpr);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("gdpr"));
        QCOMPARE(model.index(2, 1).data().toString(), QStringLiteral("50 % · 1/2"));
        model.setModuleFilter(std::nullopt);
        QCOMPARE(model.columnCount(), 3);

        model.setMatrix(
            std::make_shared<const TrainingMatrix>(TrainingMatrix::build(facts(), TrainingMatrix::GroupBy::Role)));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Role"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("card_handler"));
        model.setMatrix(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void standingListModel()
    {
        const auto matrix
            = std::make_shared<const TrainingMatrix>(TrainingMatrix::build(facts(), TrainingMatrix::GroupBy::Team));
        TrainingStandingListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The overdue and due-soon lines found by id: agent 2's PCI (overdue 3 days), agent 4's GDPR (due in 10).
        auto rows = std::make_shared<const TrainingStandingListModel::Refs>(
            TrainingStandingListModel::refsOf(*matrix, matrix->overdue));
        QCOMPARE(rows->size(), std::size_t(1));
        auto both = std::make_shared<TrainingStandingListModel::Refs>(*rows);
        for (const auto& ref : TrainingStandingListModel::refsOf(*matrix, matrix->dueSoon))
            both->push_back(ref);
        model.setRows(matrix, both);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TrainingStandingListModel::AgentColumn).data().toString(),
                 QStringLiteral("Agent 2 (E2)"));
        QCOMPARE(model.index(0, TrainingStandingListModel::TeamColumn).data().toString(),
                 QStringLiteral("Payments (LIS)"));
        QCOMPARE(model.index(0, TrainingStandingListModel::ModuleColumn).data().toString(), QStringLiteral("pci"));
        QCOMPARE(model.index(0, TrainingStandingListModel::StateColumn).data().toString(), QStringLiteral("overdue"));
        QCOMPARE(model.index(0, TrainingStandingListModel::DaysColumn).data().toString(),
                 QStringLiteral("3 days overdue"));
        QCOMPARE(model.index(0, TrainingStandingListModel::StateColumn).data(ToneRole).value<CellTone>(),
                 CellTone::Error);
        QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), 2);
        QCOMPARE(model.index(0, 0).data(TrainingStandingListModel::ModuleIdRole).toLongLong(), Pci);
        QCOMPARE(model.index(1, TrainingStandingListModel::StateColumn).data().toString(), QStringLiteral("due soon"));
        QCOMPARE(model.index(1, TrainingStandingListModel::DaysColumn).data().toString(),
                 QStringLiteral("10 days left"));
        QCOMPARE(model.index(1, TrainingStandingListModel::StateColumn).data(ToneRole).value<CellTone>(),
                 CellTone::Warning);
        QCOMPARE(model.index(1, TrainingStandingListModel::CompletedColumn).data().toString(), QString());
        // The module filter picks rows; nothing is copied.
        model.setRows(matrix, both, Gdpr);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), 4);
        // A reference outside the standings shows nothing rather than something else.
        model.setRows(
            matrix,
            std::make_shared<const TrainingStandingListModel::Refs>(TrainingStandingListModel::Refs { { 99, 0 } }));
        QCOMPARE(model.index(0, 0).data().toString(), QString());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void standingListModelShowsReminders()
    {
        const auto matrix
            = std::make_shared<const TrainingMatrix>(TrainingMatrix::build(facts(), TrainingMatrix::GroupBy::Team));
        TrainingStandingListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto rows = std::make_shared<TrainingStandingListModel::Refs>(
            TrainingStandingListModel::refsOf(*matrix, matrix->overdue));
        for (const auto& ref : TrainingStandingListModel::refsOf(*matrix, matrix->dueSoon))
            rows->push_back(ref);
        model.setRows(matrix, rows);
        QCOMPARE(model.columnCount(), int(TrainingStandingListModel::ReminderCountColumn));
        model.setShowsReminders(true);
        QCOMPARE(model.columnCount(), int(TrainingStandingListModel::ColumnCount));
        QCOMPARE(model.headerData(TrainingStandingListModel::ReminderCountColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Reminders"));
        // None known yet: 0 and nothing last.
        QCOMPARE(model.index(0, TrainingStandingListModel::ReminderCountColumn).data().toString(), QStringLiteral("0"));
        QCOMPARE(model.index(0, TrainingStandingListModel::LastReminderColumn).data().toString(), QString());

        // Agent 2's PCI twice (the last to the team lead), agent 2's GDPR once (not a listed line), agent 4's GDPR
        // once; by agent, then module, as the reader returns them.
        auto sent = [](qint64 agent, qint64 module, int count, ReminderLevel level, qint64 at) {
            TrainingReminderReader::Summary summary;
            summary.agentId = agent;
            summary.moduleId = module;
            summary.count = count;
            summary.last.agentId = agent;
            summary.last.moduleId = module;
            summary.last.level = level;
            summary.last.sentAt = at;
            summary.last.daysOverdue = level == ReminderLevel::Agent ? 0 : 3;
            return summary;
        };
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setReminders(std::make_shared<const TrainingStandingListModel::Reminders>(
            TrainingStandingListModel::Reminders { sent(2, Pci, 2, ReminderLevel::TeamLead, T0 - Day),
                                                   sent(2, Gdpr, 1, ReminderLevel::Agent, T0 - 2 * Day),
                                                   sent(4, Gdpr, 1, ReminderLevel::Agent, T0 - 3 * Day) }));
        QCOMPARE(changed.size(), 1); // the rows stay: no reset
        const auto day = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).date().toString(Qt::ISODate); };
        QCOMPARE(model.index(0, TrainingStandingListModel::ReminderCountColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(0, TrainingStandingListModel::LastReminderColumn).data().toString(),
                 day(T0 - Day) + QStringLiteral(" to the team lead"));
        QCOMPARE(model.index(0, TrainingStandingListModel::ReminderCountColumn).data(SortKeyRole).toInt(), 2);
        QCOMPARE(model.index(1, TrainingStandingListModel::ReminderCountColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(1, TrainingStandingListModel::LastReminderColumn).data().toString(),
                 day(T0 - 3 * Day) + QStringLiteral(" to the agent"));
        QVERIFY(model.index(1, TrainingStandingListModel::LastReminderColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("not yet overdue then")));
        model.setReminders(nullptr);
        QCOMPARE(model.index(0, TrainingStandingListModel::ReminderCountColumn).data().toString(), QStringLiteral("0"));
    }

    void agentModel()
    {
        const TrainingFacts f = facts();
        const TrainingMatrix matrix = TrainingMatrix::build(f, TrainingMatrix::GroupBy::Team);
        TrainingAgentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<TrainingStandingRow> rows;
        for (std::size_t i = 0; i < matrix.modules.size(); ++i) {
            TrainingStandingRow row = TrainingStandingRow::of(matrix, matrix.agents[0], i);
            row.requiredBy = TrainingStandingRow::requiredByText(f, row.standing);
            rows.push_back(row);
        }
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TrainingAgentModel::ModuleColumn).data().toString(),
                 QStringLiteral("PCI DSS awareness (pci)"));
        QCOMPARE(model.index(0, TrainingAgentModel::StateColumn).data().toString(), QStringLiteral("compliant"));
        // Its pass came from a record of no campaign: an individual assignment, required as well.
        QCOMPARE(model.index(0, TrainingAgentModel::RequiredByColumn).data().toString(),
                 QStringLiteral("role Card handler, assigned individually"));
        QCOMPARE(model.index(0, TrainingAgentModel::ScoreColumn).data().toString(), QStringLiteral("88 (passed)"));
        QCOMPARE(model.index(0, TrainingAgentModel::DaysColumn).data().toString(), QStringLiteral("265 days left"));
        QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), Pci);
        QCOMPARE(model.index(1, TrainingAgentModel::StateColumn).data().toString(), QStringLiteral("not required"));
        QCOMPARE(model.index(1, TrainingAgentModel::RequiredByColumn).data().toString(), QString());
        QCOMPARE(model.index(1, TrainingAgentModel::StateColumn).data(ToneRole).value<CellTone>(), CellTone::Normal);
    }

    void choiceListModel()
    {
        ChoiceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChoices({ { 7, QStringLiteral("Ana Lima (E1)") }, { 9, QStringLiteral("Rui Sousa (E2)") } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Rui Sousa (E2)"));
        QCOMPARE(model.index(1, 0).data(Qt::UserRole).toLongLong(), 9);
        QVERIFY(!model.data(QModelIndex()).isValid());
        model.setChoices({});
        QCOMPARE(model.rowCount(), 0);
    }

    void campaignProgressAndModel()
    {
        const TrainingFacts f = facts();
        const TrainingMatrix matrix = TrainingMatrix::build(f, TrainingMatrix::GroupBy::Team);
        const auto progress = TrainingCampaignProgress::build(f, matrix);
        QCOMPARE(progress.size(), std::size_t(1));
        QCOMPARE(progress[0].audience, 2); // agents 3 and 4
        QCOMPARE(progress[0].complete, 1);
        QCOMPARE(progress[0].overdue, 0);
        QCOMPARE(progress[0].percentComplete(), std::optional<int>(50));
        QCOMPARE(progress[0].moduleCode, QStringLiteral("gdpr"));

        // Eleven days later the campaign is due: agent 4 is overdue.
        TrainingFacts later = f;
        later.at = T0 + 11 * Day;
        const auto after
            = TrainingCampaignProgress::build(later, TrainingMatrix::build(later, TrainingMatrix::GroupBy::Team));
        QCOMPARE(after[0].overdue, 1);
        QCOMPARE(after[0].complete, 1);

        TrainingCampaignModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(after);
        QCOMPARE(model.index(0, TrainingCampaignModel::NameColumn).data().toString(), QStringLiteral("GDPR 2027"));
        QCOMPARE(model.index(0, TrainingCampaignModel::AudienceColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(0, TrainingCampaignModel::PercentColumn).data().toString(), QStringLiteral("50 %"));
        QCOMPARE(model.index(0, TrainingCampaignModel::OverdueColumn).data(ToneRole).value<CellTone>(),
                 CellTone::Error);
        QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), Campaign);

        // A campaign nobody in scope is in: no percentage.
        TrainingCampaignProgress empty;
        QVERIFY(!empty.percentComplete());
    }
};

QTEST_GUILESS_MAIN(TrainingModelsTest)
#include "TrainingModelsTest.moc"
