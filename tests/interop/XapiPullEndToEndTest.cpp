// The xAPI pull against a real learning record store (docs/xapi.md): Learning Locker's xapi-statements on 127.0.0.1,
// statements written into it by the @xapi/xapi client, the real `custodian-central xapi-pull`, and the central
// store's rows checked: completed/passed/failed by mbox and by account, a voiding statement both before and after
// its target was pulled, unmatched actors and an unmapped activity reported, other verbs counted, a `more` chain of
// at least three pages, the cursor resuming, and a second pull applying nothing twice — all while the service serves,
// and a console's `custodian-cli sync` then receiving the completions and the retraction. Node and the packages
// missing is a failure (.ci/run installs them), never a skip.
#include "LearningRecordStore.h"
#include "SyncFixture.h"
#include "store/Store.h"
#include "support/CentralProcess.h"
#include "support/CliRunner.h"
#include "support/StoreQueries.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

namespace {
const QString Verbs = QStringLiteral("http://adlnet.gov/expapi/verbs/");
const QString Prefix = QStringLiteral("https://lms.example.com/modules/");
const QString MailDomain = QStringLiteral("corp.example.com");
const QString HomePage = QStringLiteral("https://hr.example.com");
constexpr qint64 DayMs = 24LL * 3600 * 1000;

QJsonObject statement(const QJsonObject& actor, const QString& verb, const QString& activity, const QString& timestamp,
                      std::optional<double> scaled = {}, std::optional<bool> success = {})
{
    QJsonObject result;
    if (scaled)
        result.insert(QStringLiteral("score"), QJsonObject { { QStringLiteral("scaled"), *scaled } });
    if (success)
        result.insert(QStringLiteral("success"), *success);
    QJsonObject object { { QStringLiteral("actor"), actor },
                         { QStringLiteral("verb"), QJsonObject { { QStringLiteral("id"), QString(Verbs + verb) } } },
                         { QStringLiteral("object"),
                           QJsonObject { { QStringLiteral("id"), activity },
                                         { QStringLiteral("objectType"), QStringLiteral("Activity") } } },
                         { QStringLiteral("timestamp"), timestamp } };
    if (!result.isEmpty())
        object.insert(QStringLiteral("result"), result);
    return object;
}

QJsonObject voiding(const QString& target, const QJsonObject& actor)
{
    return { { QStringLiteral("actor"), actor },
             { QStringLiteral("verb"),
               QJsonObject { { QStringLiteral("id"), QString(Verbs + QStringLiteral("voided")) } } },
             { QStringLiteral("object"),
               QJsonObject { { QStringLiteral("objectType"), QStringLiteral("StatementRef") },
                             { QStringLiteral("id"), target } } } };
}

QJsonObject mbox(const QString& local)
{
    return { { QStringLiteral("mbox"), QStringLiteral("mailto:%1@%2").arg(local, MailDomain) } };
}

QJsonObject account(const QString& homePage, const QString& name)
{
    return { { QStringLiteral("account"),
               QJsonObject { { QStringLiteral("homePage"), homePage }, { QStringLiteral("name"), name } } } };
}

qint64 ms(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}
} // namespace

class XapiPullEndToEndTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pullsCompletionsVoidingAndUnmatched();
    void servePullsPeriodically();

private:
    CliRunner::Outcome pull(const QStringList& extra = {});
    Result<Store> centralStore() { return m_fixture.centralStore(); }
    QString data() { return m_fixture.central().dataDirectory(); }
    // A value from the console's store after a sync.
    qint64 onConsole(const QString& sql) { return SyncFixture::count(m_console, sql); }

    QTemporaryDir m_dir;
    SyncFixture m_fixture;
    SyncFixture::Console m_console;
    LearningRecordStore m_lrs;
    QString m_credentials;
    struct Agent
    {
        qint64 id;
        QString employeeNo;
    };
    std::vector<Agent> m_agents;
    struct Module
    {
        qint64 id;
        QString code;
        qint64 validityDays;
    };
    std::vector<Module> m_modules;
};

