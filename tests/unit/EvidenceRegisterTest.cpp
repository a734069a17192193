// The evidence register on a real store: files added in chunks come back byte for byte with the SHA-256 of their
// source; the size limit and a failing source leave nothing behind; a flipped byte, a missing, extra or cut chunk is
// named on verify, read and export, and an export of a tampered item writes nothing; each action has its custody
// entry and its console-audit entry; a marker inside a file is never in clear in the store's files.
#include "store/EvidenceRegister.h"
#include "export/EvidenceExport.h"
#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/EvidenceSettings.h"
#include "store/Store.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace custodian;
using custodian::test::TestStore;

namespace {
constexpr qint64 IncidentId = 7;
const QString Actor = QStringLiteral("sup.alvarez");

// Hands out `good` bytes, then fails the way a file on a vanished network share does.
class FailingSource : public QIODevice
{
public:
    explicit FailingSource(qint64 good)
        : m_good(good)
    {
    }
    bool isSequential() const override { return m_sequential; }
    qint64 size() const override { return m_claimedSize >= 0 ? m_claimedSize : QIODevice::size(); }
    qint64 m_claimedSize = -1;
    bool m_sequential = true;
    bool m_failAtEnd = true;

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_done >= m_good) {
            if (!m_failAtEnd)
                return 0;
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 n = std::min(maxSize, m_good - m_done);
        std::fill_n(data, n, char('e'));
        m_done += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_good = 0;
    qint64 m_done = 0;
};

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
    for (qint64 i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

qint64 count(Database& database, const QString& table)
{
    auto n = database.queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return n ? *n : -1;
}

QStringList custodyActions(Database& database, qint64 itemId)
{
    QStringList actions;
    auto entries = EvidenceRegister::custody(database, itemId);
    if (entries)
        for (const auto& entry : *entries)
            actions << EvidenceRegister::actionName(entry.action);
    return actions;
}

// The console-audit entries about one item, "action" each, oldest first.
QStringList auditActions(Database& database, qint64 itemId)
{
    auto statement = database.prepare(QStringLiteral("SELECT action FROM console_audit WHERE target = ? ORDER BY seq"));
    if (!statement)
        return { QStringLiteral("error") };
    statement->bind(1, EvidenceRegister::auditTarget(itemId));
    QStringList actions;
    (void)statement->forEachRow([&](const Statement& row) { actions << row.text(0); });
    return actions;
}

// Changes a chunk's bytes through SQL, as someone with the key and a SQLCipher shell could.
QByteArray chunk(Database& database, qint64 itemId, qint64 seq)
{
    auto statement = database.prepare(QStringLiteral("SELECT data FROM evidence_chunk WHERE item_id = ? AND seq = ?"));
    if (!statement)
        return {};
    statement->bind(1, itemId).bind(2, seq);
    auto row = statement->step();
    return row && *row ? statement->blob(0) : QByteArray();
}

Status replaceChunk(Database& database, qint64 itemId, qint64 seq, const QByteArray& data)
{
    auto statement
        = database.prepare(QStringLiteral("UPDATE evidence_chunk SET data = ? WHERE item_id = ? AND seq = ?"));
    if (!statement)
        return statement.error();
    statement->bindBlob(1, data).bind(2, itemId).bind(3, seq);
    return statement->run();
}

Status flipByte(Database& database, qint64 itemId, qint64 seq, qsizetype at)
{
    QByteArray data = chunk(database, itemId, seq);
    if (data.size() <= at)
        return Error(Error::Code::NotFound, QStringLiteral("no such chunk byte"));
    data[at] = char(data[at] ^ 0x01);
    return replaceChunk(database, itemId, seq, data);
}

QString lastAuditDetail(Database& database)
{
    auto text = database.queryText(QStringLiteral("SELECT detail FROM console_audit ORDER BY seq DESC LIMIT 1"));
    return text ? *text : QString();
}
} // namespace

class EvidenceRegisterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addsAndReadsBackAMultiChunkFile();
    void exportsAnIntactItemWithItsCustodyAndAudit();
    void refusesAFileOverTheSizeLimitBeforeWriting();
    void validatesAndAuditsTheSizeLimit();
    void aFailingSourceLeavesNoItem();
    void aFileThatShrinksWhileReadLeavesNoItem();
    void stopsWhenTheProgressSaysSo();
    void refusesAnUnknownIncident();
    void detectsAFlippedByte();
    void detectsADeletedChunkAndRefusesItsExport();
    void detectsAnExtraAndACutChunk();
    void verifiesEveryItemOfAnIncident();
    void keepsAMarkerOutOfTheStoreFiles();
    void addsOnAWorkerWithItsOwnConnection();

private:
    Database& db() { return m_store->store().database(); }
    QString writeSource(const QString& name, const QByteArray& bytes);
    Result<qint64> addFile(const QString& path, const QString& fileName = QString());

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<QTemporaryDir> m_files;
};

