// Evidence uploaded in chunks to the real custodian-central on loopback (issue 17, point 8; docs/sync-api.md section
// 12), from consoles whose evidence is attached with `custodian-cli incident attach` and synced with `custodian-cli
// sync`:
//  * a whole upload, verified by the service, its copy byte for byte what the console holds, custody on both sides;
//  * the "Done when" test: the service killed after it kept its third chunk (CUSTODIAN_CRASH_AT with
//    CUSTODIAN_CRASH_AFTER), restarted; the console resumes from the service's list of chunks — the service's own
//    request log shows that the chunks it held were not sent again — and the final hash check passes;
//  * a chunk altered on the way (its bytes and the SHA-256 sent with it differ) refused with its message and not
//    kept; a declared SHA-256 that the chunks do not make refused at the last chunk, naming both hashes, and nothing
//    kept; a console whose own copy was changed after the add refused the same way, and told so;
//  * an incident the service does not hold yet: the upload waits (not refused), the run is not an error, and once the
//    service holds the incident the next attempt uploads it.
#include "CentralClient.h"
#include "SyncFixture.h"

#include "crypto/Digest.h"
#include "domain/Clock.h"
#include "store/Database.h"
#include "store/EvidenceRegister.h"
#include "store/Statement.h"
#include "support/ResultChecks.h"

#include <QCborArray>
#include <QCborMap>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

class EvidenceUploadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wholeUploadVerifiedByTheService();
    void serverKilledHalfWayResumesAndChecksTheHash();
    void alteredChunkRefusedAndNotKept();
    void wrongDeclaredHashRefusedAtTheLastChunk();
    void consoleCopyChangedAfterTheAddIsRefused();
    void incidentUnknownToTheServiceWaitsAndRetries();
    void cleanupTestCase();

private:
    // A file of `bytes` random bytes attached to incident `reference` on the console; the new item's id.
    qint64 attach(const QString& reference, qint64 bytes, QByteArray* content = nullptr);
    [[nodiscard]] QString uploadKey(qint64 itemId) const;
    [[nodiscard]] qint64 count(const QString& sql) const { return SyncFixture::count(m_console, sql); }
    // The service's copy of upload `key` read back through the register: its SHA-256 when intact, else empty.
    [[nodiscard]] QByteArray centralCopyHash(const QString& key);
    [[nodiscard]] static QJsonObject evidence(const SyncFixture::Synced& synced);
    [[nodiscard]] CentralClient client();
    [[nodiscard]] static QCborMap declaration(qint64 incident, const QByteArray& content, const QByteArray& sha256);

    SyncFixture m_fixture;
    SyncFixture::Console m_console;
    QString m_reference; // an incident of the service's demo, pulled by the console
    qint64 m_incidentId = 0;
    int m_files = 0;
};

qint64 EvidenceUploadTest::attach(const QString& reference, qint64 bytes, QByteArray* content)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator random(quint32(bytes) + quint32(++m_files));
    for (qint64 i = 0; i < bytes; ++i)
        data[i] = char(random.bounded(256));
    const QString path = m_fixture.path(QStringLiteral("evidence-%1.bin").arg(m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != bytes)
        return -1;
    file.close();
    const auto attached
        = CliRunner::run(m_console.args(QStringLiteral("incident")) << QStringLiteral("attach") << reference << path);
    if (attached.exitCode != 0) {
        qWarning("%s", qPrintable(CliRunner::describe(attached)));
        return -1;
    }
    if (content)
        *content = data;
    return count(QStringLiteral("SELECT max(id) FROM evidence_item"));
}

QString EvidenceUploadTest::uploadKey(qint64 itemId) const
{
    auto store = m_console.unlock();
    if (!store)
        return {};
    auto key
        = store->database().queryText(QStringLiteral("SELECT key FROM evidence_upload WHERE item_id = %1").arg(itemId));
    return key ? *key : QString();
}

