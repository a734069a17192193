// The console's queue of evidence uploads and the register's receiving half, on a real store: an add queues its upload
// in its own transaction (a failed add queues nothing); due uploads come oldest first, a waiting one only once its
// time has come, with section 6's delays; progress starts the attempts again; a refused upload leaves the queue for
// good; a verified one gets its custody entry `uploaded` and its console-audit entry together. On the receiving side
// (what custodian-central does with the same code), a declared item filled chunk by chunk reads back intact, a
// declared SHA-256 that the chunks do not make is named by the register's check, and an incomplete item is discarded
// while an item on record is not.
#include "store/EvidenceUploadQueue.h"

#include "crypto/Digest.h"
#include "store/Database.h"
#include "store/EvidenceRegister.h"
#include "store/Store.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

using namespace custodian;
using custodian::test::TestStore;

namespace {
constexpr qint64 IncidentId = 7;
const QString Actor = QStringLiteral("sup.alvarez");
} // namespace

class EvidenceUploadQueueTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anAddQueuesItsUpload();
    void aFailedAddQueuesNothing();
    void dueOldestFirstAndWaitingUntilItsTime();
    void retryDelaysFollowSection6();
    void progressStartsTheAttemptsAgain();
    void refusedLeavesTheQueue();
    void verifiedRecordsCustodyAndAudit();
    void receivedChunkByChunkReadsBackIntact();
    void aWrongDeclaredHashIsNamed();
    void onlyIncompleteItemsAreDiscarded();

private:
    [[nodiscard]] Database& db() { return m_store->store().database(); }
    qint64 add(const QByteArray& bytes, qint64 at = 1'765'000'000'000);
    [[nodiscard]] EvidenceUploadQueue::Upload upload(qint64 itemId);

    std::unique_ptr<TestStore> m_store;
};

void EvidenceUploadQueueTest::init()
{
    m_store = std::make_unique<TestStore>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
    CUSTODIAN_VERIFY_OK(db().exec(
        QStringLiteral("INSERT INTO incident (id, reference, title, severity, category, phase, opened_at, detected_at) "
                       "VALUES (%1, 'INC-2026-0007', 'Vishing call to the card desk', 3, 'social_engineering', 2, "
                       "1765000000000, 1765000000000)")
            .arg(IncidentId)));
}

void EvidenceUploadQueueTest::cleanup()
{
    m_store.reset();
}

qint64 EvidenceUploadQueueTest::add(const QByteArray& bytes, qint64 at)
{
    QByteArray copy = bytes;
    QBuffer source(&copy);
    if (!source.open(QIODevice::ReadOnly))
        return -1;
    auto added = EvidenceRegister::add(db(), { IncidentId, QStringLiteral("call.wav"), {}, {} }, source, Actor, {}, at);
    return added ? *added : -1;
}

EvidenceUploadQueue::Upload EvidenceUploadQueueTest::upload(qint64 itemId)
{
    auto found = EvidenceUploadQueue::upload(db(), itemId);
    return found && *found ? **found : EvidenceUploadQueue::Upload {};
}

void EvidenceUploadQueueTest::anAddQueuesItsUpload()
{
    const qint64 itemId = add(QByteArray(3 * EvidenceRegister::ChunkSize + 5, 'a'));
    QVERIFY(itemId > 0);
    const auto queued = upload(itemId);
    QCOMPARE(queued.itemId, itemId);
    QCOMPARE(queued.incidentId, IncidentId);
    QCOMPARE(queued.state, EvidenceUploadQueue::State::Queued);
    QCOMPARE(queued.chunkCount, 4);
    QCOMPARE(queued.chunksHeld, 0);
    QCOMPARE(queued.queuedAt, 1'765'000'000'000);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(queued.key).hasMatch(),
             qPrintable(queued.key));
    QCOMPARE(*EvidenceUploadQueue::pending(db()), 1);
    // Each item its own key.
    const qint64 second = add(QByteArray(10, 'b'));
    QVERIFY(upload(second).key != queued.key);
}

