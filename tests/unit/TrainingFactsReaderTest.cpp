// TrainingFactsReader on a real temporary SQLCipher store with hand-inserted rows: which agents a scope holds at an
// instant (hired by then, not departed), the role windows from an assignment's change history (a revoked grant was
// held before its revocation), records assigned or attempted by t and nothing later, the agent look-up by employee
// number or id, the standings the rules give on what was read, and query plans that use the indexes.
#include "store/TrainingFactsReader.h"
#include "rules/TrainingRules.h"
#include "store/Database.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QTest>

#include <algorithm>

using namespace custodian;

namespace {
constexpr qint64 Day = TrainingRules::DayMs;
constexpr qint64 T0 = 1'800'000'000'000;
using Scope = TrainingFactsReader::Scope;

std::vector<qint64> agentIds(const TrainingFacts& facts)
{
    std::vector<qint64> ids;
    for (const TrainingFacts::Agent& agent : facts.agents)
        ids.push_back(agent.id);
    return ids;
}

std::vector<qint64> recordIds(const TrainingFacts::Agent& agent)
{
    std::vector<qint64> ids;
    for (const TrainingFacts::Record& record : agent.records)
        ids.push_back(record.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

class TrainingFactsReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_store.isValid(), qPrintable(m_store.errorMessage()));
        auto t = [](qint64 days) { return QString::number(T0 + days * Day); };
        CUSTODIAN_VERIFY_OK(database().exec(
            QStringLiteral(
                "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', "
                "'PT'), (2, 'POR', 'Porto', 'Europe/Lisbon', 'PT');"
                "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments'), (2, 2, 'Care');"
                "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (1, 'msilva', 'Marta Silva', 1);"
                "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at, departed_at) VALUES "
                "(1, 'E1', 'Ana Lima', 1, 0, NULL), (2, 'E2', 'Rui Sousa', 2, 0, NULL), "
                "(3, 'E3', 'Eva Dias', 1, 0, %1), (4, 'E4', 'Luís Reis', 1, %2, NULL);"
                "INSERT INTO training_module (id, code, title, framework, control_ref, validity_days, pass_score) "
                "VALUES (1, 'pci', 'PCI DSS awareness', 'PCI DSS', 'PCI DSS 12.6.1', 365, 80), "
                "(2, 'gdpr', 'GDPR essentials', 'GDPR', NULL, 365, 75);"
                "INSERT INTO role (id, code, name) VALUES (10, 'card_handler', 'Card handler'), "
                "(11, 'reader', 'Reader');"
                "INSERT INTO role_training_requirement VALUES (10, 1);"
                "INSERT INTO training_campaign (id, name, module_id, starts_at, due_at) VALUES "
                "(5, 'GDPR essentials, Jan 2027', 2, %3, %4);")
                .arg(t(-1), t(1), t(-5), t(25))));
        // Agent 1 holds the card role open-ended (no history); agent 2 held it until a revocation 10 days ago
        // (history); agent 1's reader role needs no training and is not read.
        CUSTODIAN_VERIFY_OK(database().exec(
            QStringLiteral(
                "INSERT INTO role_assignment (id, agent_id, role_id, status, valid_from, valid_until, justification, "
                "requested_by, requested_at, approved_at, ended_at) VALUES "
                "(1, 1, 10, 2, %1, NULL, 'Payments desk', 1, %1, NULL, NULL), "
                "(2, 2, 10, 4, %1, NULL, 'Cover', 1, %1, NULL, %2), "
                "(3, 1, 11, 2, %1, NULL, 'Reads', 1, %1, NULL, NULL);"
                "INSERT INTO role_assignment_change (assignment_id, changed_at, change, new_status) VALUES "
                "(2, %1, 'granted', 2), (2, %2, 'revoked', 4);")
                .arg(t(-100), t(-10))));
        CUSTODIAN_VERIFY_OK(database().exec(
            QStringLiteral("INSERT INTO training_record (id, agent_id, module_id, campaign_id, assigned_at, due_at, "
                           "completed_at, score, passed, expires_at) VALUES "
                           "(1, 1, 1, NULL, %1, %2, %3, 92, 1, %4), "
                           "(2, 1, 2, 5, %5, %6, NULL, NULL, NULL, NULL), "
                           "(3, 1, 1, NULL, %5, %6, %7, 88, 1, %8), "
                           "(4, 2, 2, 5, %5, %6, %9, 81, 1, NULL), "
                           "(5, 3, 1, NULL, %1, %2, %3, 95, 1, %4), "
                           "(6, 1, 2, NULL, %7, %8, NULL, NULL, NULL, NULL);")
                .arg(t(-210), t(-196), t(-200), t(165), t(-5), t(25), t(1), t(366))
                .arg(t(-1))));
    }

