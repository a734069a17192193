// A broken or hostile xAPI LRS (a scripted plain-HTTP server on 127.0.0.1, HostileLrs) against the real
// `custodian-central xapi-pull`: malformed JSON, a `more` loop, more pages than allowed, HTTP 500 and 401, a huge page,
// no version header, a `more` to another host, and a failure on a later page each end the pull with a reason naming
// the problem, exit status 1, and nothing written (no statement, no training record, the cursor unchanged). Every
// request carries X-Experience-API-Version: 1.0.3 and the basic-auth header; the secret never appears in the output.
// Bad settings (a credentials file others can read, http:// to another host) are refused before any request.
#include "HostileLrs.h"
#include "store/Store.h"
#include "support/CentralProcess.h"
#include "support/CliRunner.h"
#include "support/StoreQueries.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace custodian;
using namespace custodian::test;

namespace {
// One well-formed statement (an actor no agent has): applied, it would leave a row in central_xapi_statement.
const QByteArray Statement = "{\"id\":\"6f1c2a5e-0000-4000-8000-000000000001\","
                             "\"actor\":{\"mbox\":\"mailto:nobody@corp.example.com\"},"
                             "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
                             "\"object\":{\"id\":\"https://lms.example.com/modules/X\",\"objectType\":\"Activity\"},"
                             "\"timestamp\":\"2026-03-01T10:00:00Z\",\"stored\":\"2026-03-01T10:00:01Z\"}";

QByteArray page(const QByteArray& more)
{
    return "{\"statements\":[" + Statement + "],\"more\":\"" + more + "\"}";
}
} // namespace

class XapiHostileLrsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostileAnswerEndsThePull_data();
    void hostileAnswerEndsThePull();
    void badSettingsAreRefused_data();
    void badSettingsAreRefused();
    void badConfigurationFileIsRefused();

private:
    CliRunner::Outcome pull(const QString& endpoint, const QStringList& extra = {},
                            const QString& credentials = QString());
    void checkNothingWritten();
    QString data() const { return m_dir.filePath(QStringLiteral("central")); }

    QTemporaryDir m_dir;
    QString m_credentials;
    qint64 m_records = 0;
};

CliRunner::Outcome XapiHostileLrsTest::pull(const QString& endpoint, const QStringList& extra,
                                            const QString& credentials)
{
    // The scripted server answers in this thread: wait for the command with the event loop running.
    CliRunner::Outcome outcome;
    QProcess process;
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    process.start(CentralProcess::executable(),
                  QStringList { QStringLiteral("xapi-pull"), QStringLiteral("--data"), data(),
                                QStringLiteral("--endpoint"), endpoint, QStringLiteral("--credentials"),
                                credentials.isEmpty() ? m_credentials : credentials,
                                QStringLiteral("--activity-prefix"), QStringLiteral("https://lms.example.com/modules/"),
                                QStringLiteral("--mail-domain"), QStringLiteral("corp.example.com") }
                      + extra);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        outcome.crashed = true;
        outcome.err = QStringLiteral("timed out");
        return outcome;
    }
    outcome.crashed = process.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

void XapiHostileLrsTest::checkNothingWritten()
{
    QFile passphrase(QDir(data()).filePath(QStringLiteral("central.passphrase")));
    QVERIFY(passphrase.open(QIODevice::ReadOnly));
    auto store
        = Store::unlock(QDir(data()).filePath(QStringLiteral("central.custodian")), passphrase.readAll().trimmed());
    QVERIFY(store);
    QCOMPARE(queryInt(*store, QStringLiteral("SELECT count(*) FROM central_xapi_statement")), 0);
    QCOMPARE(queryInt(*store, QStringLiteral("SELECT count(*) FROM central_xapi_unmatched")), 0);
    QCOMPARE(queryInt(*store,
                      QStringLiteral("SELECT count(*) FROM central_meta WHERE key = 'xapi_consistent_through' AND "
                                     "value = ''")),
             1);
    QCOMPARE(queryInt(*store, QStringLiteral("SELECT count(*) FROM training_record")), m_records);
}

void XapiHostileLrsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess init;
    const auto made = CliRunner::runProgram(init, CentralProcess::executable(),
                                            { QStringLiteral("init"), QStringLiteral("--data"), data(),
                                              QStringLiteral("--demo-events"), QStringLiteral("1000"),
                                              QStringLiteral("--days"), QStringLiteral("7") },
                                            300'000);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    m_credentials = m_dir.filePath(QStringLiteral("lrs.credentials"));
    QFile credentials(m_credentials);
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("custodian-key:hostile-test-secret\n");
    credentials.close();
    QVERIFY(credentials.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QFile passphrase(QDir(data()).filePath(QStringLiteral("central.passphrase")));
    QVERIFY(passphrase.open(QIODevice::ReadOnly));
    auto store
        = Store::unlock(QDir(data()).filePath(QStringLiteral("central.custodian")), passphrase.readAll().trimmed());
    QVERIFY(store);
    m_records = queryInt(*store, QStringLiteral("SELECT count(*) FROM training_record"));
}

void XapiHostileLrsTest::hostileAnswerEndsThePull_data()
{
    QTest::addColumn<HostileLrs::Script>("script");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("reason");

    QTest::newRow("malformed JSON") << HostileLrs::Script([](const QByteArray&, int) {
        return HostileLrs::response(200, "{\"statements\":[{\"id\":");
    }) << QStringList() << QStringLiteral("is not valid JSON");
    QTest::newRow("more repeats") << HostileLrs::Script([](const QByteArray&, int) {
        return HostileLrs::response(200, page("/xAPI/statements?cursor=same"));
    }) << QStringList() << QStringLiteral("repeats an earlier page");
    QTest::newRow("more without end") << HostileLrs::Script([](const QByteArray&, int index) {
        return HostileLrs::response(200, page("/xAPI/statements?cursor=" + QByteArray::number(index + 1)));
    }) << QStringList { QStringLiteral("--max-pages"), QStringLiteral("5") }
                                      << QStringLiteral("still had more after 5 pages");
    QTest::newRow("HTTP 500") << HostileLrs::Script([](const QByteArray&, int) {
        return HostileLrs::response(500, "{}");
    }) << QStringList() << QStringLiteral("failed to answer (HTTP 500)");
    QTest::newRow("HTTP 401") << HostileLrs::Script([](const QByteArray&, int) {
        return HostileLrs::response(401, "{}");
    }) << QStringList() << QStringLiteral("refused the key and secret (HTTP 401)");
    QTest::newRow("huge page") << HostileLrs::Script([](const QByteArray&, int) {
        return HostileLrs::response(200, QByteArray(17 * 1024 * 1024, ' '));
    }) << QStringList() << QStringLiteral("larger than 16 MiB");
    QTest::newRow("no version header") << HostileLrs::Script([](const QByteArray&, int) {
        return HostileLrs::response(200, page(""), false);
    }) << QStringList() << QStringLiteral("no X-Experience-API-Version header");
    QTest::newRow("more to another host") << HostileLrs::Script([](const QByteArray&, int) {
        return HostileLrs::response(200, page("http://lrs.attacker.example/xAPI/statements?cursor=1"));
    }) << QStringList() << QStringLiteral("points to another host (lrs.attacker.example)");
    QTest::newRow("second page fails") << HostileLrs::Script([](const QByteArray&, int index) {
        return index == 0 ? HostileLrs::response(200, page("/xAPI/statements?cursor=2"))
                          : HostileLrs::response(503, "{}");
    }) << QStringList() << QStringLiteral("Page 2: The LRS failed to answer (HTTP 503)");
    QTest::newRow("a redirect") << HostileLrs::Script([](const QByteArray&, int) {
        return QByteArray("HTTP/1.1 302 Found\r\nLocation: http://lrs.attacker.example/\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n");
    }) << QStringList() << QStringLiteral("HTTP 302");
}

void XapiHostileLrsTest::hostileAnswerEndsThePull()
{
    QFETCH(HostileLrs::Script, script);
    QFETCH(QStringList, extra);
    QFETCH(QString, reason);
    HostileLrs lrs(script);
    QVERIFY(lrs.listen());
    const auto outcome = pull(lrs.endpoint(), extra);
    QVERIFY2(!outcome.crashed, qPrintable(outcome.err));
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(QLatin1String("nothing was written")), qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(reason), qPrintable(outcome.err));
    QVERIFY(!outcome.err.contains(QLatin1String("hostile-test-secret")));
    QVERIFY(!outcome.out.contains(QLatin1String("hostile-test-secret")));
    QVERIFY(!lrs.requests().isEmpty());
    const QByteArray authorization
        = "Authorization: Basic " + QByteArray("custodian-key:hostile-test-secret").toBase64();
    for (const QByteArray& request : lrs.requests()) {
        QVERIFY2(request.contains("\r\nX-Experience-API-Version: 1.0.3"), request.constData());
        QVERIFY2(request.contains(authorization), request.constData());
    }
    QVERIFY(lrs.requests().first().startsWith("GET /xAPI/statements?"));
    QVERIFY(lrs.requests().first().contains("limit=500"));
    checkNothingWritten();
}