void EvidenceUploadQueueTest::aFailedAddQueuesNothing()
{
    QByteArray bytes(100, 'x');
    QBuffer source(&bytes);
    QVERIFY(source.open(QIODevice::ReadOnly));
    auto added = EvidenceRegister::add(db(), { IncidentId, QStringLiteral("x.bin"), {}, {} }, source, Actor,
                                       [](qint64, qint64) { return false; });
    QVERIFY(!added);
    QCOMPARE(*db().queryInt(QStringLiteral("SELECT count(*) FROM evidence_upload")), 0);
}

void EvidenceUploadQueueTest::dueOldestFirstAndWaitingUntilItsTime()
{
    const qint64 first = add(QByteArray(10, 'a'), 1000);
    const qint64 second = add(QByteArray(10, 'b'), 2000);
    const qint64 third = add(QByteArray(10, 'c'), 3000);
    auto due = EvidenceUploadQueue::due(db(), 5000, 10);
    CUSTODIAN_VERIFY_OK(due);
    QCOMPARE(due->size(), std::size_t(3));
    QCOMPARE(due->at(0).itemId, first);
    QCOMPARE(due->at(2).itemId, third);
    CUSTODIAN_VERIFY_OK(EvidenceUploadQueue::markWaiting(db(), upload(first), 9000, QStringLiteral("not yet")));
    due = EvidenceUploadQueue::due(db(), 8999, 10);
    CUSTODIAN_VERIFY_OK(due);
    QCOMPARE(due->size(), std::size_t(2));
    QCOMPARE(due->at(0).itemId, second);
    due = EvidenceUploadQueue::due(db(), 9000, 1);
    CUSTODIAN_VERIFY_OK(due);
    QCOMPARE(due->size(), std::size_t(1));
    QCOMPARE(due->at(0).itemId, first);
    QCOMPARE(due->at(0).state, EvidenceUploadQueue::State::Waiting);
    QCOMPARE(due->at(0).message, QStringLiteral("not yet"));
    QCOMPARE(due->at(0).attempts, 1);
}

