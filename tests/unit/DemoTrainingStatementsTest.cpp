// The demo's training through xAPI (DemoTrainingStatements, `custodian-central init --training-via-xapi` and
// `xapi-import`, docs/demo-data.md): a demo whose completions were turned into statements and applied again with the
// pull's own reader and writer gives every agent the same standing in every module at every instant as the same demo
// written directly — so the demo's realism (lagging teams, overdue, expiries coming up, the planted lapses) survives
// the trip, and each pass now carries its statement as certificate reference. The file is the same for the same
// seed. And a damaged statements file is refused, naming the problem, before anything is written.
#include "demo/DemoTrainingStatements.h"
#include "central/XapiStatementFile.h"
#include "demo/DemoGenerator.h"
#include "rules/TrainingRules.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/TrainingFactsReader.h"
#include "store/central/SqlCentralRepository.h"
#include "store/central/SqlXapiRepository.h"
#include "support/ResultChecks.h"
#include "support/StoreQueries.h"
#include "support/TestStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <tuple>

using namespace custodian;
using namespace custodian::test;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;

DemoGenerator::Options demoOptions()
{
    DemoGenerator::Options options;
    options.events = 1000;
    options.seed = 11;
    options.end = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    options.cardNumbersSealed = true;
    return options;
}

// Everything a supervisor reads off a standing, per (agent, module), at one instant.
using Decided = std::tuple<int, bool, std::optional<qint64>, std::optional<qint64>, std::optional<qint64>,
                           std::optional<bool>, std::optional<int>>;

std::map<std::pair<qint64, qint64>, Decided> standingsAt(Store& store, qint64 t)
{
    std::map<std::pair<qint64, qint64>, Decided> out;
    auto facts = TrainingFactsReader(store.database()).read(TrainingFactsReader::Scope::all(), t);
    if (!facts)
        return out;
    for (const TrainingFacts::Agent& agent : facts->agents) {
        for (const TrainingStanding& s : TrainingRules::standings(*facts, agent, t)) {
            out[{ agent.id, s.moduleId }]
                = { int(s.state), s.valid, s.dueAt, s.completedAt, s.expiresAt, s.passed, s.score };
        }
    }
    return out;
}

// Every attempt, per agent and module: the same attempts must come back, whichever assignment each completes.
QStringList attempts(Store& store)
{
    QStringList rows;
    auto query = store.database().prepare(
        QStringLiteral("SELECT agent_id, module_id, completed_at, passed, score, expires_at FROM training_record "
                       "WHERE completed_at IS NOT NULL ORDER BY agent_id, module_id, completed_at"));
    if (!query)
        return rows;
    (void)query->forEachRow([&](const Statement& row) {
        rows.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                        .arg(row.int64(0))
                        .arg(row.int64(1))
                        .arg(row.int64(2))
                        .arg(row.int64(3))
                        .arg(row.int64(4))
                        .arg(row.optionalInt64(5).value_or(-1)));
    });
    return rows;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}
} // namespace

class DemoTrainingStatementsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importGivesTheSameStandings();
    void sameSeedSameFile();
    void damagedFilesAreRefused_data();
    void damagedFilesAreRefused();
};