void EvidenceRegisterTest::init()
{
    m_store = std::make_unique<TestStore>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    CUSTODIAN_VERIFY_OK(db().exec(
        QStringLiteral("INSERT INTO incident (id, reference, title, severity, category, phase, opened_at, detected_at) "
                       "VALUES (%1, 'INC-2026-0007', 'Vishing call to the card desk', 3, 'social_engineering', 2, "
                       "1765000000000, 1765000000000), (8, 'INC-2026-0008', 'Lost laptop', 2, 'lost_device', 1, "
                       "1765000000000, 1765000000000)")
            .arg(IncidentId)));
}

void EvidenceRegisterTest::cleanup()
{
    m_store.reset();
    m_files.reset();
}

QString EvidenceRegisterTest::writeSource(const QString& name, const QByteArray& bytes)
{
    const QString path = m_files->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

Result<qint64> EvidenceRegisterTest::addFile(const QString& path, const QString& fileName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, file.errorString());
    EvidenceRegister::NewItem item;
    item.incidentId = IncidentId;
    item.fileName = fileName.isEmpty() ? QFileInfo(path).fileName() : fileName;
    item.mediaType = QStringLiteral("audio/wav");
    item.description = QStringLiteral("Excerpt of the call at 10:42");
    return EvidenceRegister::add(db(), item, file, Actor);
}