void EvidenceUploadQueueTest::retryDelaysFollowSection6()
{
    QCOMPARE(EvidenceUploadQueue::retryDelayMs(0), 5'000);
    QCOMPARE(EvidenceUploadQueue::retryDelayMs(1), 10'000);
    QCOMPARE(EvidenceUploadQueue::retryDelayMs(3), 40'000);
    QCOMPARE(EvidenceUploadQueue::retryDelayMs(7), 640'000);
    QCOMPARE(EvidenceUploadQueue::retryDelayMs(8), 900'000);
    QCOMPARE(EvidenceUploadQueue::retryDelayMs(50), 900'000);
}

void EvidenceUploadQueueTest::progressStartsTheAttemptsAgain()
{
    const qint64 itemId = add(QByteArray(2 * EvidenceRegister::ChunkSize, 'a'));
    CUSTODIAN_VERIFY_OK(EvidenceUploadQueue::markWaiting(db(), upload(itemId), 50, QStringLiteral("offline")));
    CUSTODIAN_VERIFY_OK(EvidenceUploadQueue::markWaiting(db(), upload(itemId), 60, QStringLiteral("offline")));
    QCOMPARE(upload(itemId).attempts, 2);
    CUSTODIAN_VERIFY_OK(EvidenceUploadQueue::setHeld(db(), itemId, 1));
    const auto moved = upload(itemId);
    QCOMPARE(moved.state, EvidenceUploadQueue::State::Uploading);
    QCOMPARE(moved.chunksHeld, 1);
    QCOMPARE(moved.attempts, 0);
    QCOMPARE(moved.nextAttemptAt, 0);
    QVERIFY(moved.message.isEmpty());
}

void EvidenceUploadQueueTest::refusedLeavesTheQueue()
{
    const qint64 itemId = add(QByteArray(10, 'a'));
    CUSTODIAN_VERIFY_OK(EvidenceUploadQueue::markRefused(db(), upload(itemId), QStringLiteral("hash differs")));
    QCOMPARE(upload(itemId).state, EvidenceUploadQueue::State::Refused);
    QCOMPARE(upload(itemId).message, QStringLiteral("hash differs"));
    QCOMPARE(EvidenceUploadQueue::due(db(), 1LL << 50, 10)->size(), std::size_t(0));
    QCOMPARE(*EvidenceUploadQueue::pending(db()), 0);
    // A late answer of a run cannot bring it back.
    CUSTODIAN_VERIFY_OK(EvidenceUploadQueue::setHeld(db(), itemId, 1));
    CUSTODIAN_VERIFY_OK(EvidenceUploadQueue::markWaiting(db(), upload(itemId), 5, QStringLiteral("x")));
    QCOMPARE(upload(itemId).state, EvidenceUploadQueue::State::Refused);
}

void EvidenceUploadQueueTest::verifiedRecordsCustodyAndAudit()
{
    const QByteArray bytes(EvidenceRegister::ChunkSize + 1, 'v');
    const qint64 itemId = add(bytes);
    const QString sha = QString::fromLatin1(Digest::sha256(bytes).toHex());
    CUSTODIAN_VERIFY_OK(
        EvidenceUploadQueue::markVerified(db(), upload(itemId), 412, sha, bytes.size(), 1'766'000'000'000));
    const auto done = upload(itemId);
    QCOMPARE(done.state, EvidenceUploadQueue::State::Verified);
    QCOMPARE(done.chunksHeld, 2);
    QCOMPARE(done.centralId, 412);
    QCOMPARE(done.verifiedAt, 1'766'000'000'000);
    auto custody = EvidenceRegister::custody(db(), itemId);
    CUSTODIAN_VERIFY_OK(custody);
    QCOMPARE(custody->size(), std::size_t(2));
    QCOMPARE(custody->back().action, EvidenceRegister::Action::Uploaded);
    QCOMPARE(custody->back().actor, QStringLiteral("system"));
    QVERIFY(custody->back().detail.contains(sha));
    auto audit
        = db().queryText(QStringLiteral("SELECT detail FROM console_audit WHERE action = 'evidence.uploaded' AND "
                                        "target = 'evidence:%1'")
                             .arg(itemId));
    CUSTODIAN_VERIFY_OK(audit);
    QVERIFY(audit->contains(sha) && audit->contains(QStringLiteral("\"central_id\":412")));
    QVERIFY2(!audit->contains(QStringLiteral("call.wav")), "no file name in the audit");
    QCOMPARE(*EvidenceUploadQueue::pending(db()), 0);
}

void EvidenceUploadQueueTest::receivedChunkByChunkReadsBackIntact()
{
    const QByteArray bytes = QByteArray("recorded call ").repeated(50'000); // 700 000 bytes: 3 chunks
    EvidenceRegister::Declared declared;
    declared.item = { IncidentId, QStringLiteral("/somewhere/else/call.wav"), {}, QStringLiteral("from a console") };
    declared.size = bytes.size();
    declared.sha256 = Digest::sha256(bytes);
    declared.addedBy = Actor;
    declared.addedAt = 1'765'000'000'000;
    auto itemId = EvidenceRegister::declare(db(), declared);
    CUSTODIAN_VERIFY_OK(itemId);
    auto item = EvidenceRegister::item(db(), *itemId);
    CUSTODIAN_VERIFY_OK(item);
    QCOMPARE(item->fileName, QStringLiteral("call.wav"));
    QCOMPARE(item->chunkCount, 3);
    QCOMPARE(EvidenceRegister::chunkLength(*item, 2), bytes.size() - 2 * EvidenceRegister::ChunkSize);
    // The chunks in any order; until the last one, the check names what is missing.
    for (qint64 seq : { 2, 0 }) {
        CUSTODIAN_VERIFY_OK(EvidenceRegister::storeChunk(
            db(), *itemId, seq, bytes.mid(seq * EvidenceRegister::ChunkSize, EvidenceRegister::ChunkSize)));
    }
    QCOMPARE(*EvidenceRegister::chunkSeqs(db(), *itemId), (std::vector<qint64> { 0, 2 }));
    auto partial = EvidenceRegister::scan(db(), *item, nullptr);
    CUSTODIAN_VERIFY_OK(partial);
    QVERIFY(partial->problems.contains(QStringLiteral("chunk 1 is missing")));
    CUSTODIAN_VERIFY_OK(EvidenceRegister::storeChunk(
        db(), *itemId, 1, bytes.mid(EvidenceRegister::ChunkSize, EvidenceRegister::ChunkSize)));
    auto whole = EvidenceRegister::scan(db(), *item, nullptr);
    CUSTODIAN_VERIFY_OK(whole);
    QVERIFY2(whole->intact(), qPrintable(whole->summary()));
    QCOMPARE(whole->sha256, Digest::sha256(bytes));
    QCOMPARE(*EvidenceRegister::chunk(db(), *itemId, 1),
             bytes.mid(EvidenceRegister::ChunkSize, EvidenceRegister::ChunkSize));
    QCOMPARE(EvidenceRegister::chunk(db(), *itemId, 3).error().code(), Error::Code::NotFound);
}

void EvidenceUploadQueueTest::aWrongDeclaredHashIsNamed()
{
    const QByteArray bytes(EvidenceRegister::ChunkSize + 10, 'w');
    EvidenceRegister::Declared declared;
    declared.item = { IncidentId, QStringLiteral("mail.eml"), {}, {} };
    declared.size = bytes.size();
    declared.sha256 = Digest::sha256(QByteArray(bytes + "!"));
    declared.addedBy = Actor;
    auto itemId = EvidenceRegister::declare(db(), declared);
    CUSTODIAN_VERIFY_OK(itemId);
    CUSTODIAN_VERIFY_OK(EvidenceRegister::storeChunk(db(), *itemId, 0, bytes.left(EvidenceRegister::ChunkSize)));
    CUSTODIAN_VERIFY_OK(EvidenceRegister::storeChunk(db(), *itemId, 1, bytes.mid(EvidenceRegister::ChunkSize)));
    auto check = EvidenceRegister::scan(db(), *EvidenceRegister::item(db(), *itemId), nullptr);
    CUSTODIAN_VERIFY_OK(check);
    QCOMPARE(check->problems.size(), 1);
    QCOMPARE(
        check->problems.front(),
        QStringLiteral("its SHA-256 is %1, not the %2 recorded when it was added")
            .arg(QString::fromLatin1(Digest::sha256(bytes).toHex()), QString::fromLatin1(declared.sha256.toHex())));
}

void EvidenceUploadQueueTest::onlyIncompleteItemsAreDiscarded()
{
    EvidenceRegister::Declared declared;
    declared.item = { IncidentId, QStringLiteral("half.bin"), {}, {} };
    declared.size = 2 * EvidenceRegister::ChunkSize;
    declared.sha256 = QByteArray(32, 'h');
    declared.addedBy = Actor;
    auto itemId = EvidenceRegister::declare(db(), declared);
    CUSTODIAN_VERIFY_OK(itemId);
    CUSTODIAN_VERIFY_OK(EvidenceRegister::storeChunk(db(), *itemId, 0, QByteArray(EvidenceRegister::ChunkSize, 'h')));
    CUSTODIAN_VERIFY_OK(EvidenceRegister::discardIncomplete(db(), *itemId));
    QCOMPARE(*db().queryInt(QStringLiteral("SELECT count(*) FROM evidence_item WHERE id = %1").arg(*itemId)), 0);
    QCOMPARE(*db().queryInt(QStringLiteral("SELECT count(*) FROM evidence_chunk WHERE item_id = %1").arg(*itemId)), 0);
    // Evidence on record (it has a custody trail) is never deleted.
    const qint64 added = add(QByteArray(10, 'k'));
    QVERIFY(!EvidenceRegister::discardIncomplete(db(), added));
    QCOMPARE(*db().queryInt(QStringLiteral("SELECT count(*) FROM evidence_chunk WHERE item_id = %1").arg(added)), 1);
}

QTEST_GUILESS_MAIN(EvidenceUploadQueueTest)
#include "EvidenceUploadQueueTest.moc"