void DemoTrainingStatementsTest::importGivesTheSameStandings()
{
    TestStore direct;
    QVERIFY2(direct.isValid(), qPrintable(direct.errorMessage()));
    CUSTODIAN_VERIFY_OK(DemoGenerator::generate(direct.store(), demoOptions()));

    TestStore viaXapi;
    QVERIFY2(viaXapi.isValid(), qPrintable(viaXapi.errorMessage()));
    CUSTODIAN_VERIFY_OK(DemoGenerator::generate(viaXapi.store(), demoOptions()));
    const qint64 completions = queryInt(viaXapi.store(),
                                        QStringLiteral("SELECT count(*) FROM training_record WHERE "
                                                       "completed_at IS NOT NULL"));
    QVERIFY(completions > 100);
    auto file = DemoTrainingStatements::take(viaXapi.store().database(), demoOptions().seed);
    CUSTODIAN_VERIFY_OK(file);
    QCOMPARE(queryInt(viaXapi.store(),
                      QStringLiteral("SELECT count(*) FROM training_record WHERE completed_at IS NOT NULL")),
             0);

    QTemporaryDir dir;
    auto statements = XapiStatementFile::read(writeFile(dir, QStringLiteral("statements.json"), *file));
    CUSTODIAN_VERIFY_OK(statements);
    SqlCentralRepository central(viaXapi.store());
    CUSTODIAN_VERIFY_OK(central.initialise());
    auto report = SqlXapiRepository(viaXapi.store())
                      .apply(*statements, QString(), DemoTrainingStatements::matching(), 1'800'000'000'000);
    CUSTODIAN_VERIFY_OK(report);
    QCOMPARE(report->applied, int(completions));
    QCOMPARE(report->unmatchedActors, 3); // the vendor's testers and the unregistered contractor
    QCOMPARE(report->unmappedActivities, 1); // fire safety is no security training
    QVERIFY(report->ignoredVerbs > 0); // `attempted`
    QCOMPARE(report->received,
             report->applied + report->voided + report->ignoredVerbs + report->unmatchedActors
                 + report->unmappedActivities);
    QCOMPARE(queryInt(viaXapi.store(), QStringLiteral("SELECT count(*) FROM training_record")),
             queryInt(direct.store(), QStringLiteral("SELECT count(*) FROM training_record")));
    // Every pass carries the statement that passed it; a failed attempt certifies nothing.
    QCOMPARE(queryInt(viaXapi.store(),
                      QStringLiteral("SELECT count(*) FROM training_record WHERE passed = 1 AND "
                                     "certificate_ref IS NULL")),
             0);
    QCOMPARE(queryInt(viaXapi.store(),
                      QStringLiteral("SELECT count(*) FROM training_record WHERE passed = 0 AND "
                                     "certificate_ref IS NOT NULL")),
             0);

    const QStringList expectedAttempts = attempts(direct.store());
    QCOMPARE(expectedAttempts.size(), completions);
    QCOMPARE(attempts(viaXapi.store()), expectedAttempts);

    const qint64 end = demoOptions().end.toMSecsSinceEpoch();
    int compared = 0;
    for (const qint64 t : { end, end - 20 * DayMs, end - 200 * DayMs, end - 400 * DayMs, end - 650 * DayMs }) {
        const auto expected = standingsAt(direct.store(), t);
        const auto actual = standingsAt(viaXapi.store(), t);
        QVERIFY(!expected.empty());
        QCOMPARE(actual.size(), expected.size());
        for (const auto& [key, decided] : expected) {
            const auto found = actual.find(key);
            QVERIFY(found != actual.end());
            if (found->second != decided)
                QFAIL(qPrintable(QStringLiteral("agent %1, module %2 at %3: state %4 via xAPI, %5 written directly")
                                     .arg(key.first)
                                     .arg(key.second)
                                     .arg(t)
                                     .arg(std::get<0>(found->second))
                                     .arg(std::get<0>(decided))));
            ++compared;
        }
    }
    QVERIFY(compared > 500);
}

void DemoTrainingStatementsTest::sameSeedSameFile()
{
    TestStore a;
    TestStore b;
    QVERIFY(a.isValid() && b.isValid());
    CUSTODIAN_VERIFY_OK(DemoGenerator::generate(a.store(), demoOptions()));
    CUSTODIAN_VERIFY_OK(DemoGenerator::generate(b.store(), demoOptions()));
    auto first = DemoTrainingStatements::take(a.store().database(), demoOptions().seed);
    auto second = DemoTrainingStatements::take(b.store().database(), demoOptions().seed);
    CUSTODIAN_VERIFY_OK(first);
    CUSTODIAN_VERIFY_OK(second);
    QCOMPARE(*first, *second);
    // Taken once: a second take finds no completion left to turn into a statement.
    auto again = DemoTrainingStatements::take(a.store().database(), demoOptions().seed);
    CUSTODIAN_VERIFY_OK(again);
    QVERIFY(QJsonDocument::fromJson(*again).array().size() < 10);
}

void DemoTrainingStatementsTest::damagedFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray good = R"({"id":"a1","verb":{"id":"http://adlnet.gov/expapi/verbs/passed"},
        "actor":{"mbox":"mailto:e1@x.example"},"object":{"id":"https://lms.example/courses/pci"},
        "stored":"2026-01-01T00:00:00.000Z"})";
    QTest::newRow("cut short") << QByteArray("[" + good + ",{\"id\":") << QStringLiteral("is not valid JSON");
    QTest::newRow("not a list") << QByteArray(R"({"id":"a1"})")
                                << QStringLiteral("neither a list of statements nor a StatementResult");
    QTest::newRow("one page of more") << QByteArray(R"({"statements":[)" + good
                                                    + R"(],"more":"/xAPI/statements?page=2"})")
                                      << QStringLiteral("one page of a longer result");
    QTest::newRow("no stored") << QByteArray(R"([{"id":"a2","verb":{"id":"http://adlnet.gov/expapi/verbs/passed"}}])")
                               << QStringLiteral("Statement 1 of the list: Statement a2: no valid 'stored' time");
    QTest::newRow("not an object") << QByteArray("[" + good + ",7]")
                                   << QStringLiteral("Statement 2 of the list is "
                                                     "not an object");
}

void DemoTrainingStatementsTest::damagedFilesAreRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    auto read = XapiStatementFile::read(writeFile(dir, QStringLiteral("bad.json"), content));
    QVERIFY(!read);
    QVERIFY2(read.error().message().contains(message), qPrintable(read.error().message()));
    auto missing = XapiStatementFile::read(dir.filePath(QStringLiteral("absent.json")));
    QVERIFY(!missing);
    QVERIFY(missing.error().message().contains(QLatin1String("Cannot read the statements file")));
}

QTEST_GUILESS_MAIN(DemoTrainingStatementsTest)
#include "DemoTrainingStatementsTest.moc"
