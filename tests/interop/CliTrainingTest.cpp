// `custodian-cli training matrix|agent|overdue` through the real binary on a seeded demo store, compared with counts
// made by hand in SQL on the same store: per module, the agents that must hold it at t (assigned by t, or a role in
// force at t requires it), those with a pass valid at t, and those whose last pass has ended; the overdue list
// against the matrix's overdue and expired counts; one agent's modules against their records; and the refusals
// (an unknown --by, a bad --within or --at, an unknown agent) with their exit statuses and messages.

#include "InteropSupport.h"
#include "support/DemoSeed.h"

#include "store/AssignmentInForce.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <map>

using namespace custodian;
using namespace custodian::test;

namespace {
const QDateTime End = DemoSeed::end();
// A day after the demo's last activity: every role change of the demo lies before it, so the SQL below can use
// the in-force-now condition (AssignmentInForce: after the last change both rules agree).
const qint64 At = End.addDays(1).toMSecsSinceEpoch();
const QString AtText = QStringLiteral("2026-03-02T00:00:00Z");

struct HandCount
{
    qint64 required = 0;
    qint64 complete = 0;
    qint64 expired = 0;
};
} // namespace

class CliTrainingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matrixTotalsMatchHandCounts();
    void matrixGroupsAddUpToTheTotals();
    void overdueListMatchesTheMatrix();
    void agentMatchesTheirRecords();
    void refusals();

private:
    CliRunner::Outcome training(const QStringList& options);
    QJsonObject json(const QStringList& options);

    CliStore m_store;
    std::map<QString, HandCount> m_hand; // by module code
};

void CliTrainingTest::initTestCase()
{
    QVERIFY2(!CliRunner::executable().isEmpty(), "CUSTODIAN_CLI is not set (run through ctest)");
    const QString initError = m_store.init();
    QVERIFY2(initError.isEmpty(), qPrintable(initError));
    auto store = m_store.unlock();
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message()));
    const QString seeded = DemoSeed::generate(*store, 5);
    QVERIFY2(seeded.isEmpty(), qPrintable(seeded));

    // The rules in SQL, written independently of TrainingFactsReader and TrainingRules.
    const QString sql
        = QStringLiteral(
              "WITH scope AS (SELECT a.id FROM agent a WHERE a.hired_at <= ?1 AND coalesce(a.departed_at, CASE WHEN "
              "a.status = 3 THEN a.status_changed_at END, ?1 + 1) > ?1), "
              "req AS (SELECT r.agent_id, r.module_id FROM training_record r JOIN scope s ON s.id = r.agent_id "
              "WHERE r.assigned_at <= ?1 "
              "UNION SELECT ra.agent_id, q.module_id FROM role_assignment ra JOIN scope s ON s.id = ra.agent_id "
              "JOIN role_training_requirement q ON q.role_id = ra.role_id WHERE %1) "
              "SELECT m.code, count(*), "
              "sum(EXISTS (SELECT 1 FROM training_record p WHERE p.agent_id = req.agent_id AND p.module_id = "
              "req.module_id AND p.passed = 1 AND p.completed_at <= ?1 AND coalesce(p.expires_at, p.completed_at + "
              "m.validity_days * 86400000) > ?1)), "
              "sum(NOT EXISTS (SELECT 1 FROM training_record p WHERE p.agent_id = req.agent_id AND p.module_id = "
              "req.module_id AND p.passed = 1 AND p.completed_at <= ?1 AND coalesce(p.expires_at, p.completed_at + "
              "m.validity_days * 86400000) > ?1) AND EXISTS (SELECT 1 FROM training_record p WHERE p.agent_id = "
              "req.agent_id AND p.module_id = req.module_id AND p.passed = 1 AND p.completed_at <= ?1)) "
              "FROM req JOIN training_module m ON m.id = req.module_id GROUP BY m.code")
              .arg(AssignmentInForce::condition(u"ra", 1));
    auto statement = store->database().prepare(sql);
    QVERIFY2(statement.ok(), statement.ok() ? "" : qPrintable(statement.error().message()));
    statement->bind(1, At);
    for (;;) {
        auto row = statement->step();
        QVERIFY(row.ok());
        if (!*row)
            break;
        m_hand[statement->text(0)] = { statement->int64(1), statement->int64(2), statement->int64(3) };
    }
    QVERIFY(m_hand.size() >= 4);
    qint64 expired = 0;
    qint64 lagging = 0;
    for (const auto& [code, count] : m_hand) {
        lagging += count.required - count.complete;
        expired += count.expired;
    }
    QVERIFY2(lagging > 0, "the demo has lagging agents");
    QVERIFY2(expired > 0, "the demo has lapsed training");
}

CliRunner::Outcome CliTrainingTest::training(const QStringList& options)
{
    return CliRunner::run(m_store.args(QStringLiteral("training")) + options);
}

