// A central service that answers badly — malformed JSON, a body cut short, a body over the size limit, wrong types,
// pages of unknown streams, 500, 503 and 429 with Retry-After, a stall in the middle of a body — played by a real TLS
// server on 127.0.0.1 (ScriptedTlsServer) against the real `custodian-cli sync`. After each: the store is intact,
// nothing of the bad answer was written, the run is in the history, and the reason is named.
#include "SyncFixture.h"

#include "central/CertificateFactory.h"
#include "store/SyncSettingsRepository.h"
#include "support/ResultChecks.h"
#include "support/ScriptedTlsServer.h"
#include "support/TestStore.h"

#include "crypto/RecoveryCode.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

class SyncHostileServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void malformedJson();
    void truncatedBody();
    void bodyOverTheSizeLimit();
    void wrongTypesInTheSession();
    void wrongTypesInAccessEvents();
    void wrongTypesInItems();
    void pageOfAnotherStream();
    void unknownStreamIsSkipped();
    void cursorThatDoesNotAdvance();
    void serverError500();
    void busy503WithRetryAfter();
    void tooMany429WithRetryAfter();
    void retryAfterTooLong();
    void stallMidBody();

private:
    using Handler = std::function<std::optional<ScriptedTlsServer::Response>(const ScriptedTlsServer::Request&)>;
    // Serves a well-behaved, empty central service except where `override` answers.
    void serve(Handler override);
    SyncFixture::Synced sync(const QStringList& extra = {});
    // The store is intact and holds nothing from the server; the run is recorded with a reason.
    void checkNothingWritten(const SyncFixture::Synced& synced, const QString& outcome);
    void checkFailure(const SyncFixture::Synced& synced, const QString& code, const QString& says);

    QTemporaryDir m_dir;
    CertificateFactory::Issued m_authority;
    CertificateFactory::Issued m_certificate;
    std::unique_ptr<ScriptedTlsServer> m_server;
    SyncFixture::Console m_console;
    SyncFixture m_fixture; // verify() and count()
    int m_counter = 0;
};

namespace {
QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray sessionBody()
{
    return json(QJsonObject { { QStringLiteral("api"), 2 },
                              { QStringLiteral("console"),
                                QJsonObject { { QStringLiteral("registered_at"), 1 },
                                              { QStringLiteral("others"), QJsonArray() },
                                              { QStringLiteral("rollback"), QJsonValue() },
                                              { QStringLiteral("resolution"), QJsonValue() } } },
                              { QStringLiteral("supervisor"),
                                QJsonObject { { QStringLiteral("id"), 1 },
                                              { QStringLiteral("username"), QStringLiteral("scripted") },
                                              { QStringLiteral("display_name"), QStringLiteral("Scripted Server") } } },
                              { QStringLiteral("audit_head"),
                                QJsonObject { { QStringLiteral("seq"), 0 }, { QStringLiteral("mac"), QString() } } } });
}

QByteArray emptyPage(const QByteArray& stream)
{
    return json(QJsonObject { { QStringLiteral("stream"), QString::fromLatin1(stream) },
                              { QStringLiteral("cursor"), QString() },
                              { QStringLiteral("more"), false },
                              { QStringLiteral("items"), QJsonArray() } });
}

QByteArray streamOf(const ScriptedTlsServer::Request& request)
{
    if (!request.path.startsWith("/api/v1/streams/"))
        return {};
    QByteArray stream = request.path.mid(int(qstrlen("/api/v1/streams/")));
    return stream.left(stream.indexOf('?') < 0 ? stream.size() : stream.indexOf('?'));
}

const QByteArray Json = "application/json";
} // namespace

void SyncHostileServerTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto authority = CertificateFactory::makeAuthority(QStringLiteral("Hostile test CA"));
    CUSTODIAN_VERIFY_OK(authority);
    m_authority = *authority;
    CertificateFactory::Subject subject;
    subject.commonName = QStringLiteral("scripted");
    subject.ipAddresses = { QStringLiteral("127.0.0.1") };
    auto certificate = CertificateFactory::issue(m_authority, subject);
    CUSTODIAN_VERIFY_OK(certificate);
    m_certificate = *certificate;
}