void EvidenceRegisterTest::addsAndReadsBackAMultiChunkFile()
{
    const QByteArray bytes = randomBytes(EvidenceRegister::ChunkSize * 7 / 2, 17); // 3.5 chunks
    const QString path = writeSource(QStringLiteral("call-excerpt.wav"), bytes);
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    std::vector<qint64> seen;
    EvidenceRegister::NewItem newItem { IncidentId, QStringLiteral("call-excerpt.wav"), QStringLiteral("audio/wav"),
                                        QStringLiteral("Excerpt") };
    auto id = EvidenceRegister::add(
        db(), newItem, file, Actor,
        [&](qint64 done, qint64 total) {
            seen.push_back(done);
            return total == bytes.size();
        },
        1765000100000);
    CUSTODIAN_VERIFY_OK(id);
    QCOMPARE(seen, (std::vector<qint64> { 262144, 524288, 786432, 917504 }));

    auto item = EvidenceRegister::item(db(), *id);
    CUSTODIAN_VERIFY_OK(item);
    QCOMPARE(item->incidentId, IncidentId);
    QCOMPARE(item->fileName, QStringLiteral("call-excerpt.wav"));
    QCOMPARE(item->size, bytes.size());
    QCOMPARE(item->chunkCount, 4);
    QCOMPARE(item->sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    QCOMPARE(item->addedBy, Actor);
    QCOMPARE(item->addedAt, 1765000100000);
    QCOMPARE(count(db(), QStringLiteral("evidence_chunk")), 4);
    // No chunk row is larger than a chunk: the file is never one row.
    QCOMPARE(*db().queryInt(QStringLiteral("SELECT max(length(data)) FROM evidence_chunk")),
             EvidenceRegister::ChunkSize);

    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    auto check = EvidenceRegister::read(db(), *id, sink, Actor);
    CUSTODIAN_VERIFY_OK(check);
    QVERIFY(check->intact());
    QVERIFY(sink.data() == bytes);
    QCOMPARE(check->sha256, item->sha256);

    QCOMPARE(custodyActions(db(), *id), (QStringList { QStringLiteral("added"), QStringLiteral("viewed") }));
    QCOMPARE(auditActions(db(), *id),
             (QStringList { QStringLiteral("evidence.add"), QStringLiteral("evidence.view") }));
    // The audit names the content by its hash, never by the file name or description a customer may be named in.
    auto details
        = db().queryTexts(QStringLiteral("SELECT detail FROM console_audit WHERE target = 'evidence:%1'").arg(*id));
    CUSTODIAN_VERIFY_OK(details);
    for (const QString& detail : *details) {
        QVERIFY2(detail.contains(QString::fromLatin1(item->sha256.toHex())), qPrintable(detail));
        QVERIFY2(!detail.contains(QStringLiteral("call-excerpt")) && !detail.contains(QStringLiteral("Excerpt")),
                 qPrintable(detail));
    }
    auto chain = ConsoleAudit::verify(db());
    CUSTODIAN_VERIFY_OK(chain);
    QVERIFY(chain->intact);
}

void EvidenceRegisterTest::exportsAnIntactItemWithItsCustodyAndAudit()
{
    const QByteArray bytes = randomBytes(EvidenceRegister::ChunkSize * 2 + 5, 3);
    const QString source = writeSource(QStringLiteral("screenshot.png"), bytes);
    auto id = addFile(source);
    CUSTODIAN_VERIFY_OK(id);
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("exported.png"));
    auto check = EvidenceExport::exportTo(db(), *id, target, false, Actor);
    CUSTODIAN_VERIFY_OK(check);
    QFile exported(target);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(exported.readAll() == bytes);
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("exported.png") });
    QCOMPARE(custodyActions(db(), *id), (QStringList { QStringLiteral("added"), QStringLiteral("exported") }));
    QCOMPARE(auditActions(db(), *id), (QStringList { QStringLiteral("evidence.add"), QStringLiteral("export") }));
    auto custody = EvidenceRegister::custody(db(), *id);
    CUSTODIAN_VERIFY_OK(custody);
    QVERIFY2(custody->back().detail.contains(QStringLiteral("exported.png")), qPrintable(custody->back().detail));
    QVERIFY2(!lastAuditDetail(db()).contains(QStringLiteral("exported.png")), qPrintable(lastAuditDetail(db())));

    // An existing file is not replaced without being told to, and the refusal is not a custody event.
    CUSTODIAN_VERIFY_ERROR(EvidenceExport::exportTo(db(), *id, target, false, Actor), Error::Code::AlreadyExists);
    QCOMPARE(custodyActions(db(), *id).size(), 2);
    CUSTODIAN_VERIFY_OK(EvidenceExport::exportTo(db(), *id, target, true, Actor));
    QCOMPARE(custodyActions(db(), *id).size(), 3);
}