    void scopeHoldsAgentsInServiceAtTheInstant()
    {
        TrainingFactsReader reader(database());
        auto all = reader.read(Scope::all(), T0);
        CUSTODIAN_VERIFY_OK(all);
        QCOMPARE(agentIds(*all), (std::vector<qint64> { 1, 2 })); // 3 departed a day ago, 4 hired tomorrow
        QCOMPARE(all->modules.size(), std::size_t(2));
        QCOMPARE(all->requirements.size(), std::size_t(1));
        QCOMPARE(all->campaigns.size(), std::size_t(1));
        QCOMPARE(all->roles.size(), std::size_t(2));
        QCOMPARE(all->agents[0].teamName, QStringLiteral("Payments"));
        QCOMPARE(all->agents[1].siteCode, QStringLiteral("POR"));

        auto before = reader.read(Scope::all(), T0 - 2 * Day);
        CUSTODIAN_VERIFY_OK(before);
        QCOMPARE(agentIds(*before), (std::vector<qint64> { 1, 2, 3 }));

        auto team = reader.read(Scope::team(1), T0 + 2 * Day);
        CUSTODIAN_VERIFY_OK(team);
        QCOMPARE(agentIds(*team), (std::vector<qint64> { 1, 4 }));
        auto site = reader.read(Scope::site(2), T0);
        CUSTODIAN_VERIFY_OK(site);
        QCOMPARE(agentIds(*site), (std::vector<qint64> { 2 }));
        // One agent by id, even after they left.
        auto departed = reader.read(Scope::agent(3), T0);
        CUSTODIAN_VERIFY_OK(departed);
        QCOMPARE(agentIds(*departed), (std::vector<qint64> { 3 }));
        QCOMPARE(recordIds(departed->agents[0]), (std::vector<qint64> { 5 }));
    }

    void rolesAndRecordsAsTheyStoodAtTheInstant()
    {
        TrainingFactsReader reader(database());
        auto facts = reader.read(Scope::all(), T0);
        CUSTODIAN_VERIFY_OK(facts);
        const TrainingFacts::Agent& ana = facts->agents[0];
        QCOMPARE(ana.holdings.size(), std::size_t(1)); // the reader role requires no training
        QCOMPARE(ana.holdings[0].roleId, qint64(10));
        QCOMPARE(ana.holdings[0].from, T0 - 100 * Day);
        QCOMPARE(ana.holdings[0].until, TrainingFacts::Holding::Open);
        QCOMPARE(recordIds(ana), (std::vector<qint64> { 1, 2, 3 })); // 6 is assigned only tomorrow
        const TrainingFacts::Agent& rui = facts->agents[1];
        QCOMPARE(rui.holdings.size(), std::size_t(1));
        QCOMPARE(rui.holdings[0].from, T0 - 100 * Day);
        QCOMPARE(rui.holdings[0].until, T0 - 10 * Day);

        // The rules on what was read.
        const TrainingFacts::Module& pci = *facts->module(1);
        const TrainingFacts::Module& gdpr = *facts->module(2);
        const TrainingStanding anaPci = TrainingRules::standing(*facts, ana, pci, T0);
        QCOMPARE(toString(anaPci.state), toString(TrainingState::Compliant));
        QCOMPARE(anaPci.completedAt, std::optional<qint64>(T0 - 200 * Day)); // record 3's pass is tomorrow
        QCOMPARE(anaPci.score, std::optional<int>(92));
        QCOMPARE(toString(TrainingRules::standing(*facts, ana, gdpr, T0).state), toString(TrainingState::DueSoon));
        QCOMPARE(toString(TrainingRules::standing(*facts, rui, pci, T0).state), toString(TrainingState::NotRequired));
        const TrainingStanding ruiGdpr = TrainingRules::standing(*facts, rui, gdpr, T0);
        QCOMPARE(toString(ruiGdpr.state), toString(TrainingState::Compliant));
        QCOMPARE(ruiGdpr.expiresAt, std::optional<qint64>(T0 + 364 * Day)); // no expires_at: the module's validity

        // While the revoked grant was in force, the card role required PCI training Rui never took.
        auto earlier = reader.read(Scope::agent(2), T0 - 20 * Day);
        CUSTODIAN_VERIFY_OK(earlier);
        const TrainingStanding held = TrainingRules::standing(*earlier, earlier->agents[0], pci, T0 - 20 * Day);
        QCOMPARE(toString(held.state), toString(TrainingState::Overdue));
        QCOMPARE(held.daysOverdue, qint64(80));
    }

    void findsAgentsByEmployeeNumberOrId()
    {
        TrainingFactsReader reader(database());
        auto byNumber = reader.findAgent(QStringLiteral("E2"));
        CUSTODIAN_VERIFY_OK(byNumber);
        QCOMPARE(*byNumber, std::optional<qint64>(2));
        auto byId = reader.findAgent(QStringLiteral("3"));
        CUSTODIAN_VERIFY_OK(byId);
        QCOMPARE(*byId, std::optional<qint64>(3));
        auto nobody = reader.findAgent(QStringLiteral("E99"));
        CUSTODIAN_VERIFY_OK(nobody);
        QVERIFY(!*nobody);
    }

    // The large tables are reached through their agent indexes, never scanned: the cost follows the scope.
    void queryPlansUseTheAgentIndexes()
    {
        for (const Scope& scope : { Scope::all(), Scope::team(1), Scope::site(1), Scope::agent(1) }) {
            for (const QString& sql : TrainingFactsReader::queriesForPlanCheck(scope)) {
                auto plan = database().prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
                CUSTODIAN_VERIFY_OK(plan);
                plan->bind(1, T0).bind(2, qint64(1));
                QStringList lines;
                while (*plan->step())
                    lines << plan->text(plan->columnCount() - 1);
                const QString text = lines.join(QLatin1Char('\n'));
                for (const QString& table : { QStringLiteral("training_record"), QStringLiteral("role_assignment"),
                                              QStringLiteral("role_assignment_change") }) {
                    QVERIFY2(!text.contains(QStringLiteral("SCAN TABLE %1 ").arg(table))
                                 && !text.endsWith(QStringLiteral("SCAN TABLE %1").arg(table)),
                             qPrintable(sql + QStringLiteral("\n") + text));
                }
            }
        }
    }

private:
    Database& database() { return m_store.store().database(); }

    test::TestStore m_store;
};

QTEST_GUILESS_MAIN(TrainingFactsReaderTest)
#include "TrainingFactsReaderTest.moc"
