// The central service's TLS as a scanner sees it (defect 11 of issue #13): Debian's testssl.sh against the real
// custodian-central on loopback — protocols, cipher categories, each cipher per protocol and the known
// vulnerabilities. No SSL 3, TLS 1.0 or 1.1; nothing but AEAD suites with forward secrecy; no finding rated low or
// worse and none that says (potentially) vulnerable. About 35 s on an idle machine, more under load: its own label
// (`ctest -L testssl`) and timeout.
#include "support/CentralProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace custodian::test;

class CentralTestsslTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noWeakProtocolSuiteOrVulnerability();

private:
    QTemporaryDir m_dir;
    CentralProcess m_central;
};

void CentralTestsslTest::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("testssl")).isEmpty())
        QFAIL("testssl is not installed (packaging/install-deps.sh installs Debian's testssl.sh)");
    QVERIFY(m_dir.isValid());
    QString failure = m_central.initialise(m_dir.path(), 1000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = m_central.start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void CentralTestsslTest::cleanupTestCase()
{
    m_central.stop();
}

void CentralTestsslTest::noWeakProtocolSuiteOrVulnerability()
{
    const QString json = m_dir.filePath(QStringLiteral("testssl.json"));
    QProcess testssl;
    testssl.setProcessChannelMode(QProcess::MergedChannels);
    testssl.start(QStringLiteral("testssl"),
                  { QStringLiteral("--quiet"), QStringLiteral("--color"), QStringLiteral("0"),
                    QStringLiteral("--warnings"), QStringLiteral("off"), QStringLiteral("--nodns"),
                    QStringLiteral("none"), QStringLiteral("--protocols"), QStringLiteral("--std"),
                    QStringLiteral("--cipher-per-proto"), QStringLiteral("--vulnerable"), QStringLiteral("--jsonfile"),
                    json, QStringLiteral("127.0.0.1:%1").arg(m_central.port()) });
    QVERIFY(testssl.waitForStarted(10'000));
    QVERIFY2(testssl.waitForFinished(15 * 60'000), "testssl did not finish within 15 minutes");
    const QString output = QString::fromUtf8(testssl.readAll());
    QFile file(json);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(output));
    const QJsonArray findings = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY2(findings.size() > 20, qPrintable(output));

    QHash<QString, QString> byId;
    QStringList problems;
    QStringList suites;
    for (const QJsonValue& value : findings) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(QLatin1String("id")).toString();
        const QString severity = item.value(QLatin1String("severity")).toString();
        const QString finding = item.value(QLatin1String("finding")).toString();
        byId.insert(id, finding);
        if (id.startsWith(QLatin1String("cipher-tls")))
            suites << finding;
        // "potentially VULNERABLE" on screen is "potentially vulnerable" in the JSON; LOW is how testssl rates CBC
        // suites (LUCKY13, cipherlist_AVERAGE); its own scan errors ("scanProblem") would hide a finding.
        const bool vulnerable = finding.contains(QLatin1String("vulnerable"), Qt::CaseInsensitive)
            && !finding.contains(QLatin1String("not vulnerable"), Qt::CaseInsensitive);
        if (vulnerable || severity == QLatin1String("LOW") || severity == QLatin1String("MEDIUM")
            || severity == QLatin1String("HIGH") || severity == QLatin1String("CRITICAL")
            || severity == QLatin1String("FATAL") || id == QLatin1String("scanProblem"))
            problems << QStringLiteral("%1 [%2]: %3").arg(id, severity, finding);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + output));

    for (const char* id : { "SSLv2", "SSLv3", "TLS1", "TLS1_1" })
        QVERIFY2(byId.value(QLatin1String(id)).startsWith(QLatin1String("not offered")),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(id), byId.value(QLatin1String(id)))));
    QVERIFY2(byId.value(QStringLiteral("TLS1_2")).startsWith(QLatin1String("offered")), qPrintable(output));
    QVERIFY2(byId.value(QStringLiteral("TLS1_3")).startsWith(QLatin1String("offered")), qPrintable(output));
    for (const char* category : { "cipherlist_NULL", "cipherlist_aNULL", "cipherlist_EXPORT", "cipherlist_LOW",
                                  "cipherlist_3DES_IDEA", "cipherlist_AVERAGE" })
        QVERIFY2(byId.value(QLatin1String(category)).startsWith(QLatin1String("not offered")),
                 qPrintable(QStringLiteral("%1: %2\n%3")
                                .arg(QLatin1String(category), byId.value(QLatin1String(category)), output)));
    // Every suite offered, protocol by protocol: TLS 1.3's or ECDHE with AES-GCM or ChaCha20-Poly1305.
    QVERIFY2(!suites.isEmpty(), qPrintable(output));
    for (const QString& suite : suites) {
        const bool tls13 = suite.contains(QLatin1String("TLS_AES_")) || suite.contains(QLatin1String("TLS_CHACHA20"));
        const bool ecdheAead = suite.contains(QLatin1String("ECDHE"))
            && (suite.contains(QLatin1String("GCM")) || suite.contains(QLatin1String("CHACHA20")));
        QVERIFY2(tls13 || ecdheAead, qPrintable(suite));
        QVERIFY2(!suite.contains(QLatin1String("CBC")) && !suite.contains(QLatin1String("PSK")), qPrintable(suite));
    }
}

QTEST_GUILESS_MAIN(CentralTestsslTest)
#include "CentralTestsslTest.moc"