void EvidenceRegisterTest::refusesAFileOverTheSizeLimitBeforeWriting()
{
    CUSTODIAN_VERIFY_OK(EvidenceSettings::setMaxBytes(db(), EvidenceSettings::LowestMaxBytes, Actor));
    auto head = ConsoleAudit::head(db());
    CUSTODIAN_VERIFY_OK(head);
    const qint64 size = EvidenceSettings::LowestMaxBytes + 1;
    const QString path = writeSource(QStringLiteral("mailbox.eml"), QByteArray(size, 'm'));
    auto refused = addFile(path);
    CUSTODIAN_VERIFY_ERROR(refused, Error::Code::InvalidArgument);
    const QString message = refused.error().message();
    QVERIFY2(message.contains(QStringLiteral("mailbox.eml")) && message.contains(EvidenceSettings::describeSize(size))
                 && message.contains(EvidenceSettings::describeSize(EvidenceSettings::LowestMaxBytes)),
             qPrintable(message));

    // A sequential source, whose size is only known by reading, is stopped as it passes the limit.
    FailingSource pipe(size);
    pipe.m_failAtEnd = false;
    QVERIFY(pipe.open(QIODevice::ReadOnly));
    auto stopped = EvidenceRegister::add(db(), { IncidentId, QStringLiteral("pipe.bin"), {}, {} }, pipe, Actor);
    CUSTODIAN_VERIFY_ERROR(stopped, Error::Code::InvalidArgument);
    QVERIFY2(stopped.error().message().contains(EvidenceSettings::describeSize(EvidenceSettings::LowestMaxBytes)),
             qPrintable(stopped.error().message()));

    QCOMPARE(count(db(), QStringLiteral("evidence_item")), 0);
    QCOMPARE(count(db(), QStringLiteral("evidence_chunk")), 0);
    QCOMPARE(count(db(), QStringLiteral("evidence_custody")), 0);
    QCOMPARE(ConsoleAudit::head(db())->seq, head->seq);

    // Exactly the limit is allowed.
    CUSTODIAN_VERIFY_OK(addFile(writeSource(QStringLiteral("fits.eml"), QByteArray(size - 1, 'f'))));
}

void EvidenceRegisterTest::validatesAndAuditsTheSizeLimit()
{
    QCOMPARE(*EvidenceSettings::maxBytes(db()), EvidenceSettings::DefaultMaxBytes);
    CUSTODIAN_VERIFY_ERROR(EvidenceSettings::setMaxBytes(db(), 0, Actor), Error::Code::InvalidArgument);
    CUSTODIAN_VERIFY_ERROR(EvidenceSettings::setMaxBytes(db(), EvidenceSettings::HighestMaxBytes + 1, Actor),
                           Error::Code::InvalidArgument);
    CUSTODIAN_VERIFY_ERROR(EvidenceSettings::setMaxBytes(db(), 50 * 1024 * 1024, QString()),
                           Error::Code::InvalidArgument);
    QCOMPARE(*EvidenceSettings::maxBytes(db()), EvidenceSettings::DefaultMaxBytes);
    CUSTODIAN_VERIFY_OK(EvidenceSettings::setMaxBytes(db(), 50 * 1024 * 1024, Actor));
    QCOMPARE(*EvidenceSettings::maxBytes(db()), 50 * 1024 * 1024);
    QCOMPARE(*db().queryText(QStringLiteral("SELECT action FROM console_audit ORDER BY seq DESC LIMIT 1")),
             QStringLiteral("evidence.settings"));
    QVERIFY(lastAuditDetail(db()).contains(QStringLiteral("52428800")));
    // A value written behind the console's back is reported, not used.
    CUSTODIAN_VERIFY_OK(
        db().exec(QStringLiteral("UPDATE setting SET value = 'lots' WHERE key = 'evidence.max_bytes'")));
    CUSTODIAN_VERIFY_ERROR(EvidenceSettings::maxBytes(db()), Error::Code::Database);
    // 256 MiB is the most now; a limit set while 1 GiB was allowed reads as 256 MiB, anything above 1 GiB is reported.
    QCOMPARE(EvidenceSettings::HighestMaxBytes, qint64(256) * 1024 * 1024);
    CUSTODIAN_VERIFY_OK(
        db().exec(QStringLiteral("UPDATE setting SET value = '536870912' WHERE key = 'evidence.max_bytes'")));
    QCOMPARE(*EvidenceSettings::maxBytes(db()), EvidenceSettings::HighestMaxBytes);
    CUSTODIAN_VERIFY_OK(
        db().exec(QStringLiteral("UPDATE setting SET value = '1073741825' WHERE key = 'evidence.max_bytes'")));
    CUSTODIAN_VERIFY_ERROR(EvidenceSettings::maxBytes(db()), Error::Code::Database);
}