CliRunner::Outcome XapiPullEndToEndTest::pull(const QStringList& extra)
{
    QProcess process;
    return CliRunner::runProgram(
        process, CentralProcess::executable(),
        QStringList { QStringLiteral("xapi-pull"), QStringLiteral("--data"), data(), QStringLiteral("--endpoint"),
                      m_lrs.endpoint(), QStringLiteral("--credentials"), m_credentials,
                      QStringLiteral("--activity-prefix"), Prefix, QStringLiteral("--mail-domain"), MailDomain,
                      QStringLiteral("--account-home-page"), HomePage, QStringLiteral("--json") }
            + extra,
        120'000);
}

void XapiPullEndToEndTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Under CI a missing Node or package fails here: the pull must be tested against the real LRS.
    const QString started = m_lrs.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));

    const QString problem = m_fixture.initialise(1000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString served = m_fixture.central().start();
    QVERIFY2(served.isEmpty(), qPrintable(served));
    auto console = m_fixture.makeConsole(QStringLiteral("console"));
    QVERIFY2(console, qPrintable(console ? QString() : console.error().message()));
    m_console = *console;
    const auto synced = m_fixture.sync(m_console);
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    m_credentials = m_dir.filePath(QStringLiteral("lrs.credentials"));
    QFile credentials(m_credentials);
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("custodian-test:not-a-secret\n");
    credentials.close();
    QVERIFY(credentials.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    auto store = centralStore();
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    forEachRow(*store, QStringLiteral("SELECT id, employee_no FROM agent ORDER BY id LIMIT 4"),
               [&](const Statement& row) {
                   m_agents.push_back({ row.int64(0), row.text(1) });
               });
    forEachRow(*store, QStringLiteral("SELECT id, code, validity_days FROM training_module ORDER BY id LIMIT 2"),
               [&](const Statement& row) {
                   m_modules.push_back({ row.int64(0), row.text(1), row.int64(2) });
               });
    QCOMPARE(m_agents.size(), std::size_t(4));
    QCOMPARE(m_modules.size(), std::size_t(2));
}

void XapiPullEndToEndTest::pullsCompletionsVoidingAndUnmatched()
{
    const Agent& a = m_agents[0];
    const Agent& b = m_agents[1];
    const Agent& c = m_agents[2];
    const Module& m1 = m_modules[0];
    const Module& m2 = m_modules[1];
    const QString t1 = QStringLiteral("2026-03-02T09:15:00Z");
    const QString t2 = QStringLiteral("2026-03-03T10:00:00.250Z");
    const QString t3 = QStringLiteral("2026-03-04T11:30:00+01:00");
    const QString t4 = QStringLiteral("2026-03-05T08:00:00Z");
    // The mbox's local part in lower case: employee numbers match case-insensitively.
    const QJsonArray first {
        statement(mbox(a.employeeNo.toLower()), QStringLiteral("completed"), Prefix + m1.code, t1, 0.9, true),
        statement(account(HomePage, b.employeeNo), QStringLiteral("passed"), Prefix + m2.code, t2, 0.854),
        statement(mbox(c.employeeNo), QStringLiteral("failed"), Prefix + m1.code, t3, 0.4, false),
        statement(mbox(QStringLiteral("stranger")), QStringLiteral("completed"), Prefix + m1.code, t1),
        statement(account(QStringLiteral("https://other.example.com"), b.employeeNo), QStringLiteral("completed"),
                  Prefix + m1.code, t1),
        statement(mbox(c.employeeNo), QStringLiteral("experienced"), Prefix + m1.code, t1),
        statement(mbox(c.employeeNo), QStringLiteral("completed"), QStringLiteral("https://elsewhere.example/x"), t1),
        statement(mbox(a.employeeNo), QStringLiteral("completed"), Prefix + m2.code, t4, 1.0, true),
    };
    QString error;
    const QStringList ids = m_lrs.write(first, &error);
    QVERIFY2(!ids.isEmpty(), qPrintable(error));
    // Voided before any pull saw it: the LRS no longer serves the target, and the service never applies it.
    QVERIFY2(!m_lrs.write({ voiding(ids[7], mbox(a.employeeNo)) }, &error).isEmpty(), qPrintable(error));

    auto outcome = pull({ QStringLiteral("--limit"), QStringLiteral("2") });
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err + outcome.out));
    QVERIFY2(!outcome.err.contains(QLatin1String("not-a-secret")), qPrintable(outcome.err));
    QVERIFY(!outcome.out.contains(QLatin1String("not-a-secret")));
    QJsonObject report = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
    QVERIFY2(report.value(QStringLiteral("pages")).toInt() >= 3, qPrintable(outcome.out));
    QCOMPARE(report.value(QStringLiteral("received")).toInt(), 8); // 7 served + the voiding statement
    QCOMPARE(report.value(QStringLiteral("applied")).toInt(), 3);
    QCOMPARE(report.value(QStringLiteral("voided")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("unmatched_actors")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("unmapped_activities")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("ignored_verbs")).toInt(), 1);
    const QJsonArray unmatched = report.value(QStringLiteral("unmatched")).toArray();
    QCOMPARE(unmatched.size(), 2);
    QVERIFY(unmatched.at(0).toString().contains(QStringLiteral("mailto:stranger@") + MailDomain)
            || unmatched.at(1).toString().contains(QStringLiteral("mailto:stranger@") + MailDomain));

    {
        auto store = centralStore();
        QVERIFY(store);
        const QString row = QStringLiteral("SELECT %1 FROM training_record WHERE agent_id = %2 AND module_id = %3 AND "
                                           "completed_at = %4");
        QCOMPARE(queryInt(*store, row.arg(QStringLiteral("score")).arg(a.id).arg(m1.id).arg(ms(t1))), 90);
        QCOMPARE(queryInt(*store, row.arg(QStringLiteral("passed")).arg(a.id).arg(m1.id).arg(ms(t1))), 1);
        QCOMPARE(queryInt(*store, row.arg(QStringLiteral("expires_at")).arg(a.id).arg(m1.id).arg(ms(t1))),
                 ms(t1) + m1.validityDays * DayMs);
        QCOMPARE(queryInt(*store, row.arg(QStringLiteral("score")).arg(b.id).arg(m2.id).arg(ms(t2))), 85);
        QCOMPARE(queryInt(*store, row.arg(QStringLiteral("passed")).arg(b.id).arg(m2.id).arg(ms(t2))), 1);
        QCOMPARE(queryInt(*store, row.arg(QStringLiteral("passed")).arg(c.id).arg(m1.id).arg(ms(t3))), 0);
        QCOMPARE(queryInt(*store, row.arg(QStringLiteral("expires_at IS NULL")).arg(c.id).arg(m1.id).arg(ms(t3))), 1);
        // A pass's certificate reference is the id the LRS gave its statement; a failure has none (docs/xapi.md).
        QCOMPARE(queryInt(*store,
                          QStringLiteral("SELECT count(*) FROM training_record WHERE agent_id = %1 AND "
                                         "module_id = %2 AND certificate_ref = '%3'")
                              .arg(a.id)
                              .arg(m1.id)
                              .arg(ids[0])),
                 1);
        QCOMPARE(queryInt(*store, row.arg(QStringLiteral("certificate_ref IS NULL")).arg(c.id).arg(m1.id).arg(ms(t3))),
                 1);
        // The completion voided before the pull never became a record.
        QCOMPARE(queryInt(*store, row.arg(QStringLiteral("count(*)")).arg(a.id).arg(m2.id).arg(ms(t4))), 0);
        // On the training feed, so consoles receive them with their next sync.
        QCOMPARE(queryInt(*store,
                          QStringLiteral("SELECT count(*) FROM central_revision v JOIN training_record r ON r.id = "
                                         "v.entity_id WHERE v.stream = 'training' AND v.type = 'training_record' AND "
                                         "r.completed_at IN (%1, %2, %3)")
                              .arg(ms(t1))
                              .arg(ms(t2))
                              .arg(ms(t3))),
                 3);
        QCOMPARE(queryInt(*store, QStringLiteral("SELECT count(*) FROM central_xapi_unmatched")), 2);
    }

    // A console's sync receives them from the training stream.
    auto synced = m_fixture.sync(m_console);
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    const QString onConsoleRow
        = QStringLiteral("SELECT %1 FROM training_record WHERE agent_id = %2 AND module_id = %3 AND completed_at = %4");
    QCOMPARE(onConsole(onConsoleRow.arg(QStringLiteral("score")).arg(a.id).arg(m1.id).arg(ms(t1))), 90);
    QCOMPARE(onConsole(onConsoleRow.arg(QStringLiteral("score")).arg(b.id).arg(m2.id).arg(ms(t2))), 85);
    QCOMPARE(onConsole(onConsoleRow.arg(QStringLiteral("passed")).arg(c.id).arg(m1.id).arg(ms(t3))), 0);

    // The operator's list of unmatched statements.
    QProcess listing;
    const auto listed = CliRunner::runProgram(
        listing, CentralProcess::executable(),
        { QStringLiteral("xapi-pull"), QStringLiteral("--data"), data(), QStringLiteral("--unmatched") }, 60'000);
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out.count(QLatin1Char('\n')), 2);
    QVERIFY(listed.out.contains(QStringLiteral("https://other.example.com|") + b.employeeNo));

    // A completion already pulled is voided afterwards: the next pull (from the cursor) retracts it, and applies a new
    // completion once.
    const QString t5 = QStringLiteral("2026-03-06T12:00:00Z");
    QVERIFY2(!m_lrs
                  .write({ voiding(ids[0], mbox(a.employeeNo)),
                           statement(mbox(b.employeeNo), QStringLiteral("completed"), Prefix + m1.code, t5) },
                         &error)
                  .isEmpty(),
             qPrintable(error));
    outcome = pull();
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err + outcome.out));
    report = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("voided")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("applied")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("unmatched_actors")).toInt(), 0);
    {
        auto store = centralStore();
        QVERIFY(store);
        QCOMPARE(queryInt(*store,
                          QStringLiteral("SELECT count(*) FROM training_record WHERE agent_id = %1 AND module_id = %2 "
                                         "AND completed_at = %3")
                              .arg(a.id)
                              .arg(m1.id)
                              .arg(ms(t1))),
                 0);
        QCOMPARE(queryInt(*store,
                          QStringLiteral("SELECT count(*) FROM training_record WHERE agent_id = %1 AND module_id = %2 "
                                         "AND completed_at = %3 AND passed = 1")
                              .arg(b.id)
                              .arg(m1.id)
                              .arg(ms(t5))),
                 1);
    }

    // The retraction reaches the console too.
    synced = m_fixture.sync(m_console);
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    QCOMPARE(onConsole(onConsoleRow.arg(QStringLiteral("count(*)")).arg(a.id).arg(m1.id).arg(ms(t1))), 0);
    QCOMPARE(onConsole(onConsoleRow.arg(QStringLiteral("passed")).arg(b.id).arg(m1.id).arg(ms(t5))), 1);
    // Had the voided completion made a record of its own (no open assignment), that record is withdrawn rather than
    // left as an assignment nobody made, on the service and on the console alike; otherwise the assignment it
    // completed is open again.
    {
        auto store = centralStore();
        QVERIFY(store);
        const qint64 created = queryInt(
            *store,
            QStringLiteral("SELECT created_record FROM central_xapi_statement WHERE statement_id = '%1'").arg(ids[0]));
        const QString withdrawn = QStringLiteral("SELECT count(*) FROM training_record WHERE agent_id = %1 AND "
                                                 "module_id = %2 AND withdrawn_at IS NOT NULL AND completed_at IS NULL")
                                      .arg(a.id)
                                      .arg(m1.id);
        QCOMPARE(queryInt(*store, withdrawn), created);
        QCOMPARE(onConsole(withdrawn), created);
    }

    // Nothing new: nothing applied, and nothing applied twice.
    outcome = pull();
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err + outcome.out));
    report = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("applied")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("voided")).toInt(), 0);
}

