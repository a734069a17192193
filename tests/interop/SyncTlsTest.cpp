// Transport security with real processes on loopback: the real custodian-central presenting a certificate from
// another CA, for another host name, expired or not yet valid, a key that matches no pin, requiring a client
// certificate the console does not show; and `openssl s_server` offering only TLS 1.0. The console (the real
// `custodian-cli sync`) refuses each with the reason named, sends nothing (its queued change stays queued, the
// service has applied nothing), and its store is intact; once the trust is right, the change goes through once.
#include "SyncFixture.h"

#include "central/CertificateFactory.h"
#include "rules/FindingWorkflow.h"
#include "support/ResultChecks.h"
#include "sync/TlsPolicy.h"

#include "crypto/PrivateFile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

class SyncTlsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void certificateFromAnotherCa();
    void certificateForAnotherHostName();
    void expiredCertificate();
    void certificateNotYetValid();
    void pinMismatch();
    void serverOfferingOnlyTls10();
    void mutualTlsWithoutClientCertificate();
    void pinsAsOpensslPrintsThem();
    void mutualTlsWithClientCertificate();

private:
    // Restarts the service with another server certificate (default: the good one), or requiring client certificates.
    void restartCentral(const CertificateFactory::Issued& certificate = {}, bool mutualTls = false);
    [[nodiscard]] QString writeFile(const QString& name, const QByteArray& contents);
    // A server certificate signed by the service's CA, for `subject` (127.0.0.1 unless it names hosts).
    [[nodiscard]] CertificateFactory::Issued issue(CertificateFactory::Subject subject);
    // A refused sync: exit 1, a TLS error whose message says `says`, nothing sent or written.
    void checkRefused(const SyncFixture::Synced& synced, const QString& says);

    SyncFixture m_fixture;
    SyncFixture::Console m_console;
    CertificateFactory::Issued m_authority;
    QString m_consoleId;
    qint64 m_runs = 0;
};

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What the openssl command prints for a certificate's pin, independently of our code.
QString opensslPin(const QString& certificateFile)
{
    QProcess shell;
    shell.start(QStringLiteral("sh"),
                { QStringLiteral("-c"),
                  QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin -outform der | "
                                 "openssl dgst -sha256 -binary | base64")
                      .arg(certificateFile) });
    if (!shell.waitForFinished(30'000) || shell.exitCode() != 0)
        return {};
    return QString::fromLatin1(shell.readAllStandardOutput().trimmed());
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

void SyncTlsTest::initTestCase()
{
    const QString problem = m_fixture.initialise(20'000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    restartCentral();
    m_authority.certificatePem = readAll(m_fixture.central().tlsFile(QStringLiteral("ca.pem")));
    m_authority.privateKeyPem = readAll(m_fixture.central().tlsFile(QStringLiteral("ca-key.pem")));
    QVERIFY(!m_authority.privateKeyPem.isEmpty());

    // A console that has synced once and has one decision waiting to be pushed.
    auto console = m_fixture.makeConsole(QStringLiteral("console"));
    CUSTODIAN_VERIFY_OK(console);
    m_console = *console;
    const auto first = m_fixture.sync(m_console);
    QVERIFY2(first.ok(), qPrintable(first.describe()));
    auto store = m_console.unlock();
    CUSTODIAN_VERIFY_OK(store);
    auto finding = store->database().queryText(QStringLiteral("SELECT min(id) FROM finding WHERE status = 1"));
    CUSTODIAN_VERIFY_OK(finding);
    QVERIFY(!finding->isEmpty());
    CUSTODIAN_VERIFY_OK(FindingWorkflow::changeStatus(store->database(), finding->toLongLong(),
                                                      FindingStatus::Acknowledged, QString(),
                                                      QStringLiteral("console:tls-test")));
    store->lock();
    m_consoleId = m_console.key(); // the service records changes by the console's key
    QVERIFY(!m_consoleId.isEmpty());
    QCOMPARE(SyncFixture::count(m_console, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'queued'")),
             1);
}

void SyncTlsTest::init()
{
    m_runs = SyncFixture::count(m_console, QStringLiteral("SELECT count(*) FROM sync_run"));
}

void SyncTlsTest::cleanupTestCase()
{
    m_fixture.central().stop();
}

void SyncTlsTest::restartCentral(const CertificateFactory::Issued& certificate, bool mutualTls)
{
    m_fixture.central().stop();
    CentralProcess::Serve serve;
    serve.mutualTls = mutualTls;
    if (!certificate.certificatePem.isEmpty()) {
        serve.certificate = writeFile(QStringLiteral("server-other.pem"), certificate.certificatePem);
        serve.key = writeFile(QStringLiteral("server-other-key.pem"), certificate.privateKeyPem);
    }
    const QString started = m_fixture.central().start(serve);
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

QString SyncTlsTest::writeFile(const QString& name, const QByteArray& contents)
{
    const QString path = m_fixture.path(name);
    QFile::remove(path);
    auto written = PrivateFile::write(path, contents);
    if (!written)
        qWarning("cannot write %s: %s", qPrintable(path), qPrintable(written.error().message()));
    return path;
}

CertificateFactory::Issued SyncTlsTest::issue(CertificateFactory::Subject subject)
{
    if (subject.commonName.isEmpty())
        subject.commonName = QStringLiteral("custodian-central");
    if (subject.dnsNames.isEmpty() && subject.ipAddresses.isEmpty())
        subject.ipAddresses = { QStringLiteral("127.0.0.1") };
    auto issued = CertificateFactory::issue(m_authority, subject);
    if (!issued) {
        qWarning("cannot issue a certificate: %s", qPrintable(issued.error().message()));
        return {};
    }
    return *issued;
}

void SyncTlsTest::checkRefused(const SyncFixture::Synced& synced, const QString& says)
{
    QVERIFY2(!synced.outcome.crashed, qPrintable(synced.describe()));
    QCOMPARE(synced.outcome.exitCode, 1);
    // The message says which branch of the client's classification answered.
    QVERIFY2(synced.summary.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
                 == QLatin1String("Tls"),
             qPrintable(synced.describe()));
    QVERIFY2(synced.outcome.err.contains(says, Qt::CaseInsensitive), qPrintable(synced.describe()));
    QCOMPARE(synced.summary.value(QStringLiteral("pushed")).toInteger(), 0);
    // Intact, nothing sent: the change still waits, the service applied nothing from this console, and the failed
    // run is in the history with its reason.
    QVERIFY2(m_fixture.verify(m_console).isEmpty(), qPrintable(m_fixture.verify(m_console)));
    QCOMPARE(SyncFixture::count(m_console, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'queued'")),
             1);
    QCOMPARE(m_fixture.centralCount(
                 QStringLiteral("SELECT count(*) FROM central_change WHERE console_id = '%1'").arg(m_consoleId)),
             0);
    QCOMPARE(SyncFixture::count(m_console, QStringLiteral("SELECT count(*) FROM sync_run")), m_runs + 1);
    QCOMPARE(SyncFixture::count(m_console,
                                QStringLiteral("SELECT count(*) FROM sync_run WHERE id = (SELECT max(id) "
                                               "FROM sync_run) AND outcome = 'error' AND (message LIKE "
                                               "'%certificate%' OR message LIKE '%TLS%' OR message LIKE "
                                               "'%pinned%')")),
             1);
}

void SyncTlsTest::certificateFromAnotherCa()
{
    auto other = CertificateFactory::makeAuthority(QStringLiteral("Somebody else's CA"));
    CUSTODIAN_VERIFY_OK(other);
    const QString otherCa = writeFile(QStringLiteral("other-ca.pem"), other->certificatePem);
    const auto synced = m_fixture.sync(m_console, { QStringLiteral("--ca"), otherCa });
    checkRefused(synced, QStringLiteral("is not accepted"));
    QVERIFY2(synced.outcome.err.contains(QStringLiteral("issuer")), qPrintable(synced.describe()));
}

void SyncTlsTest::certificateForAnotherHostName()
{
    CertificateFactory::Subject subject;
    subject.dnsNames = { QStringLiteral("central.example.org") };
    restartCentral(issue(subject));
    const auto synced = m_fixture.sync(m_console);
    restartCentral();
    checkRefused(synced, QStringLiteral("host name"));
}

void SyncTlsTest::expiredCertificate()
{
    CertificateFactory::Subject subject;
    subject.notBefore = QDateTime::currentDateTimeUtc().addDays(-400);
    subject.notAfter = QDateTime::currentDateTimeUtc().addDays(-10);
    restartCentral(issue(subject));
    const auto synced = m_fixture.sync(m_console);
    restartCentral();
    checkRefused(synced, QStringLiteral("expired"));
}

void SyncTlsTest::certificateNotYetValid()
{
    CertificateFactory::Subject subject;
    subject.notBefore = QDateTime::currentDateTimeUtc().addDays(10);
    subject.notAfter = QDateTime::currentDateTimeUtc().addDays(400);
    restartCentral(issue(subject));
    const auto synced = m_fixture.sync(m_console);
    restartCentral();
    checkRefused(synced, QStringLiteral("not yet valid"));
}

void SyncTlsTest::pinMismatch()
{
    // The pin of another key: the CA and chain are right, the key is not the pinned one.
    const QString otherKey = QString::fromLatin1(QByteArray(32, '\x5a').toBase64());
    const auto synced = m_fixture.sync(m_console, { QStringLiteral("--pin"), otherKey });
    checkRefused(synced, QStringLiteral("matches none of the pinned keys"));
    // The message names the server's real key, so that an administrator can compare it with what they expect.
    const QString real = opensslPin(m_fixture.central().tlsFile(QStringLiteral("server.pem")));
    QVERIFY(!real.isEmpty());
    QVERIFY2(synced.outcome.err.contains(real), qPrintable(synced.describe()));
}

void SyncTlsTest::serverOfferingOnlyTls10()
{
    const quint16 port = freePort();
    QVERIFY(port > 0);
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral("openssl"),
                 { QStringLiteral("s_server"), QStringLiteral("-tls1"), QStringLiteral("-cipher"),
                   QStringLiteral("DEFAULT@SECLEVEL=0"), QStringLiteral("-cert"),
                   m_fixture.central().tlsFile(QStringLiteral("server.pem")), QStringLiteral("-key"),
                   m_fixture.central().tlsFile(QStringLiteral("server-key.pem")), QStringLiteral("-accept"),
                   QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-www") });
    QVERIFY2(server.waitForStarted(10'000), "cannot start openssl s_server");
    QByteArray output;
    QDeadlineTimer deadline(20'000);
    while (!output.contains("ACCEPT") && !deadline.hasExpired() && server.state() == QProcess::Running) {
        server.waitForReadyRead(100);
        output += server.readAll();
    }
    QVERIFY2(output.contains("ACCEPT"), output.constData());
    const auto synced
        = m_fixture.sync(m_console, { QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:%1").arg(port) });
    server.kill();
    server.waitForFinished();
    checkRefused(synced, QStringLiteral("older than 1.2"));
}

void SyncTlsTest::mutualTlsWithoutClientCertificate()
{
    restartCentral({}, true);
    const auto synced = m_fixture.sync(m_console);
    restartCentral();
    checkRefused(synced, QStringLiteral("client certificate"));
}

void SyncTlsTest::pinsAsOpensslPrintsThem()
{
    const QString serverFile = m_fixture.central().tlsFile(QStringLiteral("server.pem"));
    const QString pin = opensslPin(serverFile);
    QCOMPARE(pin.size(), 44);
    const auto certificates = QSslCertificate::fromPath(serverFile);
    QCOMPARE(certificates.size(), 1);
    QCOMPARE(QString::fromLatin1(TlsPolicy::spkiSha256(certificates.front())), pin);
    // The right pin (and one stale pin beside it, as during a key rollover) lets the sync through: the waiting
    // change is pushed and applied once.
    const QString stale = QString::fromLatin1(QByteArray(32, '\x11').toBase64());
    const auto synced = m_fixture.sync(m_console, { QStringLiteral("--pin"), stale, QStringLiteral("--pin"), pin });
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    QCOMPARE(synced.summary.value(QStringLiteral("pushed")).toInteger(), 1);
    QCOMPARE(SyncFixture::count(m_console, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state <> 'sent'")),
             0);
    QCOMPARE(m_fixture.centralCount(
                 QStringLiteral("SELECT count(*) FROM central_change WHERE console_id = '%1'").arg(m_consoleId)),
             1);
    QVERIFY(m_fixture.verify(m_console).isEmpty());
}

void SyncTlsTest::mutualTlsWithClientCertificate()
{
    restartCentral({}, true);
    const auto synced = m_fixture.sync(
        m_console,
        { QStringLiteral("--client-cert"), m_fixture.central().tlsFile(QStringLiteral("client-console.pem")),
          QStringLiteral("--client-key"), m_fixture.central().tlsFile(QStringLiteral("client-console-key.pem")) });
    restartCentral();
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    // Nothing was pushed twice.
    QCOMPARE(m_fixture.centralCount(
                 QStringLiteral("SELECT count(*) FROM central_change WHERE console_id = '%1'").arg(m_consoleId)),
             1);
    QVERIFY(m_fixture.verify(m_console).isEmpty());
}

QTEST_GUILESS_MAIN(SyncTlsTest)
#include "SyncTlsTest.moc"