void EvidenceRegisterTest::aFailingSourceLeavesNoItem()
{
    auto head = ConsoleAudit::head(db());
    CUSTODIAN_VERIFY_OK(head);
    FailingSource source(EvidenceRegister::ChunkSize * 2 + 100); // fails in the third chunk
    QVERIFY(source.open(QIODevice::ReadOnly));
    auto failed = EvidenceRegister::add(db(), { IncidentId, QStringLiteral("recording.wav"), {}, {} }, source, Actor);
    CUSTODIAN_VERIFY_ERROR(failed, Error::Code::Io);
    QVERIFY2(failed.error().message().contains(QStringLiteral("recording.wav"))
                 && failed.error().message().contains(QStringLiteral("Input/output error")),
             qPrintable(failed.error().message()));
    QCOMPARE(count(db(), QStringLiteral("evidence_item")), 0);
    QCOMPARE(count(db(), QStringLiteral("evidence_chunk")), 0);
    QCOMPARE(count(db(), QStringLiteral("evidence_custody")), 0);
    QCOMPARE(ConsoleAudit::head(db())->seq, head->seq);

    // A file that cannot be opened is named too.
    QFile missing(m_files->filePath(QStringLiteral("gone.wav")));
    QVERIFY(!missing.open(QIODevice::ReadOnly));
    CUSTODIAN_VERIFY_ERROR(
        EvidenceRegister::add(db(), { IncidentId, QStringLiteral("gone.wav"), {}, {} }, missing, Actor),
        Error::Code::Io);
}

void EvidenceRegisterTest::aFileThatShrinksWhileReadLeavesNoItem()
{
    // A random-access source that said it had 3 chunks and ends after 1.5: truncated under the reader.
    FailingSource source(EvidenceRegister::ChunkSize * 3 / 2);
    source.m_sequential = false;
    source.m_failAtEnd = false;
    source.m_claimedSize = EvidenceRegister::ChunkSize * 3;
    QVERIFY(source.open(QIODevice::ReadOnly));
    auto failed = EvidenceRegister::add(db(), { IncidentId, QStringLiteral("shrinking.wav"), {}, {} }, source, Actor);
    CUSTODIAN_VERIFY_ERROR(failed, Error::Code::Io);
    QVERIFY2(failed.error().message().contains(QStringLiteral("changed while it was read")),
             qPrintable(failed.error().message()));
    QCOMPARE(count(db(), QStringLiteral("evidence_item")), 0);
    QCOMPARE(count(db(), QStringLiteral("evidence_chunk")), 0);
}

void EvidenceRegisterTest::stopsWhenTheProgressSaysSo()
{
    const QString path = writeSource(QStringLiteral("long.wav"), randomBytes(EvidenceRegister::ChunkSize * 3, 5));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    int calls = 0;
    auto stopped = EvidenceRegister::add(db(), { IncidentId, QStringLiteral("long.wav"), {}, {} }, file, Actor,
                                         [&](qint64, qint64) { return ++calls < 2; });
    CUSTODIAN_VERIFY_ERROR(stopped, Error::Code::Cancelled);
    QCOMPARE(calls, 2);
    QCOMPARE(count(db(), QStringLiteral("evidence_item")), 0);
    QCOMPARE(count(db(), QStringLiteral("evidence_chunk")), 0);
}

