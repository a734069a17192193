// The central service's TLS suites (defect 11 of issue #13; docs/security-notes.md "Central service transport"):
// `openssl s_client` offering one suite or one protocol at a time against the real custodian-central, with its ECDSA
// demo certificate and with an RSA certificate. TLS 1.2 with ECDHE and AES-GCM or ChaCha20-Poly1305, and TLS 1.3,
// are accepted; CBC, SHA-1 MACs, RSA key exchange, finite-field DHE, PSK, TLS 1.0 and 1.1 are refused; mutual TLS
// still asks for and checks a client certificate.
#include "support/CentralProcess.h"
#include "support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace custodian::test;

class CentralTlsSuitesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ecdsaCertificate_data();
    void ecdsaCertificate();
    void rsaCertificate_data();
    void rsaCertificate();
    void mutualTls();

private:
    struct Handshake
    {
        bool established = false;
        QString output;
    };
    // One `openssl s_client` handshake (certificate checked against the demo CA, handshake messages shown), with
    // `options`.
    [[nodiscard]] Handshake handshake(const QStringList& options) const;
    [[nodiscard]] static QString openssl(const QStringList& arguments);
    void addCases(bool rsa);
    void check();
    // Serves with the demo ECDSA certificate or the RSA one, restarting only when the other one is in use.
    [[nodiscard]] QString serve(bool rsa);
    int m_serving = -1; // -1: stopped, 0: ECDSA, 1: RSA

    QTemporaryDir m_dir;
    CentralProcess m_central;
};

namespace {
const QString psk = QStringLiteral("1a2b3c4d5e6f70819293a4b5c6d7e8f9");
}

void CentralTlsSuitesTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString failure = m_central.initialise(m_dir.path(), 1000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // An RSA server certificate from the same demo CA (the service takes EC and RSA keys).
    const QString dir = m_dir.path();
    QFile extensions(QDir(dir).filePath(QStringLiteral("rsa.ext")));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n"
                     "keyUsage=digitalSignature,keyEncipherment\n");
    extensions.close();
    QString error = openssl({ QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                              QDir(dir).filePath(QStringLiteral("rsa-key.pem")), QStringLiteral("-subj"),
                              QStringLiteral("/CN=custodian-central"), QStringLiteral("-out"),
                              QDir(dir).filePath(QStringLiteral("rsa.csr")) });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                      QDir(dir).filePath(QStringLiteral("rsa.csr")), QStringLiteral("-CA"),
                      m_central.tlsFile(QStringLiteral("ca.pem")), QStringLiteral("-CAkey"),
                      m_central.tlsFile(QStringLiteral("ca-key.pem")), QStringLiteral("-CAcreateserial"),
                      QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-sha256"),
                      QStringLiteral("-extfile"), extensions.fileName(), QStringLiteral("-out"),
                      QDir(dir).filePath(QStringLiteral("rsa.pem")) });
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QString CentralTlsSuitesTest::serve(bool rsa)
{
    if (m_central.isRunning() && m_serving == int(rsa))
        return {};
    m_central.stop();
    m_serving = -1;
    CentralProcess::Serve serve;
    if (rsa) {
        serve.certificate = QDir(m_dir.path()).filePath(QStringLiteral("rsa.pem"));
        serve.key = QDir(m_dir.path()).filePath(QStringLiteral("rsa-key.pem"));
    }
    const QString failure = m_central.start(serve);
    if (failure.isEmpty())
        m_serving = int(rsa);
    return failure;
}

QString CentralTlsSuitesTest::openssl(const QStringList& arguments)
{
    QProcess process;
    const CliRunner::Outcome outcome = CliRunner::runProgram(process, QStringLiteral("openssl"), arguments, 60'000);
    return outcome.exitCode == 0 ? QString()
                                 : QStringLiteral("openssl %1 failed: %2").arg(arguments.first(), outcome.err);
}

CentralTlsSuitesTest::Handshake CentralTlsSuitesTest::handshake(const QStringList& options) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"),
                  QStringList { QStringLiteral("s_client"), QStringLiteral("-connect"),
                                QStringLiteral("127.0.0.1:%1").arg(m_central.port()), QStringLiteral("-CAfile"),
                                m_central.tlsFile(QStringLiteral("ca.pem")), QStringLiteral("-verify_return_error"),
                                QStringLiteral("-brief"), QStringLiteral("-msg") }
                      + options);
    Handshake result;
    if (!process.waitForStarted(10'000))
        return result;
    process.closeWriteChannel(); // nothing to send: s_client ends after the handshake
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
    }
    result.output = QString::fromLocal8Bit(process.readAll());
    result.established = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
        && result.output.contains(QLatin1String("CONNECTION ESTABLISHED"));
    return result;
}