void SyncHostileServerTest::init()
{
    m_server.reset();
    // A new console store per case: nothing carries over.
    ++m_counter;
    m_console.path = m_dir.filePath(QStringLiteral("console-%1.custodian").arg(m_counter));
    m_console.passphraseFile = m_dir.filePath(QStringLiteral("console.passphrase"));
    QFile file(m_console.passphraseFile);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(SyncFixture::Passphrase);
    file.close();
    auto store = Store::create(m_console.path, QByteArrayView(SyncFixture::Passphrase), RecoveryCode::generate(),
                               TestStore::fastParameters());
    CUSTODIAN_VERIFY_OK(store);
}

void SyncHostileServerTest::cleanup()
{
    m_server.reset();
}

void SyncHostileServerTest::serve(Handler override)
{
    m_server = std::make_unique<ScriptedTlsServer>();
    const quint16 port = m_server->listen(
        m_certificate.certificatePem, m_certificate.privateKeyPem,
        [override](const ScriptedTlsServer::Request& request) -> ScriptedTlsServer::Response {
            if (auto answer = override(request))
                return *answer;
            if (request.path.startsWith("/api/v1/session"))
                return ScriptedTlsServer::http(200, Json, sessionBody());
            if (const QByteArray stream = streamOf(request); !stream.isEmpty())
                return ScriptedTlsServer::http(200, Json, emptyPage(stream));
            if (request.path == "/api/v1/audit") {
                // Takes the console-audit entries as a well-behaved service would: its head is the last of them.
                const QCborArray entries
                    = QCborValue::fromCbor(request.body).toMap().value(QLatin1String("entries")).toArray();
                const QCborMap last = entries.last().toMap();
                return ScriptedTlsServer::http(
                    200, Json,
                    json(QJsonObject { { QStringLiteral("head"),
                                         QJsonObject { { QStringLiteral("seq"), last.value(QLatin1String("seq")).toInteger() },
                                                       { QStringLiteral("mac"), last.value(QLatin1String("mac")).toString() } } } }));
            }
            return ScriptedTlsServer::http(404, Json, R"({"error":{"code":"not_found","message":"no"}})");
        });
    QVERIFY(port > 0);
    auto store = m_console.unlock();
    CUSTODIAN_VERIFY_OK(store);
    SyncSettings settings;
    settings.serverUrl = m_server->url();
    settings.caPem = m_authority.certificatePem;
    settings.token = SecureBuffer::copyOf("scripted-token");
    settings.timeoutSeconds = 3;
    auto saved = SyncSettingsRepository(store->database()).save(settings, QStringLiteral("test"));
    CUSTODIAN_VERIFY_OK(saved);
}

SyncFixture::Synced SyncHostileServerTest::sync(const QStringList& extra)
{
    return m_fixture.syncWithEventLoop(m_console, extra, 180'000);
}

void SyncHostileServerTest::checkFailure(const SyncFixture::Synced& synced, const QString& code, const QString& says)
{
    QCOMPARE(synced.outcome.exitCode, 1);
    QVERIFY2(!synced.outcome.crashed, qPrintable(synced.describe()));
    QCOMPARE(synced.summary.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), code);
    QVERIFY2(synced.outcome.err.contains(says, Qt::CaseInsensitive), qPrintable(synced.describe()));
}

