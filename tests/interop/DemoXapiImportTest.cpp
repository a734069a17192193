// The demo's training path as packaging/run-demo.sh runs it, with the real programs: `custodian-central init
// --training-via-xapi` leaves every completion out of the store and writes them as xAPI statements
// (demo-lms/statements.json, readable by its owner only) with the matching options (demo-lms/xapi.conf); `xapi-import`
// applies them — every pass then carries the statement that passed it — and a second import applies nothing again. A
// damaged statements file or one without matching options is refused naming the problem, with nothing written.
#include "store/Store.h"
#include "support/CentralProcess.h"
#include "support/CliRunner.h"
#include "support/StoreQueries.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

class DemoXapiImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void importAppliesEveryCompletionOnce();

private:
    CliRunner::Outcome central(const QStringList& arguments)
    {
        QProcess process;
        return CliRunner::runProgram(process, CentralProcess::executable(), arguments, 300'000);
    }
    qint64 count(const QString& sql)
    {
        QFile passphrase(QDir(data()).filePath(QStringLiteral("central.passphrase")));
        if (!passphrase.open(QIODevice::ReadOnly))
            return -1;
        auto store
            = Store::unlock(QDir(data()).filePath(QStringLiteral("central.custodian")), passphrase.readAll().trimmed());
        return store ? queryInt(*store, sql) : -1;
    }
    QString data() const { return m_dir.filePath(QStringLiteral("central")); }
    QString lms(const QString& name) const { return QDir(data()).filePath(QStringLiteral("demo-lms/") + name); }

    QTemporaryDir m_dir;
};

void DemoXapiImportTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto made
        = central({ QStringLiteral("init"), QStringLiteral("--data"), data(), QStringLiteral("--demo-events"),
                    QStringLiteral("1000"), QStringLiteral("--training-via-xapi") });
    QVERIFY2(made.exitCode == 0, qPrintable(CliRunner::describe(made)));
    QVERIFY(QFile::exists(lms(QStringLiteral("statements.json"))));
    QCOMPARE(QFile::permissions(lms(QStringLiteral("statements.json")))
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM training_record")) > 100); // the assignments
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_record WHERE completed_at IS NOT NULL")), 0);
}

void DemoXapiImportTest::badInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("matching");
    QTest::addColumn<QString>("reason");
    const QStringList config { QStringLiteral("--config"), lms(QStringLiteral("xapi.conf")) };
    QFile good(lms(QStringLiteral("statements.json")));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray statements = good.readAll();
    QTest::newRow("cut short") << statements.left(statements.size() / 2) << config
                               << QStringLiteral("is not valid JSON");
    QTest::newRow("no matching") << statements << QStringList() << QStringLiteral("--activity-prefix is required");
    QTest::newRow("no actor matching") << statements
                                       << QStringList { QStringLiteral("--activity-prefix"),
                                                        QStringLiteral("https://lms.example/courses/") }
                                       << QStringLiteral("Give --mail-domain, --account-home-page or both");
}

void DemoXapiImportTest::badInputIsRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, matching);
    QFETCH(QString, reason);
    const QString file = m_dir.filePath(QStringLiteral("bad.json"));
    QFile bad(file);
    QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bad.write(content);
    bad.close();
    const auto outcome = central(QStringList { QStringLiteral("xapi-import"), QStringLiteral("--data"), data(),
                                               QStringLiteral("--statements"), file }
                                 + matching);
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(reason), qPrintable(CliRunner::describe(outcome)));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_record WHERE completed_at IS NOT NULL")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM central_xapi_statement")), 0);
}

void DemoXapiImportTest::importAppliesEveryCompletionOnce()
{
    const QStringList import { QStringLiteral("xapi-import"),
                               QStringLiteral("--data"),
                               data(),
                               QStringLiteral("--config"),
                               lms(QStringLiteral("xapi.conf")),
                               QStringLiteral("--statements"),
                               lms(QStringLiteral("statements.json")),
                               QStringLiteral("--json") };
    const auto first = central(import);
    QVERIFY2(first.exitCode == 0, qPrintable(CliRunner::describe(first)));
    const QJsonObject report = QJsonDocument::fromJson(first.out.toUtf8()).object();
    const int applied = report.value(QLatin1String("applied")).toInt();
    QVERIFY(applied > 100);
    QCOMPARE(report.value(QLatin1String("unmatched_actors")).toInt(), 3);
    QCOMPARE(report.value(QLatin1String("unmapped_activities")).toInt(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_record WHERE completed_at IS NOT NULL")), applied);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM training_record WHERE passed = 1")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_record WHERE passed = 1 AND certificate_ref IS "
                                  "NULL")),
             0);
    // The LRS's cursor is not the file's: a later pull still starts from the beginning.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM central_meta WHERE key = 'xapi_consistent_through' AND "
                                  "value = ''")),
             1);

    const auto second = central(import);
    QVERIFY2(second.exitCode == 0, qPrintable(CliRunner::describe(second)));
    const QJsonObject again = QJsonDocument::fromJson(second.out.toUtf8()).object();
    QCOMPARE(again.value(QLatin1String("applied")).toInt(), 0);
    QCOMPARE(again.value(QLatin1String("duplicates")).toInt(), report.value(QLatin1String("received")).toInt());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_record WHERE completed_at IS NOT NULL")), applied);
}

QTEST_GUILESS_MAIN(DemoXapiImportTest)
#include "DemoXapiImportTest.moc"