QByteArray EvidenceUploadTest::centralCopyHash(const QString& key)
{
    auto store = m_fixture.centralStore();
    if (!store) {
        qWarning("%s", qPrintable(store.error().message()));
        return {};
    }
    auto itemId = store->database().queryInt(
        QStringLiteral("SELECT coalesce((SELECT item_id FROM central_evidence_upload WHERE key = '%1'), 0)").arg(key));
    if (!itemId || *itemId == 0)
        return {};
    auto item = EvidenceRegister::item(store->database(), *itemId);
    if (!item)
        return {};
    auto check = EvidenceRegister::scan(store->database(), *item, nullptr);
    return check && check->intact() ? check->sha256 : QByteArray();
}

QJsonObject EvidenceUploadTest::evidence(const SyncFixture::Synced& synced)
{
    return synced.summary.value(QStringLiteral("evidence")).toObject();
}

CentralClient EvidenceUploadTest::client()
{
    return CentralClient(m_fixture.central(), m_fixture.central().tokenFile(m_fixture.central().supervisors().at(0)));
}

QCborMap EvidenceUploadTest::declaration(qint64 incident, const QByteArray& content, const QByteArray& sha256)
{
    QCborMap body;
    body.insert(QStringLiteral("incident"), incident);
    body.insert(QStringLiteral("file_name"), QStringLiteral("hand-made.bin"));
    body.insert(QStringLiteral("media_type"), QStringLiteral("application/octet-stream"));
    body.insert(QStringLiteral("description"), QString());
    body.insert(QStringLiteral("size"), qint64(content.size()));
    body.insert(QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex()));
    body.insert(QStringLiteral("chunk_size"), EvidenceRegister::ChunkSize);
    body.insert(QStringLiteral("added_by"), QStringLiteral("tester"));
    body.insert(QStringLiteral("added_at"), Clock::nowMs());
    return body;
}

void EvidenceUploadTest::initTestCase()
{
    const QString problem = m_fixture.initialise(3000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    CentralProcess::Serve serve;
    serve.extra << QStringLiteral("--log-requests");
    const QString started = m_fixture.central().start(serve);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    auto console = m_fixture.makeConsole(QStringLiteral("evidence"));
    CUSTODIAN_VERIFY_OK(console);
    m_console = *console;
    const auto first = m_fixture.sync(m_console);
    QVERIFY2(first.ok(), qPrintable(first.describe()));
    m_incidentId = count(QStringLiteral("SELECT min(id) FROM incident"));
    QVERIFY2(m_incidentId > 0, "the service's demo has incidents");
    auto store = m_console.unlock();
    CUSTODIAN_VERIFY_OK(store);
    auto reference
        = store->database().queryText(QStringLiteral("SELECT reference FROM incident WHERE id = %1").arg(m_incidentId));
    CUSTODIAN_VERIFY_OK(reference);
    m_reference = *reference;
}

void EvidenceUploadTest::wholeUploadVerifiedByTheService()
{
    QByteArray content;
    const qint64 itemId = attach(m_reference, 4 * EvidenceRegister::ChunkSize + 1000, &content);
    QVERIFY(itemId > 0);
    QCOMPARE(
        count(
            QStringLiteral("SELECT count(*) FROM evidence_upload WHERE item_id = %1 AND state = 'queued'").arg(itemId)),
        1);
    const auto synced = m_fixture.sync(m_console);
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    QCOMPARE(evidence(synced).value(QStringLiteral("uploaded")).toInteger(), 1);
    QCOMPARE(evidence(synced).value(QStringLiteral("chunks_sent")).toInteger(), 5);
    QCOMPARE(evidence(synced).value(QStringLiteral("waiting")).toInteger(), 0);

    // The console: verified, with the service's id, and `uploaded` in the custody trail with its audit entry.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM evidence_upload WHERE item_id = %1 AND state = 'verified' "
                                  "AND chunks_held = 5 AND central_id > 0 AND verified_at > 0")
                       .arg(itemId)),
             1);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM evidence_custody WHERE item_id = %1 AND action = 6").arg(itemId)),
        1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'evidence.uploaded' AND target = "
                                  "'evidence:%1'")
                       .arg(itemId)),
             1);
    QVERIFY(m_fixture.verify(m_console).isEmpty());

    // The service: the same bytes, checked by the register's own read, and custody `received` from this console.
    const QString key = uploadKey(itemId);
    QVERIFY(!key.isEmpty());
    QCOMPARE(centralCopyHash(key), Digest::sha256(content));
    QCOMPARE(
        m_fixture.centralCount(
            QStringLiteral("SELECT count(*) FROM central_evidence_upload u JOIN evidence_item i ON i.id = u.item_id "
                           "WHERE u.key = '%1' AND u.verified_at IS NOT NULL AND i.incident_id = %2 AND "
                           "u.console_key = '%3'")
                .arg(key)
                .arg(m_incidentId)
                .arg(m_console.key())),
        1);
    QCOMPARE(m_fixture.centralCount(
                 QStringLiteral("SELECT count(*) FROM evidence_custody c JOIN central_evidence_upload u ON u.item_id = "
                                "c.item_id WHERE u.key = '%1' AND c.action = 7 AND c.actor = '%2' AND c.detail LIKE "
                                "'%%%3%%'")
                     .arg(key, m_fixture.central().supervisors().at(0), m_console.key())),
             1);

    // A second run sends nothing again.
    const auto again = m_fixture.sync(m_console);
    QVERIFY2(again.ok(), qPrintable(again.describe()));
    QCOMPARE(evidence(again).value(QStringLiteral("chunks_sent")).toInteger(), 0);
}

