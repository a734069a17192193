// custodian-central's command line through the real binary: --help names every command, and bad input (an
// impossible option value, a certificate without its key, a key of another certificate, an unknown supervisor) gets a
// message naming the problem, a non-zero exit, and loses nothing — a failed init leaves nothing that stops a retry,
// init refuses a data directory that is not empty or is a symbolic link, and a failed init removes only what it made.
#include "support/CentralProcess.h"
#include "support/CliRunner.h"
#include "support/TmpfsMount.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace custodian::test;

class CentralCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpNamesEveryCommand();
    void failedInitCanBeRetried();
    void initRefusesAnExistingStore();
    void initTakesTheIncidentDemoOptions();
    void initTouchesNothingItFound_data();
    void initTouchesNothingItFound();
    void failedInitRemovesOnlyWhatItMade_data();
    void failedInitRemovesOnlyWhatItMade();
    void revealsListsTheRevealLog();
    void tlsRefusesImpossibleValidity();
    void serveRefusesBadTlsMaterial_data();
    void serveRefusesBadTlsMaterial();
    void tokenForUnknownSupervisor();

private:
    static CliRunner::Outcome central(const QStringList& arguments, int timeoutMs = 300'000);
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

CliRunner::Outcome CentralCliTest::central(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    return CliRunner::runProgram(process, CentralProcess::executable(), arguments, timeoutMs);
}

void CentralCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto tls = central({ QStringLiteral("tls"), QStringLiteral("--out"), path(QStringLiteral("tls")) });
    QCOMPARE(tls.exitCode, 0);
    const auto other = central({ QStringLiteral("tls"), QStringLiteral("--out"), path(QStringLiteral("other")) });
    QCOMPARE(other.exitCode, 0);
}

void CentralCliTest::helpNamesEveryCommand()
{
    const auto help = central({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char* command : { "init", "serve", "token", "tls", "reveals", "consoles", "supervisors" })
        QVERIFY2(help.out.contains(QLatin1String(command)), qPrintable(help.out));
    const auto serveHelp = central({ QStringLiteral("serve"), QStringLiteral("--help") });
    QCOMPARE(serveHelp.exitCode, 0);
    for (const char* option : { "--tls-cert", "--tls-key", "--client-ca", "--live-rate", "--rate-limit", "--port" })
        QVERIFY2(serveHelp.out.contains(QLatin1String(option)), qPrintable(serveHelp.out));
    const auto unknown = central({ QStringLiteral("frobnicate") });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("frobnicate")), qPrintable(unknown.err));
}

void CentralCliTest::failedInitCanBeRetried()
{
    const QString data = path(QStringLiteral("retry"));
    const auto tooFew = central({ QStringLiteral("init"), QStringLiteral("--data"), data,
                                  QStringLiteral("--demo-events"), QStringLiteral("100") });
    QCOMPARE(tooFew.exitCode, 2);
    QVERIFY2(tooFew.err.contains(QStringLiteral("from 1000")), qPrintable(tooFew.err));
    QVERIFY(!QFile::exists(QDir(data).filePath(QStringLiteral("central.custodian"))));
    const auto badEnd = central({ QStringLiteral("init"), QStringLiteral("--data"), data, QStringLiteral("--end"),
                                  QStringLiteral("yesterday") });
    QCOMPARE(badEnd.exitCode, 2);
    QVERIFY2(badEnd.err.contains(QStringLiteral("--end")), qPrintable(badEnd.err));
    const auto good = central({ QStringLiteral("init"), QStringLiteral("--data"), data, QStringLiteral("--demo-events"),
                                QStringLiteral("1000") });
    QVERIFY2(good.exitCode == 0, qPrintable(good.err));
    QVERIFY(!QDir(QDir(data).filePath(QStringLiteral("tokens"))).entryList({ QStringLiteral("*.token") }).isEmpty());
}

void CentralCliTest::initRefusesAnExistingStore()
{
    const QString data = path(QStringLiteral("retry"));
    QFile store(QDir(data).filePath(QStringLiteral("central.custodian")));
    const qint64 size = store.size();
    QVERIFY(size > 0);
    const auto again = central({ QStringLiteral("init"), QStringLiteral("--data"), data,
                                 QStringLiteral("--demo-events"), QStringLiteral("1000") });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("already holds")), qPrintable(again.err));
    QCOMPARE(store.size(), size);
    QVERIFY(QFile::exists(QDir(data).filePath(QStringLiteral("central.passphrase"))));
}

