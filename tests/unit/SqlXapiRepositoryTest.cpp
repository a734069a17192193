// The central store's side of the xAPI pull (SqlXapiRepository, docs/xapi.md) and the statement reader
// (XapiPull::parseStatement) on hand-made statements: a completion completes the agent's open assignment rather than
// adding a row, and its voiding reopens it; scores are scaled and clamped; `failed` is not passed and does not
// expire; a statement is applied once however often it is pulled; a voiding statement that arrives before its target
// keeps the target from ever applying; voiding a completion that made a record of its own withdraws that record;
// every written record goes on the training feed; the cursor is written with the batch. And statements the reader
// must refuse.
#include "store/central/SqlXapiRepository.h"
#include "central/XapiPull.h"
#include "store/Database.h"
#include "store/TrainingFactsReader.h"
#include "store/central/SqlCentralRepository.h"
#include "support/ResultChecks.h"
#include "support/StoreQueries.h"
#include "support/TestStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr qint64 Due = 1'780'000'000'000;
constexpr qint64 Done = 1'779'000'000'000;

XapiStatement completion(const QString& id, XapiStatement::Verb verb, std::optional<double> scaled,
                         std::optional<bool> success)
{
    XapiStatement statement;
    statement.id = id;
    statement.verb = verb;
    statement.mbox = QStringLiteral("mailto:E1001@corp.example.com");
    statement.activityId = QStringLiteral("https://lms.example.com/modules/PCI");
    statement.scaledScore = scaled;
    statement.success = success;
    statement.timestamp = Done;
    statement.stored = Done + 1000;
    return statement;
}

XapiStatement voiding(const QString& id, const QString& target)
{
    XapiStatement statement;
    statement.id = id;
    statement.verb = XapiStatement::Verb::Voided;
    statement.voidedStatementId = target;
    statement.stored = Done + 5000;
    statement.timestamp = statement.stored;
    return statement;
}

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class SqlXapiRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void completesTheOpenAssignmentAndVoidingReopensIt();
    void recordTouchedTwiceInOnePullIsOnTheFeedOnce();
    void actorLookupUsesTheEmployeeNumberIndex();
    void failedIsNotPassedAndAddsARecord();
    void voidingACreatedRecordWithdrawsIt();
    void appliedOnceAndVoidBeforeTarget();
    void unmatchedAndUnmappedAreKept();
    void readerScalesAndFallsBack();
    void readerRefusesBadStatements_data();
    void readerRefusesBadStatements();

private:
    qint64 count(const QString& sql) { return queryInt(m_test->store(), sql); }

    std::unique_ptr<TestStore> m_test;
    XapiMatching m_matching { QStringLiteral("corp.example.com"), QStringLiteral("https://hr.example.com"),
                              QStringLiteral("https://lms.example.com/modules/") };
};

void SqlXapiRepositoryTest::init()
{
    m_test = std::make_unique<TestStore>();
    QVERIFY2(m_test->isValid(), qPrintable(m_test->errorMessage()));
    SqlCentralRepository central(m_test->store());
    CUSTODIAN_VERIFY_OK(central.initialise());
    CUSTODIAN_VERIFY_OK(m_test->store().database().execScript(
        "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', 'PT');"
        "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Cards');"
        "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (7, 'E1001', 'Ana', 1, 0);"
        "INSERT INTO training_module (id, code, title, framework, validity_days, pass_score) "
        "VALUES (3, 'PCI', 'PCI DSS awareness', 'PCI DSS', 365, 80);"
        "INSERT INTO training_record (id, agent_id, module_id, assigned_at, due_at) VALUES (10, 7, 3, 0, "
        "1780000000000);"));
}