void EvidenceUploadTest::serverKilledHalfWayResumesAndChecksTheHash()
{
    QByteArray content;
    const qint64 itemId = attach(m_reference, 8 * EvidenceRegister::ChunkSize - 7, &content);
    QVERIFY(itemId > 0);
    const QString key = uploadKey(itemId);

    // The service keeps the third chunk it receives, commits, and dies before it answers.
    m_fixture.central().stop();
    CentralProcess::Serve crashing;
    crashing.environment.insert(QStringLiteral("CUSTODIAN_CRASH_AT"),
                                QStringLiteral("central.evidence-chunk-committed"));
    crashing.environment.insert(QStringLiteral("CUSTODIAN_CRASH_AFTER"), QStringLiteral("3"));
    QString started = m_fixture.central().start(crashing);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const auto cut = m_fixture.sync(m_console);
    QCOMPARE(cut.outcome.exitCode, 1);
    QCOMPARE(cut.summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("offline"));
    QVERIFY(!m_fixture.central().isRunning());
    QCOMPARE(evidence(cut).value(QStringLiteral("uploaded")).toInteger(), 0);
    // The console does not know the third chunk arrived; it waits to try again, with two chunks known held.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM evidence_upload WHERE item_id = %1 AND state = 'waiting' AND "
                                  "chunks_held = 2 AND next_attempt_at > 0")
                       .arg(itemId)),
             1);
    // The service holds the three chunks it committed, and nothing is verified.
    QCOMPARE(
        m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM evidence_chunk c JOIN central_evidence_upload u "
                                              "ON u.item_id = c.item_id WHERE u.key = '%1' AND u.verified_at IS "
                                              "NULL")
                                   .arg(key)),
        3);

    CentralProcess::Serve serve;
    serve.extra << QStringLiteral("--log-requests");
    started = m_fixture.central().start(serve);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    {
        // The retry delay is not waited for here: make it due.
        auto store = m_console.unlock();
        CUSTODIAN_VERIFY_OK(store);
        CUSTODIAN_VERIFY_OK(store->database().exec(QStringLiteral("UPDATE evidence_upload SET next_attempt_at = 0")));
    }
    const auto resumed = m_fixture.sync(m_console);
    QVERIFY2(resumed.ok(), qPrintable(resumed.describe()));
    QCOMPARE(evidence(resumed).value(QStringLiteral("uploaded")).toInteger(), 1);
    QCOMPARE(evidence(resumed).value(QStringLiteral("chunks_sent")).toInteger(), 5);
    // What the service received after the restart, by its own log (the crashing service logged nothing): chunks 3 to
    // 7, each once, none of 0 to 2. Stopping the service collects everything it wrote; then it starts again.
    m_fixture.central().stop();
    const QString log = m_fixture.central().log();
    started = m_fixture.central().start(serve);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QStringList received;
    for (const QString& line : log.split(QLatin1Char('\n'))) {
        if (line.contains(key))
            received << line;
    }
    for (int seq = 0; seq < 8; ++seq) {
        const QString line = QStringLiteral("PUT /api/v1/evidence/%1/chunks/%2 ").arg(key).arg(seq);
        QVERIFY2(log.count(line) == (seq < 3 ? 0 : 1), qPrintable(received.join(QLatin1Char('\n'))));
    }
    QCOMPARE(log.count(QStringLiteral("PUT /api/v1/evidence/%1 200").arg(key)), 1);
    // The final check passed: the service's copy is the console's file.
    QCOMPARE(centralCopyHash(key), Digest::sha256(content));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM evidence_upload WHERE item_id = %1 AND state = 'verified'")
                       .arg(itemId)),
             1);
}

