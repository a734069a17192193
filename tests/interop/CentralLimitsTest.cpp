// The central service protects itself (docs/sync-api.md section 8, docs/security-notes.md "Central service
// transport"): attacker steps against the real custodian-central over real TLS sockets on loopback. A 512 MiB
// Content-Length without a token gets 413 at once and the process's memory does not grow; a chunked body past the
// limit is cut off the same way; connections beyond the cap per address get 429 (beyond the total, 503) while
// another address is served promptly, and hundreds of silent connections do not starve it; half a head or half a
// body gets 408 after the (short, configured) timeout and the connection is closed; an idle connection is closed.
#include "support/CentralProcess.h"
#include "support/RawHttpsClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace custodian::test;

namespace {
constexpr qint64 MiB = 1024 * 1024;
// How much the service's memory may grow while it is attacked: far from the 512 MiB sent, well above the 4 MiB body
// limit plus TLS and parser buffers.
constexpr qint64 MemoryGrowthBound = 64 * MiB;

struct Memory
{
    qint64 residentBytes = -1; // VmRSS
    qint64 peakBytes = -1; // VmHWM: the largest resident size so far
};

Memory memoryOf(qint64 pid)
{
    Memory memory;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return memory;
    for (const QByteArray& line : status.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2)
            continue;
        if (fields[0] == "VmRSS:")
            memory.residentBytes = fields[1].toLongLong() * 1024;
        else if (fields[0] == "VmHWM:")
            memory.peakBytes = fields[1].toLongLong() * 1024;
    }
    return memory;
}

QString describe(const RawHttpsClient::Answer& answer)
{
    return QStringLiteral("status %1 after %2 ms: %3%4")
        .arg(answer.status)
        .arg(answer.elapsedMs)
        .arg(QString::fromLatin1(answer.head), QString::fromUtf8(answer.body.left(300)));
}

const QHostAddress another(QStringLiteral("127.0.0.2"));
const QHostAddress third(QStringLiteral("127.0.0.3"));
} // namespace

class CentralLimitsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void hugeContentLengthRefusedBeforeTheBody();
    void chunkedBodyCutOffAtTheLimit();
    void bodyLimitIsAnOption();
    void connectionsPerAddressCapped();
    void silentConnectionsDoNotStarveOthers();
    void totalConnectionsCapped();
    void stalledHeadGets408();
    void stalledBodyGets408();
    void idleConnectionClosed();
    void malformedRequestsAnswered();

private:
    void start(const QStringList& extra);
    [[nodiscard]] QString ca() const { return m_central.tlsFile(QStringLiteral("ca.pem")); }
    [[nodiscard]] std::unique_ptr<RawHttpsClient> connected(const QHostAddress& from
                                                            = QHostAddress(QHostAddress::LocalHost));
    // GET /api/v1/health on a fresh connection from `from`.
    [[nodiscard]] RawHttpsClient::Answer health(const QHostAddress& from, int timeoutMs = 10'000);
    // Sends a head, then body bytes from `next` until an answer starts or 512 MiB went out; samples the service's
    // memory while it does. Returns the answer; `sent` and `peak` say how much went out and the largest VmRSS seen.
    [[nodiscard]] RawHttpsClient::Answer flood(const QByteArray& head, const std::function<QByteArray()>& next,
                                               qint64* sent, qint64* peak);

    QTemporaryDir m_dir;
    CentralProcess m_central;
};

void CentralLimitsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString failure = m_central.initialise(m_dir.path(), 1000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void CentralLimitsTest::cleanup()
{
    m_central.stop();
}

void CentralLimitsTest::start(const QStringList& extra)
{
    CentralProcess::Serve serve;
    serve.extra = extra;
    const QString failure = m_central.start(serve);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

std::unique_ptr<RawHttpsClient> CentralLimitsTest::connected(const QHostAddress& from)
{
    auto client = std::make_unique<RawHttpsClient>(ca(), from);
    if (!client->connect(m_central.port()))
        qWarning("TLS connection from %s failed: %s", qPrintable(from.toString()), qPrintable(client->errorString()));
    return client;
}

RawHttpsClient::Answer CentralLimitsTest::health(const QHostAddress& from, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    RawHttpsClient client(ca(), from);
    RawHttpsClient::Answer failed;
    if (!client.connect(m_central.port(), timeoutMs)
        || !client.write(RawHttpsClient::request("GET", "/api/v1/health"))) {
        failed.elapsedMs = timer.elapsed();
        failed.head = client.errorString().toUtf8();
        return failed;
    }
    RawHttpsClient::Answer answer = client.readAnswer(int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
    answer.elapsedMs = timer.elapsed(); // connection and handshake included
    return answer;
}

RawHttpsClient::Answer CentralLimitsTest::flood(const QByteArray& head, const std::function<QByteArray()>& next,
                                                qint64* sent, qint64* peak)
{
    const qint64 pid = m_central.processId();
    *sent = 0;
    *peak = memoryOf(pid).residentBytes;
    auto client = connected();
    if (!client->write(head))
        return {};
    qint64 sampledAt = 0;
    while (*sent < 512 * MiB && !client->answerStarted()) {
        const QByteArray bytes = next();
        if (!client->write(bytes, 1 * MiB, 30'000))
            break; // the service closed: its answer, if any, has arrived
        *sent += bytes.size();
        if (*sent - sampledAt >= 8 * MiB) {
            *peak = std::max(*peak, memoryOf(pid).residentBytes);
            sampledAt = *sent;
        }
    }
    RawHttpsClient::Answer answer = client->readAnswer(10'000);
    *peak = std::max(*peak, memoryOf(pid).residentBytes);
    if (answer.status != 0 && !client->waitForClose(10'000))
        answer.status = -answer.status; // answered but left open: a refusal must end the connection
    return answer;
}

void CentralLimitsTest::hugeContentLengthRefusedBeforeTheBody()
{
    start({});
    QCOMPARE(health(QHostAddress(QHostAddress::LocalHost)).status, 200); // first-request allocations happen here
    const qint64 pid = m_central.processId();
    const Memory before = memoryOf(pid);
    QVERIFY(before.residentBytes > 0 && before.peakBytes > 0);

    // No Authorization at all: the attacker needs nothing but the port.
    const QByteArray head = "PUT /api/v1/changes/attack-0000001 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Content-Type: application/json\r\nContent-Length: 536870912\r\n\r\n";
    const QByteArray chunk(256 * 1024, 'x');
    qint64 sent = 0;
    qint64 peak = 0;
    const RawHttpsClient::Answer answer = flood(
        head, [&] { return chunk; }, &sent, &peak);
    const Memory after = memoryOf(pid);
    qInfo("%lld MiB sent; VmRSS %lld KiB before, %lld KiB at most while sending; VmHWM %lld KiB -> %lld KiB; %s",
          sent / MiB, before.residentBytes / 1024, peak / 1024, before.peakBytes / 1024, after.peakBytes / 1024,
          answer.head.left(answer.head.indexOf('\r')).constData());
    QVERIFY2(peak - before.residentBytes < MemoryGrowthBound,
             qPrintable(QStringLiteral("VmRSS %1 MiB -> %2 MiB while %3 MiB were sent")
                            .arg(before.residentBytes / MiB)
                            .arg(peak / MiB)
                            .arg(sent / MiB)));
    QVERIFY2(
        after.peakBytes - before.peakBytes < MemoryGrowthBound,
        qPrintable(QStringLiteral("VmHWM %1 MiB -> %2 MiB").arg(before.peakBytes / MiB).arg(after.peakBytes / MiB)));
    QVERIFY2(answer.status == 413, qPrintable(describe(answer)));
    QVERIFY2(answer.body.contains("too_large"), qPrintable(describe(answer)));
    // At once: the answer came long before the body could have been read.
    QVERIFY2(sent < 64 * MiB, qPrintable(QStringLiteral("%1 MiB sent before the answer").arg(sent / MiB)));
    QCOMPARE(health(another).status, 200);
}

void CentralLimitsTest::chunkedBodyCutOffAtTheLimit()
{
    start({ QStringLiteral("--log-requests") });
    QCOMPARE(health(QHostAddress(QHostAddress::LocalHost)).status, 200);
    const qint64 pid = m_central.processId();
    const Memory before = memoryOf(pid);

    // No Content-Length: the body's size is known only as it arrives. A token and a query that must not reach the log.
    const QByteArray head = "POST /api/v1/audit?cursor=query-secret-7f3a HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Authorization: Bearer token-secret-9c1d\r\nX-Custodian-Console: limits-test\r\n"
                            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, ' ') + "\r\n";
    qint64 sent = 0;
    qint64 peak = 0;
    const RawHttpsClient::Answer answer = flood(
        head, [&] { return chunk; }, &sent, &peak);
    const Memory after = memoryOf(pid);
    qInfo("%lld MiB sent; VmRSS %lld KiB before, %lld KiB at most while sending; VmHWM %lld KiB -> %lld KiB; %s",
          sent / MiB, before.residentBytes / 1024, peak / 1024, before.peakBytes / 1024, after.peakBytes / 1024,
          answer.head.left(answer.head.indexOf('\r')).constData());
    QVERIFY2(peak - before.residentBytes < MemoryGrowthBound,
             qPrintable(QStringLiteral("VmRSS %1 MiB -> %2 MiB while %3 MiB were sent")
                            .arg(before.residentBytes / MiB)
                            .arg(peak / MiB)
                            .arg(sent / MiB)));
    QVERIFY2(
        after.peakBytes - before.peakBytes < MemoryGrowthBound,
        qPrintable(QStringLiteral("VmHWM %1 MiB -> %2 MiB").arg(before.peakBytes / MiB).arg(after.peakBytes / MiB)));
    QVERIFY2(answer.status == 413, qPrintable(describe(answer)));
    QVERIFY2(sent < 64 * MiB, qPrintable(QStringLiteral("%1 MiB sent before the answer").arg(sent / MiB)));
    QCOMPARE(health(another).status, 200);

    m_central.stop();
    const QString log = m_central.log();
    QVERIFY2(log.contains(QLatin1String(" 413 ")), qPrintable(log));
    QVERIFY2(!log.contains(QLatin1String("token-secret")), qPrintable(log));
    QVERIFY2(!log.contains(QLatin1String("query-secret")), qPrintable(log));
}

void CentralLimitsTest::bodyLimitIsAnOption()
{
    start({ QStringLiteral("--max-body-bytes"), QStringLiteral("2048") });
    QFile tokenFile(m_central.tokenFile(m_central.supervisors().constFirst()));
    QVERIFY(tokenFile.open(QIODevice::ReadOnly));
    const QByteArray token = tokenFile.readAll().trimmed();
    // A console of sync API version 2 names its key as well (any 64 hex digits: the first use registers it).
    const QList<QByteArray> headers { "Authorization: Bearer " + token, "X-Custodian-Console: limits-test",
                                      "X-Custodian-Console-Key: " + QByteArray(64, 'c'),
                                      "Content-Type: application/json" };
    const QByteArray push = R"({"previous":{"seq":0,"mac":""},"entries":[]})";
    auto client = connected();
    // Within the limit (padded with whitespace, which JSON allows): decided by the service.
    QVERIFY(client->write(RawHttpsClient::request("POST", "/api/v1/audit", headers, push + QByteArray(1500, ' '))));
    const auto small = client->readAnswer(10'000);
    QVERIFY2(small.status == 200, qPrintable(describe(small)));
    // Over it, on the same connection: refused by its Content-Length, and the connection ends.
    QVERIFY(client->write(RawHttpsClient::request("POST", "/api/v1/audit", headers, push + QByteArray(3000, ' '))));
    const auto large = client->readAnswer(10'000);
    QVERIFY2(large.status == 413, qPrintable(describe(large)));
    QVERIFY2(large.body.contains("2048"), qPrintable(describe(large)));
    QVERIFY(client->waitForClose(10'000));
}

void CentralLimitsTest::connectionsPerAddressCapped()
{
    constexpr int Cap = 16;
    start({ QStringLiteral("--max-connections-per-address"), QString::number(Cap), QStringLiteral("--header-timeout"),
            QStringLiteral("60"), QStringLiteral("--idle-timeout"), QStringLiteral("60") });
    std::vector<std::unique_ptr<RawHttpsClient>> held;
    for (int i = 0; i < Cap; ++i) {
        held.push_back(connected());
        QVERIFY2(held.back()->isOpen(), qPrintable(QStringLiteral("connection %1").arg(i)));
    }
    // Hundreds more from the same address, idle after the handshake: each is told 429 and closed.
    for (int i = 0; i < 200; ++i) {
        auto client = connected();
        const auto answer = client->readAnswer(5'000);
        QVERIFY2(answer.status == 429, qPrintable(QStringLiteral("connection %1: ").arg(Cap + i) + describe(answer)));
        QVERIFY2(answer.body.contains("too_many_connections"), qPrintable(describe(answer)));
        QVERIFY(!answer.header("Retry-After").isEmpty());
        QVERIFY(client->waitForClose(10'000));
    }
    // The held ones were left alone.
    for (const auto& client : held) {
        QVERIFY(!client->answerStarted());
        QVERIFY(client->isOpen());
    }
    // Another address is served, promptly.
    const auto other = health(another);
    QVERIFY2(other.status == 200, qPrintable(describe(other)));
    QVERIFY2(other.elapsedMs < 5'000, qPrintable(describe(other)));
    // A connection that ends frees its place.
    held.front()->abort();
    held.erase(held.begin());
    QElapsedTimer timer;
    timer.start();
    RawHttpsClient::Answer again;
    while (timer.elapsed() < 10'000 && (again = health(QHostAddress(QHostAddress::LocalHost))).status != 200)
        QThread::msleep(50);
    QVERIFY2(again.status == 200, qPrintable(describe(again)));
}

void CentralLimitsTest::silentConnectionsDoNotStarveOthers()
{
    constexpr int Cap = 16;
    start({ QStringLiteral("--max-connections-per-address"), QString::number(Cap), QStringLiteral("--header-timeout"),
            QStringLiteral("60") });
    // Connections that never start TLS: the cheapest attack there is.
    std::vector<std::unique_ptr<RawHttpsClient>> silent;
    for (int i = 0; i < 300; ++i) {
        silent.push_back(std::make_unique<RawHttpsClient>(ca()));
        QVERIFY(silent.back()->connectPlain(m_central.port()));
    }
    const auto other = health(another, 5'000);
    QVERIFY2(other.status == 200, qPrintable(describe(other)));
    QVERIFY2(other.elapsedMs < 5'000, qPrintable(describe(other)));
    // The service keeps only its cap of them: the others are closed at once, or after a short handshake wait.
    QElapsedTimer timer;
    timer.start();
    qsizetype open = silent.size();
    while (timer.elapsed() < 30'000 && open > Cap) {
        open = 0;
        for (const auto& client : silent)
            open += client->waitForClose(0) ? 0 : 1;
        QThread::msleep(100);
    }
    QCOMPARE(open, qsizetype(Cap));
}

void CentralLimitsTest::totalConnectionsCapped()
{
    start({ QStringLiteral("--max-connections"), QStringLiteral("8"), QStringLiteral("--max-connections-per-address"),
            QStringLiteral("4") });
    std::vector<std::unique_ptr<RawHttpsClient>> held;
    for (const QHostAddress& from : { QHostAddress(QHostAddress::LocalHost), another }) {
        for (int i = 0; i < 4; ++i) {
            held.push_back(connected(from));
            QVERIFY(held.back()->isOpen());
        }
    }
    // A third address finds the service full: 503, not its own fault, with a short Retry-After.
    auto refused = connected(third);
    const auto answer = refused->readAnswer(5'000);
    QVERIFY2(answer.status == 503, qPrintable(describe(answer)));
    QVERIFY(!answer.header("Retry-After").isEmpty());
    QVERIFY(refused->waitForClose(10'000));
    held.back()->abort();
    held.pop_back();
    QElapsedTimer timer;
    timer.start();
    RawHttpsClient::Answer again;
    while (timer.elapsed() < 10'000 && (again = health(third)).status != 200)
        QThread::msleep(50);
    QVERIFY2(again.status == 200, qPrintable(describe(again)));
}

void CentralLimitsTest::stalledHeadGets408()
{
    start({ QStringLiteral("--header-timeout"), QStringLiteral("2"), QStringLiteral("--idle-timeout"),
            QStringLiteral("30") });
    auto client = connected();
    // Waiting before a request is idle time, not head time: longer than the head timeout is fine.
    QThread::msleep(3'000);
    QVERIFY2(client->write(RawHttpsClient::request("GET", "/api/v1/health")), qPrintable(client->errorString()));
    const auto first = client->readAnswer(10'000);
    QVERIFY2(first.status == 200, qPrintable(describe(first)));
    // Half a head, then nothing (slowloris).
    QVERIFY(client->write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nAcc"));
    const auto answer = client->readAnswer(20'000);
    QVERIFY2(answer.status == 408, qPrintable(describe(answer)));
    QVERIFY2(answer.body.contains("request_timeout"), qPrintable(describe(answer)));
    QVERIFY2(answer.elapsedMs >= 1'500, qPrintable(describe(answer)));
    QVERIFY(client->waitForClose(10'000));
}

void CentralLimitsTest::stalledBodyGets408()
{
    start({ QStringLiteral("--body-timeout"), QStringLiteral("2") });
    auto client = connected();
    QVERIFY(client->write("PUT /api/v1/changes/stalled-0000001 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"kind\":"));
    const auto answer = client->readAnswer(20'000);
    QVERIFY2(answer.status == 408, qPrintable(describe(answer)));
    QVERIFY2(answer.elapsedMs >= 1'500, qPrintable(describe(answer)));
    QVERIFY(client->waitForClose(10'000));
}

void CentralLimitsTest::idleConnectionClosed()
{
    start({ QStringLiteral("--idle-timeout"), QStringLiteral("2") });
    QElapsedTimer timer;
    timer.start();
    auto silent = connected();
    QVERIFY(silent->waitForClose(20'000));
    QVERIFY(timer.elapsed() >= 1'500);
    QCOMPARE(silent->receivedBytes(), 0); // closed without a word: there was no request to answer
    // After an answer, a kept-alive connection that stays idle is closed the same way.
    auto client = connected();
    QVERIFY(client->write(RawHttpsClient::request("GET", "/api/v1/health")));
    QCOMPARE(client->readAnswer(10'000).status, 200);
    QVERIFY(client->waitForClose(20'000));
}

void CentralLimitsTest::malformedRequestsAnswered()
{
    start({});
    auto garbage = connected();
    QVERIFY(garbage->write("HELLO THERE\r\n\r\n"));
    const auto bad = garbage->readAnswer(10'000);
    QVERIFY2(bad.status == 400, qPrintable(describe(bad)));
    QVERIFY(garbage->waitForClose(10'000));
    auto huge = connected();
    QVERIFY(huge->write(RawHttpsClient::request("GET", "/api/v1/health", { "X-Padding: " + QByteArray(20'000, 'a') })));
    const auto tooLarge = huge->readAnswer(10'000);
    QVERIFY2(tooLarge.status == 431, qPrintable(describe(tooLarge)));
    QVERIFY(huge->waitForClose(10'000));
    auto other = connected();
    QVERIFY(other->write("POST /api/v1/audit HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: gzip\r\n\r\n"));
    const auto coding = other->readAnswer(10'000);
    QVERIFY2(coding.status == 400, qPrintable(describe(coding)));
    QCOMPARE(health(another).status, 200);
}

QTEST_GUILESS_MAIN(CentralLimitsTest)
#include "CentralLimitsTest.moc"