void SqlXapiRepositoryTest::completesTheOpenAssignmentAndVoidingReopensIt()
{
    SqlXapiRepository repository(m_test->store());
    const qint64 revBefore
        = count(QStringLiteral("SELECT CAST(value AS INTEGER) FROM central_meta WHERE key = 'next_rev'"));
    auto report = repository.apply({ completion(QStringLiteral("s1"), XapiStatement::Verb::Completed, 0.934, true) },
                                   QStringLiteral("2026-05-01T00:00:00.000Z"), m_matching, 1);
    CUSTODIAN_VERIFY_OK(report);
    QCOMPARE(report->applied, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_record")), 1); // completed, not added
    QCOMPARE(count(QStringLiteral("SELECT completed_at FROM training_record WHERE id = 10")), Done);
    QCOMPARE(count(QStringLiteral("SELECT score FROM training_record WHERE id = 10")), 93);
    QCOMPARE(count(QStringLiteral("SELECT passed FROM training_record WHERE id = 10")), 1);
    QCOMPARE(count(QStringLiteral("SELECT expires_at FROM training_record WHERE id = 10")), Done + 365 * DayMs);
    QCOMPARE(count(QStringLiteral("SELECT due_at FROM training_record WHERE id = 10")), Due); // the assignment's
    // The certificate reference is the passing statement's id (docs/xapi.md).
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_record WHERE id = 10 AND certificate_ref = 's1'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT rev FROM central_revision WHERE stream = 'training' AND type = "
                                  "'training_record' AND entity_id = 10")),
             revBefore);
    auto cursor = repository.consistentThrough();
    CUSTODIAN_VERIFY_OK(cursor);
    QCOMPARE(*cursor, QStringLiteral("2026-05-01T00:00:00.000Z"));

    report = repository.apply({ voiding(QStringLiteral("v1"), QStringLiteral("s1")) },
                              QStringLiteral("2026-05-02T00:00:00.000Z"), m_matching, 2);
    CUSTODIAN_VERIFY_OK(report);
    QCOMPARE(report->voided, 1);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM training_record WHERE id = 10 AND completed_at IS NULL AND "
                             "score IS NULL AND passed IS NULL AND expires_at IS NULL AND certificate_ref IS NULL")),
        1);
    // On the feed again, after its completion.
    QCOMPARE(count(QStringLiteral("SELECT rev FROM central_revision WHERE stream = 'training' AND type = "
                                  "'training_record' AND entity_id = 10")),
             revBefore + 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM central_xapi_statement WHERE statement_id = 's1' AND "
                                  "outcome = 'voided'")),
             1);
    // The assignment stands, open again: it is not withdrawn.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_record WHERE id = 10 AND withdrawn_at IS NULL")), 1);
}

void SqlXapiRepositoryTest::voidingACreatedRecordWithdrawsIt()
{
    SqlXapiRepository repository(m_test->store());
    XapiStatement failed = completion(QStringLiteral("s2"), XapiStatement::Verb::Failed, 0.4, false);
    failed.timestamp = Done + DayMs;
    auto report = repository.apply({ completion(QStringLiteral("s1"), XapiStatement::Verb::Passed, 0.9, true), failed },
                                   QStringLiteral("2026-05-01T00:00:00Z"), m_matching, 1);
    CUSTODIAN_VERIFY_OK(report);
    const qint64 created = count(QStringLiteral("SELECT id FROM training_record WHERE id <> 10"));
    QVERIFY(created > 0);

    // The LMS voids the failure: the record it made was never an assignment. Cleared and reopened, it would read
    // as an assignment due a day after s1 — overdue for training nobody assigned; it is withdrawn instead.
    report = repository.apply({ voiding(QStringLiteral("v2"), QStringLiteral("s2")) },
                              QStringLiteral("2026-05-02T00:00:00Z"), m_matching, 3);
    CUSTODIAN_VERIFY_OK(report);
    QCOMPARE(report->voided, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_record WHERE id = %1 AND withdrawn_at = 3 AND "
                                  "completed_at IS NULL AND passed IS NULL")
                       .arg(created)),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM central_revision WHERE stream = 'training' AND entity_id = %1")
                       .arg(created)),
             1);
    TrainingFactsReader reader(m_test->store().database());
    auto facts = reader.read(TrainingFactsReader::Scope::agent(7), Done + 10 * DayMs);
    CUSTODIAN_VERIFY_OK(facts);
    QCOMPARE(facts->agents.size(), std::size_t(1));
    QCOMPARE(facts->agents.front().records.size(), std::size_t(1)); // the assignment s1 completed; not the withdrawn

    // A later completion makes a record of its own again; it never completes the withdrawn one.
    XapiStatement later = completion(QStringLiteral("s3"), XapiStatement::Verb::Passed, 0.95, true);
    later.timestamp = Done + 2 * DayMs;
    report = repository.apply({ later }, QStringLiteral("2026-05-03T00:00:00Z"), m_matching, 4);
    CUSTODIAN_VERIFY_OK(report);
    QCOMPARE(
        count(
            QStringLiteral("SELECT count(*) FROM training_record WHERE id = %1 AND completed_at IS NULL").arg(created)),
        1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_record WHERE certificate_ref = 's3' AND id NOT IN "
                                  "(10, %1)")
                       .arg(created)),
             1);
}