void SyncHostileServerTest::checkNothingWritten(const SyncFixture::Synced& synced, const QString& outcome)
{
    QVERIFY2(m_fixture.verify(m_console).isEmpty(), qPrintable(m_fixture.verify(m_console)));
    for (const char* table : { "site", "agent", "customer_record", "access_event", "finding", "role", "incident" })
        QCOMPARE(SyncFixture::count(m_console, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
    QCOMPARE(SyncFixture::count(m_console, QStringLiteral("SELECT count(*) FROM sync_cursor WHERE cursor <> ''")), 0);
    QCOMPARE(SyncFixture::count(m_console, QStringLiteral("SELECT count(*) FROM sync_run WHERE outcome = '%1' AND "
                                                            "length(message) > 10").arg(outcome)),
             1);
    Q_UNUSED(synced)
}

void SyncHostileServerTest::malformedJson()
{
    serve([](const ScriptedTlsServer::Request& request) -> std::optional<ScriptedTlsServer::Response> {
        if (request.path.startsWith("/api/v1/session"))
            return ScriptedTlsServer::http(200, Json, R"({"api":2,"supervisor":{"username":)");
        return std::nullopt;
    });
    const auto synced = sync();
    checkFailure(synced, QStringLiteral("Protocol"), QStringLiteral("malformed"));
    checkNothingWritten(synced, QStringLiteral("error"));
}

void SyncHostileServerTest::truncatedBody()
{
    serve([](const ScriptedTlsServer::Request& request) -> std::optional<ScriptedTlsServer::Response> {
        if (streamOf(request) == "organisation") {
            ScriptedTlsServer::Response response = ScriptedTlsServer::http(200, Json, emptyPage("organisation"));
            response.raw.replace("Content-Length: ", "Content-Length: 9"); // declares ten times the body, then closes
            response.then = ScriptedTlsServer::Response::Then::Close;
            return response;
        }
        return std::nullopt;
    });
    const auto synced = sync();
    QCOMPARE(synced.outcome.exitCode, 1);
    QCOMPARE(synced.summary.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("Offline"));
    QVERIFY2(synced.outcome.err.contains(QStringLiteral("cut short"))
                 || synced.outcome.err.contains(QStringLiteral("before its answer was complete")),
             qPrintable(synced.describe()));
    checkNothingWritten(synced, QStringLiteral("offline"));
}

void SyncHostileServerTest::bodyOverTheSizeLimit()
{
    serve([](const ScriptedTlsServer::Request& request) -> std::optional<ScriptedTlsServer::Response> {
        if (streamOf(request) == "organisation") {
            // Declares 200 MB, and sends 80 MB of them: refused at the header, or at the limit, never held whole.
            QByteArray raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200000000\r\n\r\n";
            raw += QByteArray(80 * 1024 * 1024, ' ');
            return ScriptedTlsServer::Response { raw, ScriptedTlsServer::Response::Then::Close };
        }
        if (streamOf(request) == "agents") {
            // No length at all, and more than the limit.
            QByteArray raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"items\":[";
            raw += QByteArray(70 * 1024 * 1024, ' ');
            return ScriptedTlsServer::Response { raw, ScriptedTlsServer::Response::Then::Close };
        }
        return std::nullopt;
    });
    const auto synced = sync();
    checkFailure(synced, QStringLiteral("Protocol"), QStringLiteral("larger than"));
    checkNothingWritten(synced, QStringLiteral("error"));
}

void SyncHostileServerTest::wrongTypesInTheSession()
{
    serve([](const ScriptedTlsServer::Request& request) -> std::optional<ScriptedTlsServer::Response> {
        if (request.path.startsWith("/api/v1/session"))
            return ScriptedTlsServer::http(200, Json, R"({"api":"2","supervisor":{"username":"x"}})");
        return std::nullopt;
    });
    const auto synced = sync();
    checkFailure(synced, QStringLiteral("Protocol"), QStringLiteral("which version of the sync API"));
    checkNothingWritten(synced, QStringLiteral("error"));
}

void SyncHostileServerTest::wrongTypesInAccessEvents()
{
    serve([](const ScriptedTlsServer::Request& request) -> std::optional<ScriptedTlsServer::Response> {
        if (streamOf(request) == "access_events") {
            const qint64 at = 1'790'000'000'000;
            const QByteArray good = "[" + QByteArray::number(at * 65536) + "," + QByteArray::number(at)
                + ",1,null,0,6,1,1,null,null,1]";
            const QByteArray bad = "[\"" + QByteArray::number(at * 65536 + 1) + "\"," + QByteArray::number(at)
                + ",1,null,0,6,1,1,null,null,1]";
            return ScriptedTlsServer::http(200, Json,
                                           R"({"stream":"access_events","cursor":"c1","more":false,"items":[)" + good
                                               + "," + bad + "]}");
        }
        return std::nullopt;
    });
    const auto synced = sync();
    checkFailure(synced, QStringLiteral("Protocol"), QStringLiteral("access event 2 of the page"));
    QVERIFY2(synced.outcome.err.contains(QStringLiteral("whole number")), qPrintable(synced.describe()));
    // Not even the good first event of the page.
    checkNothingWritten(synced, QStringLiteral("error"));
}

void SyncHostileServerTest::wrongTypesInItems()
{
    serve([](const ScriptedTlsServer::Request& request) -> std::optional<ScriptedTlsServer::Response> {
        if (streamOf(request) == "organisation")
            return ScriptedTlsServer::http(
                200, Json,
                R"({"stream":"organisation","cursor":"o1","more":false,"items":[)"
                R"({"type":"site","id":1,"code":"LIS","name":"Lisbon","timezone":"Europe/Lisbon","country":"PT"},)"
                R"({"type":"team","id":1,"site_id":1,"name":7}]})");
        return std::nullopt;
    });
    const auto synced = sync();
    checkFailure(synced, QStringLiteral("Protocol"), QStringLiteral("'name' must be text"));
    QVERIFY2(synced.outcome.err.contains(QStringLiteral("item 2 (team 1)")), qPrintable(synced.describe()));
    // The valid site of the same page is not kept either: a page is written whole or not at all.
    checkNothingWritten(synced, QStringLiteral("error"));
}

void SyncHostileServerTest::pageOfAnotherStream()
{
    serve([](const ScriptedTlsServer::Request& request) -> std::optional<ScriptedTlsServer::Response> {
        if (streamOf(request) == "organisation")
            return ScriptedTlsServer::http(200, Json, emptyPage("payroll"));
        return std::nullopt;
    });
    const auto synced = sync();
    checkFailure(synced, QStringLiteral("Protocol"), QStringLiteral("with a page of 'payroll'"));
    checkNothingWritten(synced, QStringLiteral("error"));
}

void SyncHostileServerTest::unknownStreamIsSkipped()
{
    // A server that does not (yet) offer a stream this console knows: the rest syncs, and the history says so.
    serve([](const ScriptedTlsServer::Request& request) -> std::optional<ScriptedTlsServer::Response> {
        if (streamOf(request) == "reviews")
            return ScriptedTlsServer::http(404, Json,
                                           R"({"error":{"code":"unknown_stream","message":"no stream reviews"}})");
        return std::nullopt;
    });
    const auto synced = sync();
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    QVERIFY(synced.summary.value(QStringLiteral("notes")).toArray().first().toString().contains(QStringLiteral("reviews")));
    QVERIFY(m_fixture.verify(m_console).isEmpty());
}

void SyncHostileServerTest::cursorThatDoesNotAdvance()
{
    serve([](const ScriptedTlsServer::Request& request) -> std::optional<ScriptedTlsServer::Response> {
        if (streamOf(request) == "organisation")
            return ScriptedTlsServer::http(200, Json,
                                           R"({"stream":"organisation","cursor":"same","more":true,"items":[]})");
        return std::nullopt;
    });
    const auto synced = sync();
    checkFailure(synced, QStringLiteral("Protocol"), QStringLiteral("does not advance"));
    checkNothingWritten(synced, QStringLiteral("error"));
}

void SyncHostileServerTest::serverError500()
{
    int sessions = 0;
    serve([&sessions](const ScriptedTlsServer::Request& request) -> std::optional<ScriptedTlsServer::Response> {
        if (request.path.startsWith("/api/v1/session")) {
            ++sessions;
            return ScriptedTlsServer::http(500, Json, R"({"error":{"code":"internal","message":"database on fire"}})");
        }
        return std::nullopt;
    });
    const auto synced = sync();
    checkFailure(synced, QStringLiteral("ServerFailed"), QStringLiteral("HTTP 500"));
    QVERIFY2(synced.outcome.err.contains(QStringLiteral("database on fire")), qPrintable(synced.describe()));
    QCOMPARE(sessions, 4); // the first try and three retries: reads are safe to repeat
    checkNothingWritten(synced, QStringLiteral("error"));
}

void SyncHostileServerTest::busy503WithRetryAfter()
{
    int sessions = 0;
    serve([&sessions](const ScriptedTlsServer::Request& request) -> std::optional<ScriptedTlsServer::Response> {
        if (request.path.startsWith("/api/v1/session") && ++sessions == 1)
            return ScriptedTlsServer::http(503, Json, R"({"error":{"code":"maintenance","message":"back soon"}})",
                                           { "Retry-After: 2" });
        return std::nullopt;
    });
    QElapsedTimer timer;
    timer.start();
    const auto synced = sync();
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    QCOMPARE(sessions, 2);
    QVERIFY2(timer.elapsed() >= 2000, qPrintable(QString::number(timer.elapsed())));
}

void SyncHostileServerTest::tooMany429WithRetryAfter()
{
    int pages = 0;
    serve([&pages](const ScriptedTlsServer::Request& request) -> std::optional<ScriptedTlsServer::Response> {
        if (streamOf(request) == "agents" && ++pages == 1)
            return ScriptedTlsServer::http(429, Json, R"({"error":{"code":"too_many_requests","message":"slow down"}})",
                                           { "Retry-After: 1" });
        return std::nullopt;
    });
    QElapsedTimer timer;
    timer.start();
    const auto synced = sync();
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    QCOMPARE(pages, 2);
    QVERIFY(timer.elapsed() >= 1000);
}

void SyncHostileServerTest::retryAfterTooLong()
{
    serve([](const ScriptedTlsServer::Request& request) -> std::optional<ScriptedTlsServer::Response> {
        if (request.path.startsWith("/api/v1/session"))
            return ScriptedTlsServer::http(429, Json, R"({"error":{"code":"too_many_requests","message":"go away"}})",
                                           { "Retry-After: 3600" });
        return std::nullopt;
    });
    QElapsedTimer timer;
    timer.start();
    const auto synced = sync();
    checkFailure(synced, QStringLiteral("ServerBusy"), QStringLiteral("asks to wait 3600 s"));
    QVERIFY(timer.elapsed() < 30'000); // it does not sit there for an hour
    checkNothingWritten(synced, QStringLiteral("offline"));
}

void SyncHostileServerTest::stallMidBody()
{
    int stalls = 0;
    serve([&stalls](const ScriptedTlsServer::Request& request) -> std::optional<ScriptedTlsServer::Response> {
        if (streamOf(request) == "organisation") {
            ++stalls;
            QByteArray raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n"
                             "{\"stream\":\"organisation\",\"items\":[";
            return ScriptedTlsServer::Response { raw, ScriptedTlsServer::Response::Then::Stall };
        }
        return std::nullopt;
    });
    QElapsedTimer timer;
    timer.start();
    const auto synced = sync({ QStringLiteral("--timeout"), QStringLiteral("2") });
    checkFailure(synced, QStringLiteral("Offline"), QStringLiteral("did not answer within 2 s"));
    QCOMPARE(stalls, 4);
    QVERIFY2(timer.elapsed() < 60'000, qPrintable(QString::number(timer.elapsed())));
    checkNothingWritten(synced, QStringLiteral("offline"));
}

QTEST_GUILESS_MAIN(SyncHostileServerTest)
#include "SyncHostileServerTest.moc"