// The incident demo options are custodian-cli seed's: refused out of range before anything is made, and the store
// holds exactly the incidents asked for.
void CentralCliTest::initTakesTheIncidentDemoOptions()
{
    const QString data = path(QStringLiteral("incidents"));
    const auto tooFew
        = central({ QStringLiteral("init"), QStringLiteral("--data"), data, QStringLiteral("--demo-events"),
                    QStringLiteral("1000"), QStringLiteral("--incidents"), QStringLiteral("5") });
    QCOMPARE(tooFew.exitCode, 2);
    QVERIFY2(tooFew.err.contains(QStringLiteral("--incidents")), qPrintable(tooFew.err));
    const auto badTimeline
        = central({ QStringLiteral("init"), QStringLiteral("--data"), data, QStringLiteral("--demo-events"),
                    QStringLiteral("1000"), QStringLiteral("--incident-timeline"), QStringLiteral("99") });
    QCOMPARE(badTimeline.exitCode, 2);
    QVERIFY2(badTimeline.err.contains(QStringLiteral("--incident-timeline")), qPrintable(badTimeline.err));
    QVERIFY(!QFile::exists(QDir(data).filePath(QStringLiteral("central.custodian"))));

    const auto good = central({ QStringLiteral("init"), QStringLiteral("--data"), data, QStringLiteral("--demo-events"),
                                QStringLiteral("1000"), QStringLiteral("--incidents"), QStringLiteral("37"),
                                QStringLiteral("--incident-timeline"), QStringLiteral("8") });
    QVERIFY2(good.exitCode == 0, qPrintable(good.err));
    // The service's store is a console store (the same schema), which custodian-cli stats counts.
    const auto stats = CliRunner::run(
        { QStringLiteral("stats"), QStringLiteral("--store"), QDir(data).filePath(QStringLiteral("central.custodian")),
          QStringLiteral("--passphrase-file"), QDir(data).filePath(QStringLiteral("central.passphrase")),
          QStringLiteral("--json") });
    QVERIFY2(stats.exitCode == 0, qPrintable(CliRunner::describe(stats)));
    const QJsonObject tables
        = QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("tables")).toObject();
    QCOMPARE(tables.value(QStringLiteral("incident")).toInteger(), 37);
    // About 8 entries each rather than the milestones only.
    QVERIFY2(tables.value(QStringLiteral("incident_timeline")).toInteger() > 37 * 5,
             qPrintable(QString::number(tables.value(QStringLiteral("incident_timeline")).toInteger())));
}

void CentralCliTest::initTouchesNothingItFound_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("says");
    // A token file of a demo supervisor makes the old init fail half-way, after which it deleted every central.* file
    // and the tokens folder — through a symbolic link, the link's target's contents.
    QTest::newRow("tokens folder and central.* files") << QStringLiteral("files") << QStringLiteral("not empty");
    QTest::newRow("tokens is a link to another folder") << QStringLiteral("tokens-link") << QStringLiteral("not empty");
    QTest::newRow("data directory is a link") << QStringLiteral("data-link") << QStringLiteral("symbolic link");
}

void CentralCliTest::initTouchesNothingItFound()
{
    QFETCH(QString, layout);
    QFETCH(QString, says);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString data = root.filePath(QStringLiteral("data"));
    const QString elsewhere = root.filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(elsewhere));
    auto write = [](const QString& file, const QByteArray& bytes) {
        QFile out(file);
        return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
    };
    QStringList kept;
    if (layout == QLatin1String("files")) {
        QVERIFY(QDir().mkpath(data + QStringLiteral("/tokens")));
        kept << data + QStringLiteral("/tokens/s.oreilly.token") << data + QStringLiteral("/central.notes");
    } else if (layout == QLatin1String("tokens-link")) {
        QVERIFY(QDir().mkpath(data));
        QVERIFY(QFile::link(elsewhere, data + QStringLiteral("/tokens")));
        kept << elsewhere + QStringLiteral("/s.oreilly.token") << elsewhere + QStringLiteral("/unrelated.txt");
    } else {
        QVERIFY(QFile::link(elsewhere, data));
        kept << elsewhere + QStringLiteral("/unrelated.txt");
    }
    for (const QString& file : kept)
        QVERIFY(write(file, "precious\n"));

    const auto init = central({ QStringLiteral("init"), QStringLiteral("--data"), data, QStringLiteral("--demo-events"),
                                QStringLiteral("1000") });
    QVERIFY(!init.crashed);
    for (const QString& file : kept) {
        QFile in(file);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file + QStringLiteral(" is gone; ") + init.err));
        QCOMPARE(in.readAll(), QByteArrayLiteral("precious\n"));
    }
    QCOMPARE(init.exitCode, 1);
    QVERIFY2(init.err.contains(says), qPrintable(init.err));
    QVERIFY(!QFileInfo::exists(data + QStringLiteral("/central.custodian")));
    QVERIFY(!QFileInfo::exists(elsewhere + QStringLiteral("/central.custodian")));
}

void CentralCliTest::failedInitRemovesOnlyWhatItMade_data()
{
    QTest::addColumn<qint64>("diskBytes");
    QTest::addColumn<QString>("events");
    QTest::newRow("full while the store is made") << qint64(768 * 1024) << QStringLiteral("20000");
    // The store, its keyring and its lock file are made, then the demo data does not fit: they go too.
    QTest::newRow("full after the store was made") << qint64(2 * 1024 * 1024) << QStringLiteral("50000");
}