void EvidenceRegisterTest::refusesAnUnknownIncident()
{
    QBuffer source;
    source.setData(QByteArray("x"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    CUSTODIAN_VERIFY_ERROR(EvidenceRegister::add(db(), { 999, QStringLiteral("x.txt"), {}, {} }, source, Actor),
                           Error::Code::NotFound);
    CUSTODIAN_VERIFY_ERROR(EvidenceRegister::add(db(), { IncidentId, QStringLiteral("  "), {}, {} }, source, Actor),
                           Error::Code::InvalidArgument);
    CUSTODIAN_VERIFY_ERROR(EvidenceRegister::add(db(), { IncidentId, QStringLiteral("x.txt"), {}, {} }, source, {}),
                           Error::Code::InvalidArgument);
    QCOMPARE(count(db(), QStringLiteral("evidence_item")), 0);
}

void EvidenceRegisterTest::detectsAFlippedByte()
{
    const QByteArray bytes = randomBytes(EvidenceRegister::ChunkSize * 3, 11);
    auto id = addFile(writeSource(QStringLiteral("call.wav"), bytes));
    CUSTODIAN_VERIFY_OK(id);
    auto intact = EvidenceRegister::verify(db(), *id, Actor);
    CUSTODIAN_VERIFY_OK(intact);
    QVERIFY(intact->intact());

    // Flip one byte in the middle chunk, through SQL, as someone with the key and a SQLCipher shell could.
    CUSTODIAN_VERIFY_OK(flipByte(db(), *id, 1, 1000));
    QCOMPARE(chunk(db(), *id, 1).size(), EvidenceRegister::ChunkSize);

    auto check = EvidenceRegister::verify(db(), *id, Actor);
    CUSTODIAN_VERIFY_OK(check);
    QVERIFY(!check->intact());
    QCOMPARE(check->problems.size(), 1);
    QVERIFY2(check->problems.first().contains(QStringLiteral("SHA-256")), qPrintable(check->problems.join(u'|')));
    QVERIFY2(check->summary().contains(QStringLiteral("“call.wav” (evidence %1)").arg(*id)),
             qPrintable(check->summary()));

    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    auto read = EvidenceRegister::read(db(), *id, sink, Actor);
    CUSTODIAN_VERIFY_ERROR(read, Error::Code::Tampered);
    QVERIFY2(read.error().message().contains(QStringLiteral("call.wav")), qPrintable(read.error().message()));

    QCOMPARE(custodyActions(db(), *id),
             (QStringList { QStringLiteral("added"), QStringLiteral("verified"), QStringLiteral("tamper_detected"),
                            QStringLiteral("tamper_detected") }));
    QCOMPARE(auditActions(db(), *id),
             (QStringList { QStringLiteral("evidence.add"), QStringLiteral("evidence.verify"),
                            QStringLiteral("evidence.tamper_detected"), QStringLiteral("evidence.tamper_detected") }));
    QVERIFY2(lastAuditDetail(db()).contains(QStringLiteral("SHA-256")), qPrintable(lastAuditDetail(db())));
}

void EvidenceRegisterTest::detectsADeletedChunkAndRefusesItsExport()
{
    const QByteArray bytes = randomBytes(EvidenceRegister::ChunkSize * 5 / 2, 23);
    auto id = addFile(writeSource(QStringLiteral("email.eml"), bytes));
    CUSTODIAN_VERIFY_OK(id);
    CUSTODIAN_VERIFY_OK(
        db().exec(QStringLiteral("DELETE FROM evidence_chunk WHERE item_id = %1 AND seq = 1").arg(*id)));

    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("email.eml"));
    auto refused = EvidenceExport::exportTo(db(), *id, target, false, Actor);
    CUSTODIAN_VERIFY_ERROR(refused, Error::Code::Tampered);
    const QString message = refused.error().message();
    QVERIFY2(message.contains(QStringLiteral("chunk 1 is missing")) && message.contains(QStringLiteral("email.eml"))
                 && message.contains(QStringLiteral("nothing was written")),
             qPrintable(message));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

    QCOMPARE(custodyActions(db(), *id), (QStringList { QStringLiteral("added"), QStringLiteral("tamper_detected") }));
    auto custody = EvidenceRegister::custody(db(), *id);
    QVERIFY2(custody->back().detail.contains(QStringLiteral("\"during\":\"export\"")),
             qPrintable(custody->back().detail));
    QCOMPARE(auditActions(db(), *id),
             (QStringList { QStringLiteral("evidence.add"), QStringLiteral("evidence.tamper_detected") }));

    auto check = EvidenceRegister::verify(db(), *id, Actor);
    CUSTODIAN_VERIFY_OK(check);
    QVERIFY2(check->problems.contains(QStringLiteral("chunk 1 is missing")), qPrintable(check->problems.join(u'|')));
    QVERIFY2(check->problems.join(u'|').contains(QStringLiteral("not the %1 recorded").arg(bytes.size())),
             qPrintable(check->problems.join(u'|')));

    // The last chunk gone: named as well.
    CUSTODIAN_VERIFY_OK(
        db().exec(QStringLiteral("DELETE FROM evidence_chunk WHERE item_id = %1 AND seq = 2").arg(*id)));
    auto tail = EvidenceRegister::verify(db(), *id, Actor);
    CUSTODIAN_VERIFY_OK(tail);
    QVERIFY2(tail->problems.contains(QStringLiteral("chunks 1 to 2 are missing")),
             qPrintable(tail->problems.join(u'|')));
}

void EvidenceRegisterTest::detectsAnExtraAndACutChunk()
{
    const QByteArray bytes = randomBytes(EvidenceRegister::ChunkSize * 2, 29);
    auto id = addFile(writeSource(QStringLiteral("a.bin"), bytes));
    CUSTODIAN_VERIFY_OK(id);
    CUSTODIAN_VERIFY_OK(
        db().exec(QStringLiteral("INSERT INTO evidence_chunk (item_id, seq, data) VALUES (%1, 2, x'00ff')").arg(*id)));
    auto extra = EvidenceRegister::verify(db(), *id, Actor);
    CUSTODIAN_VERIFY_OK(extra);
    QVERIFY2(extra->problems.join(u'|').contains(QStringLiteral("chunk 2 is extra")),
             qPrintable(extra->problems.join(u'|')));

    auto other = addFile(writeSource(QStringLiteral("b.bin"), bytes));
    CUSTODIAN_VERIFY_OK(other);
    CUSTODIAN_VERIFY_OK(replaceChunk(db(), *other, 0, chunk(db(), *other, 0).left(100)));
    auto cut = EvidenceRegister::verify(db(), *other, Actor);
    CUSTODIAN_VERIFY_OK(cut);
    QVERIFY2(cut->problems.contains(QStringLiteral("chunk 0 holds 100 bytes, not 262144")),
             qPrintable(cut->problems.join(u'|')));
    // The recorded size changed instead of the chunks: also named.
    auto third = addFile(writeSource(QStringLiteral("c.bin"), bytes));
    CUSTODIAN_VERIFY_OK(third);
    CUSTODIAN_VERIFY_OK(
        db().exec(QStringLiteral("UPDATE evidence_item SET size = size - 1 WHERE id = %1").arg(*third)));
    auto resized = EvidenceRegister::verify(db(), *third, Actor);
    CUSTODIAN_VERIFY_OK(resized);
    QVERIFY(!resized->intact());
}

void EvidenceRegisterTest::verifiesEveryItemOfAnIncident()
{
    auto first = addFile(writeSource(QStringLiteral("one.png"), randomBytes(1000, 1)));
    auto second = addFile(writeSource(QStringLiteral("two.png"), randomBytes(EvidenceRegister::ChunkSize + 1, 2)));
    CUSTODIAN_VERIFY_OK(first);
    CUSTODIAN_VERIFY_OK(second);
    CUSTODIAN_VERIFY_OK(flipByte(db(), *second, 1, 0));
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    auto checks = EvidenceRegister::verifyIncident(db(), IncidentId, Actor, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    CUSTODIAN_VERIFY_OK(checks);
    QCOMPARE(checks->size(), std::size_t(2));
    QCOMPARE(checks->at(0).itemId, *first);
    QVERIFY(checks->at(0).intact());
    QCOMPARE(checks->at(1).itemId, *second);
    QVERIFY(!checks->at(1).intact());
    QCOMPARE(lastTotal, 1000 + EvidenceRegister::ChunkSize + 1);
    QCOMPARE(lastDone, lastTotal);
    QCOMPARE(custodyActions(db(), *first).last(), QStringLiteral("verified"));
    QCOMPARE(custodyActions(db(), *second).last(), QStringLiteral("tamper_detected"));
    auto none = EvidenceRegister::verifyIncident(db(), 8, Actor);
    CUSTODIAN_VERIFY_OK(none);
    QVERIFY(none->empty());
}

void EvidenceRegisterTest::keepsAMarkerOutOfTheStoreFiles()
{
    // A distinctive marker, repeated through a file larger than a chunk, so that it crosses a chunk boundary too.
    const QByteArray marker = "EVIDENCE-CANARY-5b8d1e07 card 4111 1111 1111 1111";
    QByteArray bytes;
    while (bytes.size() < EvidenceRegister::ChunkSize * 3 / 2)
        bytes += marker + randomBytes(997, quint32(bytes.size()));
    // Positive control: the same scan finds the marker where it is in clear.
    const QString source = writeSource(QStringLiteral("canary.eml"), bytes);
    QFile sourceFile(source);
    QVERIFY(sourceFile.open(QIODevice::ReadOnly));
    QVERIFY(sourceFile.readAll().contains(marker));

    const QString path = m_store->path();
    const QStringList files { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") };
    // Keep what is written in the WAL: no checkpoint into the main file while it is scanned.
    CUSTODIAN_VERIFY_OK(db().exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
    auto id = addFile(source);
    CUSTODIAN_VERIFY_OK(id);
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    CUSTODIAN_VERIFY_OK(EvidenceRegister::read(db(), *id, sink, Actor));
    QVERIFY(sink.data().contains(marker)); // really stored, and read back
    QVERIFY(QFileInfo(files[1]).size() > bytes.size()); // the chunks are in the WAL
    for (const QString& file : files) {
        QFile raw(file);
        QVERIFY2(raw.open(QIODevice::ReadOnly), qPrintable(file));
        QVERIFY2(!raw.readAll().contains(marker.left(24)), qPrintable(file + QStringLiteral(" holds the marker")));
    }
    m_store->close(); // checkpoints the WAL into the main file
    for (const QString& name : QDir(m_store->directory()).entryList(QDir::Files | QDir::Hidden)) {
        QFile raw(QDir(m_store->directory()).filePath(name));
        QVERIFY2(raw.open(QIODevice::ReadOnly), qPrintable(name));
        QVERIFY2(!raw.readAll().contains(marker.left(24)), qPrintable(name + QStringLiteral(" holds the marker")));
    }
}

void EvidenceRegisterTest::addsOnAWorkerWithItsOwnConnection()
{
    // What a page does: the add runs on a worker with a connection of its own, while the GUI thread's connection stays
    // free to read (WAL) and receives the progress.
    const QByteArray bytes = randomBytes(EvidenceRegister::ChunkSize * 4, 41);
    const QString path = writeSource(QStringLiteral("worker.wav"), bytes);
    auto connection = m_store->store().openConnection(Database::Mode::ReadWrite);
    CUSTODIAN_VERIFY_OK(connection);
    std::atomic<qint64> lastDone { 0 };
    std::atomic_bool reading { false };
    Result<qint64> added = Error(Error::Code::Cancelled, QStringLiteral("not run"));
    std::thread worker([&, database = std::move(*connection)]() mutable {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        added = EvidenceRegister::add(database, { IncidentId, QStringLiteral("worker.wav"), {}, {} }, file, Actor,
                                      [&](qint64 done, qint64) {
                                          lastDone = done;
                                          // Hold the transaction open until the main thread has read beside it.
                                          while (done == EvidenceRegister::ChunkSize && !reading)
                                              std::this_thread::yield();
                                          return true;
                                      });
    });
    while (lastDone.load() == 0)
        std::this_thread::yield();
    // Mid-add, the other connection reads the committed state: no item yet, and it is not blocked.
    QCOMPARE(count(db(), QStringLiteral("evidence_item")), 0);
    reading = true;
    worker.join();
    CUSTODIAN_VERIFY_OK(added);
    QCOMPARE(lastDone.load(), bytes.size());
    auto item = EvidenceRegister::item(db(), *added);
    CUSTODIAN_VERIFY_OK(item);
    QCOMPARE(item->sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
}

QTEST_GUILESS_MAIN(EvidenceRegisterTest)
#include "EvidenceRegisterTest.moc"