void EvidenceUploadTest::alteredChunkRefusedAndNotKept()
{
    CentralClient central = client();
    const QByteArray content = QByteArray("an e-mail with a card number where it must not be\n").repeated(12000);
    const QString key = QStringLiteral("hand-made-altered-chunk");
    const auto declared
        = central.put(QStringLiteral("evidence/") + key, declaration(m_incidentId, content, Digest::sha256(content)));
    QCOMPARE(declared.status, 200);
    QCOMPARE(declared.body.value(QStringLiteral("state")).toString(), QStringLiteral("receiving"));
    QCOMPARE(declared.body.value(QStringLiteral("chunk_count")).toInteger(), 3);
    QCOMPARE(declared.body.value(QStringLiteral("held")).toArray().size(), 0);

    // Chunk 0 as the console read it, with one byte changed on the way: its SHA-256 no longer matches the header.
    const QByteArray chunk = content.left(EvidenceRegister::ChunkSize);
    QByteArray altered = chunk;
    altered[1000] = char(altered[1000] ^ 0x01);
    const auto refused
        = central.putBytes(QStringLiteral("evidence/%1/chunks/0").arg(key), altered,
                           { { QByteArrayLiteral("X-Custodian-Chunk-SHA256"), Digest::sha256(chunk).toHex() } });
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.code(), QStringLiteral("chunk_hash_mismatch"));
    const QString message
        = refused.body.value(QStringLiteral("error")).toMap().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QString::fromLatin1(Digest::sha256(altered).toHex()))
                 && message.contains(QString::fromLatin1(Digest::sha256(chunk).toHex()))
                 && message.contains(QStringLiteral("Chunk 0")),
             qPrintable(message));
    // Nothing kept: the service holds no chunk, and asks for chunk 0 again.
    const auto state = central.get(QStringLiteral("evidence/") + key);
    QCOMPARE(state.status, 200);
    QCOMPARE(state.body.value(QStringLiteral("held")).toArray().size(), 0);
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM evidence_chunk c JOIN central_evidence_upload "
                                                   "u ON u.item_id = c.item_id WHERE u.key = '%1'")
                                        .arg(key)),
             0);
    // A chunk without its hash, of the wrong length, or past the end is refused too.
    QCOMPARE(central.putBytes(QStringLiteral("evidence/%1/chunks/0").arg(key), chunk, {}).code(),
             QStringLiteral("invalid_chunk"));
    const QByteArray shortChunk = chunk.left(100);
    QCOMPARE(central
                 .putBytes(QStringLiteral("evidence/%1/chunks/0").arg(key), shortChunk,
                           { { QByteArrayLiteral("X-Custodian-Chunk-SHA256"), Digest::sha256(shortChunk).toHex() } })
                 .code(),
             QStringLiteral("invalid_chunk"));
    QCOMPARE(central
                 .putBytes(QStringLiteral("evidence/%1/chunks/3").arg(key), chunk,
                           { { QByteArrayLiteral("X-Custodian-Chunk-SHA256"), Digest::sha256(chunk).toHex() } })
                 .code(),
             QStringLiteral("invalid_chunk"));
    // The same key for another file is refused; the same declaration again is answered as before.
    QCOMPARE(central
                 .put(QStringLiteral("evidence/") + key,
                      declaration(m_incidentId, content.left(10), Digest::sha256(content.left(10))))
                 .code(),
             QStringLiteral("key_reused"));
    // Another console does not see this upload.
    CentralClient other(m_fixture.central(), m_fixture.central().tokenFile(m_fixture.central().supervisors().at(0)),
                        QStringLiteral("another-console"));
    QCOMPARE(other.get(QStringLiteral("evidence/") + key).code(), QStringLiteral("unknown_upload"));
}