// apply() counts the feed's revisions itself and moves a record on the feed by deleting its row and inserting the
// new one (no statement journal per record): a record completed and voided in the same pull ends with one row, at
// the later of the two revisions, and next_rev is saved past both.
void SqlXapiRepositoryTest::recordTouchedTwiceInOnePullIsOnTheFeedOnce()
{
    SqlXapiRepository repository(m_test->store());
    const qint64 revBefore
        = count(QStringLiteral("SELECT CAST(value AS INTEGER) FROM central_meta WHERE key = 'next_rev'"));
    auto report = repository.apply({ completion(QStringLiteral("s1"), XapiStatement::Verb::Passed, 0.9, true),
                                     voiding(QStringLiteral("v1"), QStringLiteral("s1")) },
                                   QStringLiteral("2026-05-01T00:00:00.000Z"), m_matching, 1);
    CUSTODIAN_VERIFY_OK(report);
    QCOMPARE(report->applied, 1);
    QCOMPARE(report->voided, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM central_revision WHERE stream = 'training' AND type = "
                                  "'training_record' AND entity_id = 10")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT rev FROM central_revision WHERE stream = 'training' AND type = "
                                  "'training_record' AND entity_id = 10")),
             revBefore + 1);
    QCOMPARE(count(QStringLiteral("SELECT CAST(value AS INTEGER) FROM central_meta WHERE key = 'next_rev'")),
             revBefore + 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_record WHERE id = 10 AND completed_at IS NULL")), 1);
}

// Each statement looks its actor up by lower(employee_no); without the central schema's expression index that is a
// scan of the agent table per statement (seconds per thousand statements at 20 000 agents).
void SqlXapiRepositoryTest::actorLookupUsesTheEmployeeNumberIndex()
{
    auto plan = m_test->store().database().prepare(
        QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM agent WHERE lower(employee_no) = lower(?)"));
    CUSTODIAN_VERIFY_OK(plan);
    QString details;
    CUSTODIAN_VERIFY_OK(plan->forEachRow([&](const Statement& row) { details += row.text(row.columnCount() - 1); }));
    QVERIFY2(details.contains(QLatin1String("USING INDEX central_agent_employee_no_lower")), qPrintable(details));
}

void SqlXapiRepositoryTest::failedIsNotPassedAndAddsARecord()
{
    SqlXapiRepository repository(m_test->store());
    XapiStatement first = completion(QStringLiteral("s1"), XapiStatement::Verb::Passed, std::nullopt, std::nullopt);
    XapiStatement failed = completion(QStringLiteral("s2"), XapiStatement::Verb::Failed, -0.2, std::nullopt);
    failed.timestamp = Done + DayMs;
    auto report = repository.apply({ first, failed }, QStringLiteral("2026-05-01T00:00:00Z"), m_matching, 1);
    CUSTODIAN_VERIFY_OK(report);
    QCOMPARE(report->applied, 2);
    // `passed` without a result counts as passed and completes the assignment; the later failure is a row of its
    // own, assigned and due when it happened, not passed, no score below 0, no expiry.
    QCOMPARE(count(QStringLiteral("SELECT passed FROM training_record WHERE id = 10")), 1);
    QCOMPARE(count(QStringLiteral("SELECT score IS NULL FROM training_record WHERE id = 10")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_record WHERE id = 10 AND certificate_ref = 's1'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_record WHERE id <> 10 AND agent_id = 7 AND "
                                  "module_id = 3 AND assigned_at = %1 AND due_at = %1 AND completed_at = %1 AND "
                                  "passed = 0 AND score = 0 AND expires_at IS NULL AND certificate_ref IS NULL")
                       .arg(Done + DayMs)),
             1);
}