void XapiPullEndToEndTest::servePullsPeriodically()
{
    const QString config = m_dir.filePath(QStringLiteral("xapi.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("# the LRS of the test\nendpoint = %1\ncredentials = %2\nactivity-prefix = %3\n"
                              "mail-domain = %4\naccount-home-page = %5\nlimit = 50\n")
                   .arg(m_lrs.endpoint(), m_credentials, Prefix, MailDomain, HomePage)
                   .toUtf8());
    file.close();
    const Agent& d = m_agents[3];
    const Module& m2 = m_modules[1];
    const QString t6 = QStringLiteral("2026-03-07T07:45:00Z");
    QString error;
    QVERIFY2(!m_lrs
                  .write({ statement(account(HomePage, d.employeeNo), QStringLiteral("passed"), Prefix + m2.code, t6,
                                     0.77) },
                         &error)
                  .isEmpty(),
             qPrintable(error));

    // `serve --xapi-config` pulls at start (and every --xapi-every minutes) in a child process, beside the serving.
    m_fixture.central().stop();
    CentralProcess::Serve serve;
    serve.extra = { QStringLiteral("--xapi-config"), config, QStringLiteral("--xapi-every"), QStringLiteral("1") };
    const QString started = m_fixture.central().start(serve);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString sql
        = QStringLiteral("SELECT count(*) FROM training_record WHERE agent_id = %1 AND module_id = %2 AND "
                         "completed_at = %3 AND score = 77")
              .arg(d.id)
              .arg(m2.id)
              .arg(ms(t6));
    // log() hands out what the service printed since the last call: collect it.
    QString log;
    QTRY_VERIFY_WITH_TIMEOUT(
        (log += m_fixture.central().log()).contains(QLatin1String("xapi-pull: Pulled 1 statements")), 60'000);
    QCOMPARE(m_fixture.centralCount(sql), 1);
    QVERIFY2(!log.contains(QLatin1String("not-a-secret")), qPrintable(log));
    const auto synced = m_fixture.sync(m_console);
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    QCOMPARE(onConsole(QStringLiteral("SELECT count(*) FROM training_record WHERE agent_id = %1 AND module_id = %2 AND "
                                      "completed_at = %3 AND passed = 1")
                           .arg(d.id)
                           .arg(m2.id)
                           .arg(ms(t6))),
             1);
}

QTEST_GUILESS_MAIN(XapiPullEndToEndTest)
#include "XapiPullEndToEndTest.moc"