void EvidenceUploadTest::wrongDeclaredHashRefusedAtTheLastChunk()
{
    CentralClient central = client();
    const QByteArray content = QByteArray("a call-recording excerpt\n").repeated(15000); // 2 chunks
    const QByteArray declared = Digest::sha256(QByteArray(content + "x"));
    const QString key = QStringLiteral("hand-made-wrong-declared-hash");
    QCOMPARE(central.put(QStringLiteral("evidence/") + key, declaration(m_incidentId, content, declared)).status, 200);
    const QByteArray first = content.left(EvidenceRegister::ChunkSize);
    const QByteArray second = content.mid(EvidenceRegister::ChunkSize);
    const auto kept
        = central.putBytes(QStringLiteral("evidence/%1/chunks/0").arg(key), first,
                           { { QByteArrayLiteral("X-Custodian-Chunk-SHA256"), Digest::sha256(first).toHex() } });
    QCOMPARE(kept.status, 200);
    QCOMPARE(kept.body.value(QStringLiteral("held_count")).toInteger(), 1);
    // Each chunk matches its own hash; the whole file does not match the declaration.
    const auto refused
        = central.putBytes(QStringLiteral("evidence/%1/chunks/1").arg(key), second,
                           { { QByteArrayLiteral("X-Custodian-Chunk-SHA256"), Digest::sha256(second).toHex() } });
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.code(), QStringLiteral("hash_mismatch"));
    const QString message
        = refused.body.value(QStringLiteral("error")).toMap().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QString::fromLatin1(Digest::sha256(content).toHex()))
                 && message.contains(QString::fromLatin1(declared.toHex())),
             qPrintable(message));
    // Nothing is kept, let alone as verified: the upload is gone with its chunks and its item.
    QCOMPARE(central.get(QStringLiteral("evidence/") + key).code(), QStringLiteral("unknown_upload"));
    QCOMPARE(m_fixture.centralCount(
                 QStringLiteral("SELECT count(*) FROM central_evidence_upload WHERE key = '%1'").arg(key)),
             0);
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM evidence_item WHERE file_name = "
                                                   "'hand-made.bin' AND sha256 = x'%1'")
                                        .arg(QString::fromLatin1(declared.toHex()))),
             0);
}