void CentralCliTest::failedInitRemovesOnlyWhatItMade()
{
    QFETCH(qint64, diskBytes);
    QFETCH(QString, events);
    // A disk too small for the demo: init fails part-way (after the passphrase, inside the store) and removes the
    // folders and files it made, while a file beside them stays.
    TmpfsMount disk(diskBytes);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.errorString()));
    const QString neighbour = disk.filePath(QStringLiteral("neighbour.txt"));
    {
        QFile file(neighbour);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("stays\n") == 6);
    }
    const QString data = disk.filePath(QStringLiteral("new/data"));
    const auto init
        = central({ QStringLiteral("init"), QStringLiteral("--data"), data, QStringLiteral("--demo-events"), events });
    QVERIFY(!init.crashed);
    QCOMPARE(init.exitCode, 1);
    QVERIFY2(init.err.contains(QLatin1String("full")), qPrintable(init.err));
    QCOMPARE(QDir(disk.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList { QStringLiteral("neighbour.txt") });
}

// `reveals`: the reveal log of the store `failedInitCanBeRetried` made, empty yet; impossible values are refused.
void CentralCliTest::revealsListsTheRevealLog()
{
    const QString data = path(QStringLiteral("retry"));
    const auto none = central({ QStringLiteral("reveals"), QStringLiteral("--data"), data });
    QVERIFY2(none.exitCode == 0, qPrintable(none.err));
    QVERIFY2(none.out.contains(QStringLiteral("No reveals yet")), qPrintable(none.out));
    const auto json = central({ QStringLiteral("reveals"), QStringLiteral("--data"), data, QStringLiteral("--json") });
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QCOMPARE(json.out.trimmed(), QStringLiteral("[\n]"));
    const auto zero = central(
        { QStringLiteral("reveals"), QStringLiteral("--data"), data, QStringLiteral("--last"), QStringLiteral("0") });
    QCOMPARE(zero.exitCode, 2);
    QVERIFY2(zero.err.contains(QStringLiteral("--last")), qPrintable(zero.err));
    const auto noData = central({ QStringLiteral("reveals") });
    QCOMPARE(noData.exitCode, 2);
    QVERIFY2(noData.err.contains(QStringLiteral("--data")), qPrintable(noData.err));
}

void CentralCliTest::tlsRefusesImpossibleValidity()
{
    const auto zero = central({ QStringLiteral("tls"), QStringLiteral("--out"), path(QStringLiteral("zero")),
                                QStringLiteral("--days"), QStringLiteral("0") });
    QCOMPARE(zero.exitCode, 2);
    QVERIFY2(zero.err.contains(QStringLiteral("--days")), qPrintable(zero.err));
}

void CentralCliTest::serveRefusesBadTlsMaterial_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("says");
    const QString tls = path(QStringLiteral("tls"));
    const QString other = path(QStringLiteral("other"));
    QTest::newRow("missing certificate") << tls + QStringLiteral("/nope.pem") << tls + QStringLiteral("/server-key.pem")
                                         << QStringLiteral("Cannot read the certificate");
    QTest::newRow("key as certificate") << tls + QStringLiteral("/server-key.pem")
                                        << tls + QStringLiteral("/server-key.pem")
                                        << QStringLiteral("holds no PEM certificate");
    QTest::newRow("certificate as key") << tls + QStringLiteral("/server.pem") << tls + QStringLiteral("/server.pem")
                                        << QStringLiteral("holds no PEM private key");
    QTest::newRow("key of another certificate")
        << tls + QStringLiteral("/server.pem") << other + QStringLiteral("/server-key.pem")
        << QStringLiteral("does not belong to the certificate");
}

void CentralCliTest::serveRefusesBadTlsMaterial()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, says);
    const auto served = central({ QStringLiteral("serve"), QStringLiteral("--data"), path(QStringLiteral("retry")),
                                  QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key,
                                  QStringLiteral("--port"), QStringLiteral("0") },
                                60'000);
    QVERIFY(!served.crashed);
    QCOMPARE(served.exitCode, 1);
    QVERIFY2(served.err.contains(says), qPrintable(served.err));
}

void CentralCliTest::tokenForUnknownSupervisor()
{
    const auto token = central({ QStringLiteral("token"), QStringLiteral("--data"), path(QStringLiteral("retry")),
                                 QStringLiteral("--supervisor"), QStringLiteral("nobody"), QStringLiteral("--out"),
                                 path(QStringLiteral("nobody.token")) });
    QCOMPARE(token.exitCode, 1);
    QVERIFY2(token.err.contains(QStringLiteral("nobody")), qPrintable(token.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("nobody.token"))));
}

QTEST_GUILESS_MAIN(CentralCliTest)
#include "CentralCliTest.moc"