void SqlXapiRepositoryTest::appliedOnceAndVoidBeforeTarget()
{
    SqlXapiRepository repository(m_test->store());
    const std::vector<XapiStatement> batch {
        voiding(QStringLiteral("v9"), QStringLiteral("s9")),
        completion(QStringLiteral("s1"), XapiStatement::Verb::Completed, 1.0, true),
    };
    auto report = repository.apply(batch, QStringLiteral("2026-05-01T00:00:00Z"), m_matching, 1);
    CUSTODIAN_VERIFY_OK(report);
    QCOMPARE(report->applied, 1);
    QCOMPARE(report->voided, 1);
    report = repository.apply(
        { batch[0], batch[1], completion(QStringLiteral("s9"), XapiStatement::Verb::Completed, 1.0, true) },
        QStringLiteral("2026-05-02T00:00:00Z"), m_matching, 2);
    CUSTODIAN_VERIFY_OK(report);
    QCOMPARE(report->received, 3);
    QCOMPARE(report->duplicates, 3); // s9 was voided before it arrived: never applied
    QCOMPARE(report->applied, 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_record")), 1);
}

void SqlXapiRepositoryTest::unmatchedAndUnmappedAreKept()
{
    SqlXapiRepository repository(m_test->store());
    XapiStatement otherDomain = completion(QStringLiteral("a"), XapiStatement::Verb::Completed, 1.0, true);
    otherDomain.mbox = QStringLiteral("mailto:E1001@elsewhere.example");
    XapiStatement account = completion(QStringLiteral("b"), XapiStatement::Verb::Completed, 1.0, true);
    account.mbox.clear();
    account.accountHomePage = QStringLiteral("https://hr.example.com");
    account.accountName = QStringLiteral("E1001");
    XapiStatement unknownEmployee = completion(QStringLiteral("c"), XapiStatement::Verb::Completed, 1.0, true);
    unknownEmployee.mbox = QStringLiteral("mailto:E9999@corp.example.com");
    XapiStatement unmapped = completion(QStringLiteral("d"), XapiStatement::Verb::Completed, 1.0, true);
    unmapped.activityId = QStringLiteral("https://lms.example.com/modules/NOPE");
    XapiStatement other = completion(QStringLiteral("e"), XapiStatement::Verb::Other, 1.0, true);
    other.verbId = QStringLiteral("http://adlnet.gov/expapi/verbs/experienced");
    auto report = repository.apply({ otherDomain, account, unknownEmployee, unmapped, other },
                                   QStringLiteral("2026-05-01T00:00:00Z"), m_matching, 1);
    CUSTODIAN_VERIFY_OK(report);
    QCOMPARE(report->applied, 1); // the account
    QCOMPARE(report->unmatchedActors, 2);
    QCOMPARE(report->unmappedActivities, 1);
    QCOMPARE(report->ignoredVerbs, 1);
    QCOMPARE(report->unmatched,
             QStringList({ QStringLiteral("a: mailto:E1001@elsewhere.example"),
                           QStringLiteral("c: mailto:E9999@corp.example.com") }));
    QCOMPARE(report->unmapped, QStringList { QStringLiteral("d: https://lms.example.com/modules/NOPE") });
    auto listed = repository.unmatched(10);
    CUSTODIAN_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 2);
}