void EvidenceUploadTest::consoleCopyChangedAfterTheAddIsRefused()
{
    const qint64 itemId = attach(m_reference, EvidenceRegister::ChunkSize + 300);
    QVERIFY(itemId > 0);
    {
        // A byte of the console's second chunk changed behind the register's back (a SQLCipher shell): the chunks no
        // longer make the SHA-256 recorded at the add, which the upload declares.
        auto store = m_console.unlock();
        CUSTODIAN_VERIFY_OK(store);
        auto chunk = EvidenceRegister::chunk(store->database(), itemId, 1);
        CUSTODIAN_VERIFY_OK(chunk);
        QByteArray changed = *chunk;
        changed[0] = char(changed[0] ^ 0x20);
        auto update = store->database().prepare(
            QStringLiteral("UPDATE evidence_chunk SET data = ? WHERE item_id = ? AND seq = 1"));
        CUSTODIAN_VERIFY_OK(update);
        update->bindBlob(1, changed).bind(2, itemId);
        CUSTODIAN_VERIFY_OK(update->run());
    }
    const QString key = uploadKey(itemId);
    const auto synced = m_fixture.sync(m_console);
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    QCOMPARE(evidence(synced).value(QStringLiteral("refused")).toInteger(), 1);
    QCOMPARE(evidence(synced).value(QStringLiteral("uploaded")).toInteger(), 0);
    {
        auto store = m_console.unlock();
        CUSTODIAN_VERIFY_OK(store);
        auto message = store->database().queryText(
            QStringLiteral("SELECT message FROM evidence_upload WHERE item_id = %1 AND state = 'refused'").arg(itemId));
        CUSTODIAN_VERIFY_OK(message);
        QVERIFY2(message->contains(QStringLiteral("does not match its declaration")), qPrintable(*message));
    }
    QCOMPARE(m_fixture.centralCount(
                 QStringLiteral("SELECT count(*) FROM central_evidence_upload WHERE key = '%1'").arg(key)),
             0);
    // Refused for good: the next run does not try it again.
    const auto again = m_fixture.sync(m_console);
    QVERIFY2(again.ok(), qPrintable(again.describe()));
    QCOMPARE(evidence(again).value(QStringLiteral("chunks_sent")).toInteger(), 0);
    QCOMPARE(evidence(again).value(QStringLiteral("refused")).toInteger(), 0);
}