void CentralTlsSuitesTest::addCases(bool rsa)
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("negotiated"); // what s_client reports when accepted
    const QString tls12 = QStringLiteral("-tls1_2");
    const QString cipher = QStringLiteral("-cipher");
    const QString kx = rsa ? QStringLiteral("ECDHE-RSA") : QStringLiteral("ECDHE-ECDSA");
    for (const char* suite : { "-AES128-GCM-SHA256", "-AES256-GCM-SHA384", "-CHACHA20-POLY1305" })
        QTest::newRow(qPrintable(kx + QLatin1String(suite)))
            << QStringList { tls12, cipher, kx + QLatin1String(suite) } << true << kx + QLatin1String(suite);
    QTest::newRow("TLS 1.3") << QStringList { QStringLiteral("-tls1_3") } << true << QStringLiteral("TLSv1.3");
    QTest::newRow("TLS 1.3 ChaCha20") << QStringList { QStringLiteral("-tls1_3"), QStringLiteral("-ciphersuites"),
                                                       QStringLiteral("TLS_CHACHA20_POLY1305_SHA256") }
                                      << true << QStringLiteral("TLS_CHACHA20_POLY1305_SHA256");
    // Refused: CBC with SHA-1 and with SHA-2, RSA key exchange, finite-field DHE, PSK, CCM under TLS 1.3, old TLS.
    const QStringList weakSuites { kx + QStringLiteral("-AES128-SHA"),         kx + QStringLiteral("-AES256-SHA"),
                                   kx + QStringLiteral("-AES128-SHA256"),      kx + QStringLiteral("-AES256-SHA384"),
                                   QStringLiteral("AES128-GCM-SHA256"),        QStringLiteral("AES256-SHA"),
                                   QStringLiteral("DHE-RSA-AES128-GCM-SHA256") };
    for (const QString& weak : weakSuites)
        QTest::newRow(qPrintable(weak)) << QStringList { tls12, cipher, weak + QStringLiteral(":@SECLEVEL=0") } << false
                                        << QString();
    for (const char* suite :
         { "PSK-AES128-GCM-SHA256", "PSK-AES128-CBC-SHA", "ECDHE-PSK-CHACHA20-POLY1305", "DHE-PSK-AES128-GCM-SHA256" })
        QTest::newRow(suite) << QStringList { tls12, cipher, QLatin1String(suite), QStringLiteral("-psk"), psk }
                             << false << QString();
    QTest::newRow("TLS 1.3 CCM") << QStringList { QStringLiteral("-tls1_3"), QStringLiteral("-ciphersuites"),
                                                  QStringLiteral("TLS_AES_128_CCM_SHA256") }
                                 << false << QString();
    for (const char* old : { "-tls1_1", "-tls1" })
        QTest::newRow(old) << QStringList { QLatin1String(old), cipher, QStringLiteral("DEFAULT:@SECLEVEL=0") } << false
                           << QString();
}

void CentralTlsSuitesTest::check()
{
    QFETCH(QStringList, options);
    QFETCH(bool, accepted);
    QFETCH(QString, negotiated);
    const Handshake result = handshake(options);
    QVERIFY2(result.established == accepted, qPrintable(result.output));
    if (accepted)
        QVERIFY2(result.output.contains(negotiated), qPrintable(result.output));
    else // the service said no at once (an alert, no ServerHello): it never picks the suite, not even to fail later
        QVERIFY2(result.output.contains(QLatin1String(" alert "))
                     && !result.output.contains(QLatin1String("ServerHello")),
                 qPrintable(result.output));
}

void CentralTlsSuitesTest::ecdsaCertificate_data()
{
    addCases(false);
}

void CentralTlsSuitesTest::ecdsaCertificate()
{
    const QString failure = serve(false);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    check();
}

void CentralTlsSuitesTest::rsaCertificate_data()
{
    addCases(true);
}

void CentralTlsSuitesTest::rsaCertificate()
{
    const QString failure = serve(true);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    check();
}

void CentralTlsSuitesTest::mutualTls()
{
    m_central.stop();
    m_serving = -1;
    CentralProcess::Serve serve;
    serve.mutualTls = true;
    const QString failure = m_central.start(serve);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // With the client certificate the handshake completes, and the CA is named in the request for one.
    const Handshake with = handshake(
        { QStringLiteral("-cert"), m_central.tlsFile(QStringLiteral("client-console.pem")), QStringLiteral("-key"),
          m_central.tlsFile(QStringLiteral("client-console-key.pem")), QStringLiteral("-tls1_2") });
    QVERIFY2(with.established, qPrintable(with.output));
    // Without one, TLS 1.2 fails in the handshake.
    const Handshake without = handshake({ QStringLiteral("-tls1_2") });
    QVERIFY2(!without.established, qPrintable(without.output));
    // A certificate from another CA is refused too.
    QTemporaryDir other;
    QVERIFY(other.isValid());
    const QString self
        = openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), other.filePath(QStringLiteral("key.pem")), QStringLiteral("-subj"),
                    QStringLiteral("/CN=intruder"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-out"), other.filePath(QStringLiteral("cert.pem")) });
    QVERIFY2(self.isEmpty(), qPrintable(self));
    const Handshake foreign
        = handshake({ QStringLiteral("-cert"), other.filePath(QStringLiteral("cert.pem")), QStringLiteral("-key"),
                      other.filePath(QStringLiteral("key.pem")), QStringLiteral("-tls1_2") });
    QVERIFY2(!foreign.established, qPrintable(foreign.output));
}

QTEST_GUILESS_MAIN(CentralTlsSuitesTest)
#include "CentralTlsSuitesTest.moc"