void SqlXapiRepositoryTest::readerScalesAndFallsBack()
{
    auto statement = XapiPull::parseStatement(json(R"({"id":"x1","actor":{"mbox":"mailto:a@b.c"},
        "verb":{"id":"http://adlnet.gov/expapi/verbs/passed"},"object":{"id":"https://lms.example.com/modules/PCI"},
        "result":{"score":{"scaled":0.5},"success":true},"stored":"2026-05-01T10:00:00.123Z"})"));
    CUSTODIAN_VERIFY_OK(statement);
    QCOMPARE(statement->verb, XapiStatement::Verb::Passed);
    QCOMPARE(statement->scaledScore.value_or(-9), 0.5);
    QCOMPARE(statement->success.value_or(false), true);
    // No timestamp: the LRS's `stored` stands for it.
    QCOMPARE(statement->timestamp, statement->stored);
    QCOMPARE(statement->stored,
             QDateTime::fromString(QStringLiteral("2026-05-01T10:00:00.123Z"), Qt::ISODateWithMs).toMSecsSinceEpoch());
    auto voided = XapiPull::parseStatement(json(R"({"id":"x2","actor":{"mbox":"mailto:a@b.c"},
        "verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},"object":{"objectType":"StatementRef","id":"x1"},
        "stored":"2026-05-01T10:00:00Z","timestamp":"2026-05-01T09:00:00+02:00"})"));
    CUSTODIAN_VERIFY_OK(voided);
    QCOMPARE(voided->voidedStatementId, QStringLiteral("x1"));
    QCOMPARE(voided->timestamp,
             QDateTime::fromString(QStringLiteral("2026-05-01T07:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
}

void SqlXapiRepositoryTest::readerRefusesBadStatements_data()
{
    QTest::addColumn<QByteArray>("statement");
    QTest::addColumn<QString>("reason");
    const QByteArray head = R"({"id":"x","actor":{"mbox":"mailto:a@b.c"},"stored":"2026-05-01T10:00:00Z",)";
    QTest::newRow("no id") << QByteArray(R"({"verb":{"id":"v"}})") << QStringLiteral("has no id");
    QTest::newRow("no verb") << head + R"("object":{"id":"o"}})" << QStringLiteral("no verb id");
    QTest::newRow("no stored") << QByteArray(R"({"id":"x","verb":{"id":"v"}})") << QStringLiteral("'stored'");
    QTest::newRow("score above 1") << head
            + R"("verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},"object":{"id":"o"},"result":{"score":{"scaled":1.5}}})"
                                   << QStringLiteral("scaled");
    QTest::newRow("success not a boolean") << head
            + R"("verb":{"id":"http://adlnet.gov/expapi/verbs/failed"},"object":{"id":"o"},"result":{"success":"no"}})"
                                           << QStringLiteral("result.success");
    QTest::newRow("voiding an activity") << head
            + R"("verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},"object":{"id":"o"}})"
                                         << QStringLiteral("StatementRef");
    QTest::newRow("completion without object")
        << head + R"("verb":{"id":"http://adlnet.gov/expapi/verbs/completed"}})" << QStringLiteral("no object id");
}

void SqlXapiRepositoryTest::readerRefusesBadStatements()
{
    QFETCH(QByteArray, statement);
    QFETCH(QString, reason);
    const QJsonObject object = QJsonDocument::fromJson(statement).object();
    QVERIFY(!object.isEmpty());
    auto parsed = XapiPull::parseStatement(object);
    CUSTODIAN_VERIFY_ERROR(parsed, Error::Code::Protocol);
    QVERIFY2(parsed.error().message().contains(reason), qPrintable(parsed.error().message()));
}

QTEST_GUILESS_MAIN(SqlXapiRepositoryTest)
#include "SqlXapiRepositoryTest.moc"
