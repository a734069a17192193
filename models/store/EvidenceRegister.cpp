#include "store/EvidenceRegister.h"

#include "crypto/Sha256Stream.h"
#include "domain/Clock.h"
#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/EvidenceSettings.h"
#include "store/EvidenceUploadQueue.h"
#include "store/Transaction.h"

#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace custodian {

namespace {
constexpr int SequentialWaitMs = 30'000;
const QString DefaultMediaType = QStringLiteral("application/octet-stream");
const QString ItemColumns = QStringLiteral("id, incident_id, file_name, media_type, size, sha256, chunk_size, "
                                           "chunk_count, description, added_by, added_at");

EvidenceRegister::Item readItem(const Statement& row)
{
    EvidenceRegister::Item item;
    item.id = row.int64(0);
    item.incidentId = row.int64(1);
    item.fileName = row.text(2);
    item.mediaType = row.text(3);
    item.size = row.int64(4);
    item.sha256 = row.blob(5);
    item.chunkSize = row.int64(6);
    item.chunkCount = row.int64(7);
    item.description = row.text(8);
    item.addedBy = row.text(9);
    item.addedAt = row.int64(10);
    return item;
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

qint64 now(qint64 atMs)
{
    return atMs < 0 ? Clock::nowMs() : atMs;
}

Error cancelled()
{
    return Error(Error::Code::Cancelled, EvidenceRegister::tr("Stopped; nothing was added."));
}

// Fills `buffer` with up to ChunkSize bytes: a sequential source (a pipe, a socket) hands out less per read().
// The bytes read, 0 at the end, -1 on a read error.
qint64 readChunk(QIODevice& source, QByteArray& buffer)
{
    qint64 filled = 0;
    while (filled < EvidenceRegister::ChunkSize) {
        const qint64 got = source.read(buffer.data() + filled, EvidenceRegister::ChunkSize - filled);
        if (got < 0)
            return -1;
        if (got == 0) {
            if (source.isSequential() && !source.atEnd() && source.waitForReadyRead(SequentialWaitMs))
                continue;
            break;
        }
        filled += got;
    }
    return filled;
}
} // namespace

QString EvidenceRegister::Check::summary() const
{
    if (problems.isEmpty())
        return tr("“%1” (evidence %2) is intact: %3, SHA-256 %4.")
            .arg(fileName)
            .arg(itemId)
            .arg(EvidenceSettings::describeSize(bytes), hex(sha256));
    return tr("“%1” (evidence %2) has been tampered with: %3.").arg(fileName).arg(itemId).arg(problems.join(u"; "));
}

QString EvidenceRegister::actionName(Action action)
{
    switch (action) {
    case Action::Added:
        return QStringLiteral("added");
    case Action::Viewed:
        return QStringLiteral("viewed");
    case Action::Exported:
        return QStringLiteral("exported");
    case Action::Verified:
        return QStringLiteral("verified");
    case Action::TamperDetected:
        return QStringLiteral("tamper_detected");
    case Action::Uploaded:
        return QStringLiteral("uploaded");
    case Action::Received:
        return QStringLiteral("received");
    }
    return QString();
}

QString EvidenceRegister::auditTarget(qint64 itemId)
{
    return QStringLiteral("evidence:%1").arg(itemId);
}

Result<qint64> EvidenceRegister::add(Database& database, const NewItem& item, QIODevice& source, const QString& actor,
                                     const Progress& progress, qint64 atMs)
{
    if (actor.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("Adding evidence needs the name of who adds it."));
    const QString fileName = QFileInfo(item.fileName.trimmed()).fileName();
    if (fileName.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("Evidence needs a file name."));
    if (!source.isOpen() || !source.isReadable())
        return Error(Error::Code::Io, tr("“%1” cannot be read: %2").arg(fileName, source.errorString()));
    {
        auto incident = database.prepare(QStringLiteral("SELECT 1 FROM incident WHERE id = ?"));
        if (!incident)
            return incident.error();
        incident->bind(1, item.incidentId);
        auto found = incident->step();
        if (!found)
            return found.error();
        if (!*found)
            return Error(Error::Code::NotFound, tr("There is no incident %1 to add evidence to.").arg(item.incidentId));
    }
    auto limit = EvidenceSettings::maxBytes(database);
    if (!limit)
        return limit.error();
    // What a file has left to read now; the add reads exactly that much, or the file changed under it.
    const qint64 expected = source.isSequential() ? -1 : source.size() - source.pos();
    const auto tooLarge = [&](qint64 size) {
        return Error(Error::Code::InvalidArgument,
                     tr("“%1” is %2, over the evidence size limit of %3; nothing was added.")
                         .arg(fileName, EvidenceSettings::describeSize(size), EvidenceSettings::describeSize(*limit)));
    };
    if (expected > *limit)
        return tooLarge(expected);
    const qint64 at = now(atMs);

    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    auto insertItem = database.prepare(QStringLiteral(
        "INSERT INTO evidence_item (incident_id, file_name, media_type, size, sha256, chunk_size, "
        "chunk_count, description, added_by, added_at) VALUES (?, ?, ?, 0, zeroblob(32), ?, 0, ?, ?, ?)"));
    if (!insertItem)
        return insertItem.error();
    const QString mediaType = item.mediaType.trimmed().isEmpty() ? DefaultMediaType : item.mediaType.trimmed();
    insertItem->bind(1, item.incidentId)
        .bind(2, fileName)
        .bind(3, mediaType)
        .bind(4, ChunkSize)
        .bind(5, item.description.trimmed())
        .bind(6, actor)
        .bind(7, at);
    if (auto status = insertItem->run(); !status)
        return status.error();
    const qint64 itemId = database.lastInsertRowId();

    Sha256Stream hash;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    qint64 total = 0;
    qint64 chunks = 0;
    for (;;) {
        const qint64 got = readChunk(source, buffer);
        if (got < 0)
            return Error(Error::Code::Io,
                         tr("Reading “%1” failed after %2: %3. Nothing was added.")
                             .arg(fileName, EvidenceSettings::describeSize(total), source.errorString()));
        if (got == 0)
            break;
        total += got;
        if (total > *limit)
            return tooLarge(total);
        const QByteArrayView data(buffer.constData(), got);
        hash.add(data);
        if (auto status = storeChunk(database, itemId, chunks, data); !status)
            return status.error();
        ++chunks;
        if (progress && !progress(total, expected))
            return cancelled();
        if (got < ChunkSize && !source.isSequential())
            break; // a file's short read is its end
    }
    // A file that shrank (truncated, replaced) while it was read is not the file the supervisor chose.
    if (expected >= 0 && total != expected)
        return Error(
            Error::Code::Io,
            tr("“%1” changed while it was read: it had %2 when the add began, %3 could be "
               "read. Nothing was added.")
                .arg(fileName, EvidenceSettings::describeSize(expected), EvidenceSettings::describeSize(total)));
    const QByteArray digest = hash.finish();
    auto finish = database.prepare(
        QStringLiteral("UPDATE evidence_item SET size = ?, sha256 = ?, chunk_count = ? WHERE id = ?"));
    if (!finish)
        return finish.error();
    finish->bind(1, total).bindBlob(2, digest).bind(3, chunks).bind(4, itemId);
    if (auto status = finish->run(); !status)
        return status.error();

    // Queued for the central service in the same transaction: an item on record is never left out of the upload.
    if (auto status = EvidenceUploadQueue::enqueue(database, itemId, at); !status)
        return status.error();
    const QJsonObject recorded { { QStringLiteral("size"), total },
                                 { QStringLiteral("sha256"), hex(digest) },
                                 { QStringLiteral("chunks"), chunks } };
    if (auto status = appendCustody(database, itemId, Action::Added, actor, recorded, at); !status)
        return status.error();
    // The file name and description stay out of the audit: they may name a customer (a recording called after the
    // caller), and the audit is read and synced more widely than the encrypted register. The incident, size, media
    // type and SHA-256 identify the content beyond doubt.
    QJsonObject audit = recorded;
    audit.insert(QStringLiteral("incident"), item.incidentId);
    audit.insert(QStringLiteral("media_type"), mediaType);
    auto audited
        = ConsoleAudit::append(database, actor, QStringLiteral("evidence.add"), auditTarget(itemId), audit, at);
    if (!audited)
        return audited.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return itemId;
}

qint64 EvidenceRegister::chunkCountFor(qint64 size)
{
    return (size + ChunkSize - 1) / ChunkSize;
}

qint64 EvidenceRegister::chunkLength(const Item& item, qint64 seq)
{
    return seq == item.chunkCount - 1 ? item.size - (item.chunkCount - 1) * item.chunkSize : item.chunkSize;
}

Result<qint64> EvidenceRegister::declare(Database& database, const Declared& declared)
{
    const QString fileName = QFileInfo(declared.item.fileName.trimmed()).fileName();
    if (fileName.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("Evidence needs a file name."));
    if (declared.addedBy.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("Adding evidence needs the name of who adds it."));
    if (declared.size < 0 || declared.sha256.size() != 32)
        return Error(Error::Code::InvalidArgument, tr("Evidence needs its size and SHA-256."));
    auto insert = database.prepare(
        QStringLiteral("INSERT INTO evidence_item (incident_id, file_name, media_type, size, sha256, chunk_size, "
                       "chunk_count, description, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    const QString mediaType
        = declared.item.mediaType.trimmed().isEmpty() ? DefaultMediaType : declared.item.mediaType.trimmed();
    insert->bind(1, declared.item.incidentId)
        .bind(2, fileName)
        .bind(3, mediaType)
        .bind(4, declared.size)
        .bindBlob(5, declared.sha256)
        .bind(6, ChunkSize)
        .bind(7, chunkCountFor(declared.size))
        .bind(8, declared.item.description.trimmed())
        .bind(9, declared.addedBy)
        .bind(10, declared.addedAt);
    if (auto status = insert->run(); !status)
        return status.error();
    return database.lastInsertRowId();
}

Status EvidenceRegister::storeChunk(Database& database, qint64 itemId, qint64 seq, QByteArrayView data)
{
    auto insert = database.prepare(QStringLiteral("INSERT INTO evidence_chunk (item_id, seq, data) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, itemId).bind(2, seq).bindBlob(3, data);
    return insert->run();
}

Result<QByteArray> EvidenceRegister::chunk(Database& database, qint64 itemId, qint64 seq)
{
    auto select = database.prepare(QStringLiteral("SELECT data FROM evidence_chunk WHERE item_id = ? AND seq = ?"));
    if (!select)
        return select.error();
    select->bind(1, itemId).bind(2, seq);
    auto row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::NotFound, tr("Chunk %1 of evidence %2 is missing.").arg(seq).arg(itemId));
    return select->blob(0);
}

Result<std::vector<qint64>> EvidenceRegister::chunkSeqs(Database& database, qint64 itemId)
{
    auto select = database.prepare(QStringLiteral("SELECT seq FROM evidence_chunk WHERE item_id = ? ORDER BY seq"));
    if (!select)
        return select.error();
    select->bind(1, itemId);
    std::vector<qint64> seqs;
    if (auto status = select->forEachRow([&](const Statement& row) { seqs.push_back(row.int64(0)); }); !status)
        return status.error();
    return seqs;
}

Status EvidenceRegister::discardIncomplete(Database& database, qint64 itemId)
{
    auto trail = database.prepare(QStringLiteral("SELECT count(*) FROM evidence_custody WHERE item_id = ?"));
    if (!trail)
        return trail.error();
    trail->bind(1, itemId);
    auto entries = trail->step();
    if (!entries)
        return entries.error();
    if (trail->int64(0) > 0)
        return Error(Error::Code::InvalidArgument,
                     tr("Evidence %1 is on record (it has a custody trail) and is never deleted.").arg(itemId));
    for (const char* sql :
         { "DELETE FROM evidence_chunk WHERE item_id = ?", "DELETE FROM evidence_item WHERE id = ?" }) {
        auto remove = database.prepare(QString::fromLatin1(sql));
        if (!remove)
            return remove.error();
        remove->bind(1, itemId);
        if (auto status = remove->run(); !status)
            return status;
    }
    return {};
}

Result<EvidenceRegister::Check> EvidenceRegister::scan(Database& database, const Item& item, QIODevice* sink,
                                                       const Progress& progress, qint64 doneBefore, qint64 totalOverall)
{
    Check check;
    check.itemId = item.id;
    check.fileName = item.fileName;
    auto chunks
        = database.prepare(QStringLiteral("SELECT seq, data FROM evidence_chunk WHERE item_id = ? ORDER BY seq"));
    if (!chunks)
        return chunks.error();
    chunks->bind(1, item.id);
    const qint64 total = totalOverall < 0 ? item.size : totalOverall;
    Sha256Stream hash;
    qint64 expectedSeq = 0;
    const auto missing = [&](qint64 from, qint64 to) { // [from, to)
        if (to - from == 1)
            check.problems << tr("chunk %1 is missing").arg(from);
        else if (to > from)
            check.problems << tr("chunks %1 to %2 are missing").arg(from).arg(to - 1);
    };
    for (;;) {
        auto row = chunks->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 seq = chunks->int64(0);
        const QByteArrayView data = chunks->blobView(1);
        if (seq > expectedSeq)
            missing(expectedSeq, std::min(seq, item.chunkCount));
        expectedSeq = seq + 1;
        if (seq >= item.chunkCount || seq < 0) {
            check.problems
                << tr("chunk %1 is extra: the file was stored in %n chunk(s)", nullptr, int(item.chunkCount)).arg(seq);
        } else {
            const qint64 wanted = chunkLength(item, seq);
            if (data.size() != wanted)
                check.problems << tr("chunk %1 holds %2 bytes, not %3").arg(seq).arg(data.size()).arg(wanted);
        }
        hash.add(data);
        check.bytes += data.size();
        if (sink && sink->write(data.data(), data.size()) != data.size())
            return Error(Error::Code::Io, tr("Writing “%1” failed: %2").arg(item.fileName, sink->errorString()));
        if (progress && !progress(doneBefore + check.bytes, total))
            return Error(Error::Code::Cancelled, tr("Stopped."));
    }
    missing(expectedSeq, item.chunkCount);
    if (check.bytes != item.size)
        check.problems
            << tr("it holds %1 bytes, not the %2 recorded when it was added").arg(check.bytes).arg(item.size);
    check.sha256 = hash.finish();
    if (check.sha256 != item.sha256)
        check.problems
            << tr("its SHA-256 is %1, not the %2 recorded when it was added").arg(hex(check.sha256), hex(item.sha256));
    return check;
}

Status EvidenceRegister::appendCustody(Database& database, qint64 itemId, Action action, const QString& actor,
                                       const QJsonObject& detail, qint64 atMs)
{
    auto insert = database.prepare(
        QStringLiteral("INSERT INTO evidence_custody (item_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, itemId).bind(2, now(atMs)).bind(3, actor).bind(4, int(action));
    insert->bind(5, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    return insert->run();
}

Status EvidenceRegister::recordTamper(Database& database, const Check& check, const QString& actor,
                                      const QString& during, qint64 atMs)
{
    const qint64 at = now(atMs);
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    const QJsonObject detail { { QStringLiteral("during"), during },
                               { QStringLiteral("problems"), QJsonArray::fromStringList(check.problems) },
                               { QStringLiteral("size_read"), check.bytes },
                               { QStringLiteral("sha256_read"), hex(check.sha256) } };
    if (auto status = appendCustody(database, check.itemId, Action::TamperDetected, actor, detail, at); !status)
        return status.error();
    auto audited = ConsoleAudit::append(database, actor, QStringLiteral("evidence.tamper_detected"),
                                        auditTarget(check.itemId), detail, at);
    if (!audited)
        return audited.error();
    return transaction->commit();
}

Status EvidenceRegister::recordRead(Database& database, const Item& item, const Check& check, Action action,
                                    const QString& auditAction, const QString& actor, qint64 atMs)
{
    if (!check.intact())
        return recordTamper(database, check, actor, auditAction.section(QLatin1Char('.'), 1), atMs); // view, verify
    const qint64 at = now(atMs);
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    const QJsonObject detail { { QStringLiteral("size"), check.bytes },
                               { QStringLiteral("sha256"), hex(check.sha256) } };
    if (auto status = appendCustody(database, item.id, action, actor, detail, at); !status)
        return status.error();
    QJsonObject audit = detail;
    audit.insert(QStringLiteral("incident"), item.incidentId);
    auto audited = ConsoleAudit::append(database, actor, auditAction, auditTarget(item.id), audit, at);
    if (!audited)
        return audited.error();
    return transaction->commit();
}

Result<EvidenceRegister::Check> EvidenceRegister::read(Database& database, qint64 itemId, QIODevice& sink,
                                                       const QString& actor, const Progress& progress, qint64 atMs)
{
    if (actor.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("Reading evidence needs the name of who reads it."));
    auto found = item(database, itemId);
    if (!found)
        return found.error();
    auto check = scan(database, *found, &sink, progress);
    if (!check)
        return check.error();
    if (auto status
        = recordRead(database, *found, *check, Action::Viewed, QStringLiteral("evidence.view"), actor, atMs);
        !status)
        return status.error();
    if (!check->intact())
        return Error(Error::Code::Tampered, check->summary());
    return check;
}

Result<EvidenceRegister::Check> EvidenceRegister::verify(Database& database, qint64 itemId, const QString& actor,
                                                         const Progress& progress, qint64 atMs)
{
    if (actor.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("Verifying evidence needs the name of who verifies it."));
    auto found = item(database, itemId);
    if (!found)
        return found.error();
    auto check = scan(database, *found, nullptr, progress);
    if (!check)
        return check.error();
    if (auto status
        = recordRead(database, *found, *check, Action::Verified, QStringLiteral("evidence.verify"), actor, atMs);
        !status)
        return status.error();
    return check;
}

Result<std::vector<EvidenceRegister::Check>> EvidenceRegister::verifyIncident(Database& database, qint64 incidentId,
                                                                              const QString& actor,
                                                                              const Progress& progress, qint64 atMs)
{
    if (actor.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("Verifying evidence needs the name of who verifies it."));
    auto all = items(database, incidentId);
    if (!all)
        return all.error();
    qint64 total = 0;
    for (const Item& each : *all)
        total += each.size;
    std::vector<Check> checks;
    qint64 done = 0;
    for (const Item& each : *all) {
        auto check = scan(database, each, nullptr, progress, done, total);
        if (!check)
            return check.error();
        if (auto status
            = recordRead(database, each, *check, Action::Verified, QStringLiteral("evidence.verify"), actor, atMs);
            !status)
            return status.error();
        done += each.size;
        checks.push_back(std::move(*check));
    }
    return checks;
}

Result<EvidenceRegister::Item> EvidenceRegister::item(Database& database, qint64 itemId)
{
    auto statement = database.prepare(QStringLiteral("SELECT %1 FROM evidence_item WHERE id = ?").arg(ItemColumns));
    if (!statement)
        return statement.error();
    statement->bind(1, itemId);
    auto row = statement->firstRow(readItem);
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::NotFound, tr("There is no evidence %1.").arg(itemId));
    return std::move(**row);
}

Result<std::vector<EvidenceRegister::Item>> EvidenceRegister::items(Database& database, qint64 incidentId)
{
    auto statement = database.prepare(
        QStringLiteral("SELECT %1 FROM evidence_item WHERE incident_id = ? ORDER BY added_at, id").arg(ItemColumns));
    if (!statement)
        return statement.error();
    statement->bind(1, incidentId);
    std::vector<Item> all;
    if (auto status = statement->forEachRow([&](const Statement& row) { all.push_back(readItem(row)); }); !status)
        return status.error();
    return all;
}

Result<std::vector<EvidenceRegister::CustodyEntry>> EvidenceRegister::custody(Database& database, qint64 itemId)
{
    auto statement = database.prepare(
        QStringLiteral("SELECT id, item_id, at, actor, action, detail FROM evidence_custody WHERE item_id = ? ORDER BY "
                       "id"));
    if (!statement)
        return statement.error();
    statement->bind(1, itemId);
    std::vector<CustodyEntry> entries;
    if (auto status = statement->forEachRow([&](const Statement& row) {
            entries.push_back(
                { row.int64(0), row.int64(1), row.int64(2), row.text(3), Action(row.int64(4)), row.text(5) });
        });
        !status)
        return status.error();
    return entries;
}

} // namespace custodian