void EvidenceUploadTest::incidentUnknownToTheServiceWaitsAndRetries()
{
    // An incident whose opening the service refuses, so the service never holds it: its owner is a supervisor this
    // console knows and the service does not (added to the console's directory by hand here). The opening becomes a
    // conflict, and the incident's evidence must wait for it rather than be refused.
    const QString owner = QStringLiteral("console.only");
    {
        auto store = m_console.unlock();
        CUSTODIAN_VERIFY_OK(store);
        CUSTODIAN_VERIFY_OK(store->database().exec(
            QStringLiteral(
                "INSERT INTO supervisor (id, username, display_name) VALUES (987654321, '%1', 'Console Only')")
                .arg(owner)));
    }
    const auto opened = CliRunner::run(
        m_console.args(QStringLiteral("incident"))
        << QStringLiteral("open") << QStringLiteral("--title") << QStringLiteral("Vishing call to the back office")
        << QStringLiteral("--category") << QStringLiteral("social_engineering") << QStringLiteral("--owner") << owner);
    QVERIFY2(opened.exitCode == 0, qPrintable(CliRunner::describe(opened)));
    const auto match = QRegularExpression(QStringLiteral("(INC-\\d{4}-\\d{4})")).match(opened.out);
    QVERIFY2(match.hasMatch(), qPrintable(opened.out));
    const qint64 incidentId
        = count(QStringLiteral("SELECT id FROM incident WHERE reference = '%1'").arg(match.captured(1)));
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM incident WHERE id = %1").arg(incidentId)), 0);
    QByteArray content;
    const qint64 itemId = attach(match.captured(1), 2 * EvidenceRegister::ChunkSize, &content);
    QVERIFY(itemId > 0);

    const qint64 before = Clock::nowMs();
    const auto waiting = m_fixture.sync(m_console);
    QVERIFY2(waiting.ok(), qPrintable(waiting.describe())); // waiting is not a failed run
    QCOMPARE(evidence(waiting).value(QStringLiteral("waiting")).toInteger(), 1);
    QCOMPARE(evidence(waiting).value(QStringLiteral("refused")).toInteger(), 0);
    QCOMPARE(evidence(waiting).value(QStringLiteral("chunks_sent")).toInteger(), 0);
    // The opening was refused, not lost: it waits for the supervisor as the service's answer says.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'incident.change' AND entity_id = %1 "
                                  "AND state IN ('conflict', 'rejected')")
                       .arg(incidentId)),
             1);
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM incident WHERE id = %1").arg(incidentId)), 0);
    {
        auto store = m_console.unlock();
        CUSTODIAN_VERIFY_OK(store);
        auto row = store->database().queryText(
            QStringLiteral("SELECT state || '|' || attempts || '|' || next_attempt_at || '|' || message FROM "
                           "evidence_upload WHERE item_id = %1")
                .arg(itemId));
        CUSTODIAN_VERIFY_OK(row);
        const QStringList parts = row->split(QLatin1Char('|'));
        QCOMPARE(parts.value(0), QStringLiteral("waiting"));
        QCOMPARE(parts.value(1), QStringLiteral("1"));
        // Section 6's first delay: 5 s.
        const qint64 next = parts.value(2).toLongLong();
        QVERIFY2(next >= before + 5000 && next <= Clock::nowMs() + 5000, qPrintable(*row));
        QVERIFY2(parts.value(3).contains(QStringLiteral("does not hold incident %1").arg(incidentId)),
                 qPrintable(*row));
    }
    // Not due yet: the next run leaves it alone.
    const auto early = m_fixture.sync(m_console);
    QVERIFY2(early.ok(), qPrintable(early.describe()));
    QCOMPARE(count(QStringLiteral("SELECT attempts FROM evidence_upload WHERE item_id = %1").arg(itemId)), 1);

    // The incident reaches the service (as the incident's own sync will bring it): a copy of the console's row.
    {
        auto central = m_fixture.centralStore();
        CUSTODIAN_VERIFY_OK(central);
        QStringList names;
        auto info = central->database().prepare(QStringLiteral("PRAGMA table_info(incident)"));
        CUSTODIAN_VERIFY_OK(info);
        CUSTODIAN_VERIFY_OK(info->forEachRow([&](const Statement& row) { names << row.text(1); }));
        const QString columns = names.join(QStringLiteral(", "));
        auto model = central->database().queryInt(QStringLiteral("SELECT min(id) FROM incident"));
        CUSTODIAN_VERIFY_OK(model);
        // Another of the service's incidents under this id and reference: only the id matters to the upload.
        CUSTODIAN_VERIFY_OK(central->database().exec(
            QStringLiteral("INSERT INTO incident (%1) SELECT %2 FROM incident WHERE id = %3")
                .arg(columns,
                     QString(columns)
                         .replace(QRegularExpression(QStringLiteral("\\bid\\b")), QString::number(incidentId))
                         .replace(QRegularExpression(QStringLiteral("\\breference\\b")),
                                  QStringLiteral("'%1'").arg(match.captured(1))))
                .arg(*model)));
    }
    {
        auto store = m_console.unlock();
        CUSTODIAN_VERIFY_OK(store);
        CUSTODIAN_VERIFY_OK(store->database().exec(QStringLiteral("UPDATE evidence_upload SET next_attempt_at = 0")));
    }
    const auto uploaded = m_fixture.sync(m_console);
    QVERIFY2(uploaded.ok(), qPrintable(uploaded.describe()));
    QCOMPARE(evidence(uploaded).value(QStringLiteral("uploaded")).toInteger(), 1);
    QCOMPARE(evidence(uploaded).value(QStringLiteral("waiting")).toInteger(), 0);
    QCOMPARE(centralCopyHash(uploadKey(itemId)), Digest::sha256(content));
    QCOMPARE(
        m_fixture.centralCount(QStringLiteral("SELECT incident_id FROM evidence_item i JOIN central_evidence_upload "
                                              "u ON u.item_id = i.id WHERE u.key = '%1'")
                                   .arg(uploadKey(itemId))),
        incidentId);
}

void EvidenceUploadTest::cleanupTestCase()
{
    m_fixture.central().stop();
}

QTEST_GUILESS_MAIN(EvidenceUploadTest)
#include "EvidenceUploadTest.moc"