QJsonObject CliTrainingTest::json(const QStringList& options)
{
    const CliRunner::Outcome outcome = training(options + QStringList { QStringLiteral("--json") });
    if (outcome.exitCode != 0) {
        qWarning("%s", qPrintable(CliRunner::describe(outcome)));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(outcome.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

void CliTrainingTest::matrixTotalsMatchHandCounts()
{
    const QJsonObject matrix = json({ QStringLiteral("matrix"), QStringLiteral("--at"), AtText });
    QVERIFY(!matrix.isEmpty());
    QCOMPARE(matrix.value(QStringLiteral("at")).toString(), AtText);
    QCOMPARE(matrix.value(QStringLiteral("by")).toString(), QStringLiteral("team"));
    const QJsonArray totals = matrix.value(QStringLiteral("totals")).toArray();
    QCOMPARE(std::size_t(totals.size()), m_hand.size());
    for (const QJsonValue& value : totals) {
        const QJsonObject total = value.toObject();
        const QString code = total.value(QStringLiteral("module")).toString();
        QVERIFY2(m_hand.count(code), qPrintable(code));
        const HandCount& hand = m_hand[code];
        QCOMPARE(total.value(QStringLiteral("required")).toInteger(), hand.required);
        QCOMPARE(total.value(QStringLiteral("complete")).toInteger(), hand.complete);
        QCOMPARE(total.value(QStringLiteral("expired")).toInteger(), hand.expired);
        QCOMPARE(total.value(QStringLiteral("percent_complete")).toInteger(), hand.complete * 100 / hand.required);
        // Every required agent is in exactly one state.
        qint64 states = 0;
        for (const char* key : { "compliant", "due_soon", "pending", "overdue", "expired" })
            states += total.value(QLatin1String(key)).toInteger();
        QCOMPARE(states, hand.required);
    }
}

void CliTrainingTest::matrixGroupsAddUpToTheTotals()
{
    for (const QString& by : { QStringLiteral("team"), QStringLiteral("site") }) {
        const QJsonObject matrix
            = json({ QStringLiteral("matrix"), QStringLiteral("--by"), by, QStringLiteral("--at"), AtText });
        QVERIFY(!matrix.isEmpty());
        std::map<QString, qint64> required, complete;
        for (const QJsonValue& group : matrix.value(QStringLiteral("groups")).toArray()) {
            for (const QJsonValue& cell : group.toObject().value(QStringLiteral("cells")).toArray()) {
                const QString code = cell.toObject().value(QStringLiteral("module")).toString();
                required[code] += cell.toObject().value(QStringLiteral("required")).toInteger();
                complete[code] += cell.toObject().value(QStringLiteral("complete")).toInteger();
            }
        }
        for (const auto& [code, hand] : m_hand) {
            QCOMPARE(required[code], hand.required);
            QCOMPARE(complete[code], hand.complete);
        }
    }
    // By role an agent counts once per role held, so a role's cell never exceeds the module's total.
    const QJsonObject byRole = json(
        { QStringLiteral("matrix"), QStringLiteral("--by"), QStringLiteral("role"), QStringLiteral("--at"), AtText });
    QVERIFY(!byRole.value(QStringLiteral("groups")).toArray().isEmpty());
    for (const QJsonValue& group : byRole.value(QStringLiteral("groups")).toArray()) {
        for (const QJsonValue& cell : group.toObject().value(QStringLiteral("cells")).toArray()) {
            const QString code = cell.toObject().value(QStringLiteral("module")).toString();
            QVERIFY(cell.toObject().value(QStringLiteral("required")).toInteger() <= m_hand[code].required);
        }
    }
}

void CliTrainingTest::overdueListMatchesTheMatrix()
{
    const QJsonObject matrix = json({ QStringLiteral("matrix"), QStringLiteral("--at"), AtText });
    qint64 late = 0;
    for (const QJsonValue& total : matrix.value(QStringLiteral("totals")).toArray())
        late += total.toObject().value(QStringLiteral("overdue")).toInteger()
            + total.toObject().value(QStringLiteral("expired")).toInteger();
    const QJsonObject overdue = json({ QStringLiteral("overdue"), QStringLiteral("--at"), AtText });
    const QJsonArray list = overdue.value(QStringLiteral("overdue")).toArray();
    QCOMPARE(qint64(list.size()), late);
    QVERIFY(late > 0);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue& value : list) {
        const QJsonObject line = value.toObject();
        const qint64 days = line.value(QStringLiteral("days_overdue")).toInteger();
        QVERIFY(days >= 0 && days <= previous); // most days first
        previous = days;
        const QString state = line.value(QStringLiteral("state")).toString();
        QVERIFY2(state == QLatin1String("overdue") || state == QLatin1String("expired"), qPrintable(state));
        QVERIFY(!line.value(QStringLiteral("employee_no")).toString().isEmpty());
    }
}

void CliTrainingTest::agentMatchesTheirRecords()
{
    const QJsonObject overdue = json({ QStringLiteral("overdue"), QStringLiteral("--at"), AtText });
    const QJsonObject first = overdue.value(QStringLiteral("overdue")).toArray().first().toObject();
    const QString employeeNo = first.value(QStringLiteral("employee_no")).toString();
    const QString lateModule = first.value(QStringLiteral("module")).toString();
    const QJsonObject agent = json({ QStringLiteral("agent"), employeeNo, QStringLiteral("--at"), AtText });
    QCOMPARE(agent.value(QStringLiteral("agent")).toObject().value(QStringLiteral("employee_no")).toString(),
             employeeNo);
    const QJsonArray modules = agent.value(QStringLiteral("modules")).toArray();
    QCOMPARE(std::size_t(modules.size()), m_hand.size()); // every module of the catalogue

    auto store = m_store.unlock();
    QVERIFY(store.ok());
    for (const QJsonValue& value : modules) {
        const QJsonObject module = value.toObject();
        const QString code = module.value(QStringLiteral("module")).toString();
        // The latest pass completed by t, by hand.
        auto statement = store->database().prepare(QStringLiteral(
            "SELECT max(r.completed_at) FROM training_record r JOIN agent a ON a.id = r.agent_id JOIN "
            "training_module m ON m.id = r.module_id WHERE a.employee_no = ?1 AND m.code = ?2 AND r.passed = 1 AND "
            "r.completed_at <= ?3"));
        QVERIFY(statement.ok());
        statement->bind(1, employeeNo).bind(2, code).bind(3, At);
        QVERIFY(*statement->step());
        const std::optional<qint64> lastPass = statement->optionalInt64(0);
        const QString state = module.value(QStringLiteral("state")).toString();
        if (code == lateModule) {
            QCOMPARE(state, first.value(QStringLiteral("state")).toString());
            QCOMPARE(module.value(QStringLiteral("days_overdue")).toInteger(),
                     first.value(QStringLiteral("days_overdue")).toInteger());
        }
        if (state == QLatin1String("expired") || state == QLatin1String("compliant")) {
            QVERIFY2(lastPass, qPrintable(code));
            QCOMPARE(module.value(QStringLiteral("completed_at")).toString(),
                     QDateTime::fromMSecsSinceEpoch(*lastPass, Qt::UTC).toString(Qt::ISODate));
        }
        if (state == QLatin1String("overdue"))
            QVERIFY2(!lastPass, qPrintable(code));
    }
    // By id as well as by employee number.
    const QJsonObject byId = json(
        { QStringLiteral("agent"),
          QString::number(agent.value(QStringLiteral("agent")).toObject().value(QStringLiteral("id")).toInteger()),
          QStringLiteral("--at"), AtText });
    QCOMPARE(byId.value(QStringLiteral("modules")).toArray(), modules);
}

void CliTrainingTest::refusals()
{
    struct Case
    {
        QStringList options;
        int exitCode;
        QString message;
    };
    const Case cases[] = {
        { { QStringLiteral("matrix"), QStringLiteral("--by"), QStringLiteral("shift") }, 2, QStringLiteral("--by") },
        { { QStringLiteral("matrix"), QStringLiteral("--within"), QStringLiteral("soon") },
          2,
          QStringLiteral("--within") },
        { { QStringLiteral("overdue"), QStringLiteral("--at"), QStringLiteral("yesterday-ish") },
          2,
          QStringLiteral("--at") },
        { { QStringLiteral("agent") }, 2, QStringLiteral("Name the agent") },
        { { QStringLiteral("agent"), QStringLiteral("E-NOBODY") }, 1, QStringLiteral("E-NOBODY") },
        { { QStringLiteral("matrix"), QStringLiteral("--team"), QStringLiteral("No Such Team") },
          1,
          QStringLiteral("No Such Team") },
        { { QStringLiteral("certify") }, 2, QStringLiteral("certify") },
        { { QStringLiteral("remind") }, 2, QStringLiteral("Give an agent or --overdue") },
    };
    for (const Case& c : cases) {
        const CliRunner::Outcome outcome = training(c.options);
        QVERIFY2(outcome.exitCode == c.exitCode, qPrintable(CliRunner::describe(outcome)));
        QVERIFY2(outcome.err.contains(c.message), qPrintable(CliRunner::describe(outcome)));
        QVERIFY2(outcome.out.isEmpty(), qPrintable(CliRunner::describe(outcome)));
    }
}

QTEST_GUILESS_MAIN(CliTrainingTest)
#include "CliTrainingTest.moc"