void XapiHostileLrsTest::badSettingsAreRefused_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("reason");
    QTest::newRow("credentials readable by the group")
        << QStringLiteral("http://127.0.0.1:9/xAPI/") << 0640 << QStringLiteral("it must be 0600");
    QTest::newRow("credentials readable by anyone")
        << QStringLiteral("http://127.0.0.1:9/xAPI/") << 0644 << QStringLiteral("(mode 0644)");
    QTest::newRow("http to another host")
        << QStringLiteral("http://lrs.example.com/xAPI/") << 0600 << QStringLiteral("must use https");
    QTest::newRow("credentials in the URL") << QStringLiteral("https://key:secret@lrs.example.com/xAPI/") << 0600
                                            << QStringLiteral("must not carry a user name");
}

void XapiHostileLrsTest::badSettingsAreRefused()
{
    QFETCH(QString, endpoint);
    QFETCH(int, mode);
    QFETCH(QString, reason);
    const QString file = m_dir.filePath(QStringLiteral("credentials-%1").arg(mode, 0, 8));
    QFile credentials(file);
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("custodian-key:hostile-test-secret\n");
    credentials.close();
    QFile::Permissions permissions;
    if (mode & 0400)
        permissions |= QFileDevice::ReadOwner;
    if (mode & 0200)
        permissions |= QFileDevice::WriteOwner;
    if (mode & 0040)
        permissions |= QFileDevice::ReadGroup;
    if (mode & 0004)
        permissions |= QFileDevice::ReadOther;
    QVERIFY(credentials.setPermissions(permissions));
    const auto outcome = pull(endpoint, {}, file);
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(reason), qPrintable(outcome.err));
    QVERIFY(!outcome.err.contains(QLatin1String("hostile-test-secret")));
    checkNothingWritten();
}

void XapiHostileLrsTest::badConfigurationFileIsRefused()
{
    const QString config = m_dir.filePath(QStringLiteral("xapi.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# a typo in a key\nendpoint = http://127.0.0.1:9/xAPI/\nactivity_prefix = https://lms.example.com/\n");
    file.close();
    QProcess process;
    const auto outcome = CliRunner::runProgram(
        process, CentralProcess::executable(),
        { QStringLiteral("xapi-pull"), QStringLiteral("--data"), data(), QStringLiteral("--config"), config }, 60'000);
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(QStringLiteral("line 3: unknown key 'activity_prefix'")), qPrintable(outcome.err));
    checkNothingWritten();
}

QTEST_GUILESS_MAIN(XapiHostileLrsTest)
#include "XapiHostileLrsTest.moc"
