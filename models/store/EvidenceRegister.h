#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QIODevice;

namespace custodian {

class Database;

// The evidence register of incidents (docs/incidents-evidence.md): files a supervisor attaches to an incident — a
// call-recording excerpt, a screenshot, an e-mail — kept inside the store, so encrypted at rest with its key, and
// never written anywhere in clear on the way in or out.
//
//  * add() streams the file from a QIODevice in chunks of ChunkSize bytes, hashing as it goes (SHA-256), and writes
//    the item, its chunks, the custody entry `added` and the console-audit entry in one transaction: a file that
//    cannot be read to its end, or is larger than the size limit (EvidenceSettings), leaves nothing behind.
//  * read() streams an item into a sink and re-computes its hash; verify() does the same without a sink. Every read
//    compares size, chunk layout and SHA-256 with what add() recorded and names each difference.
//  * Each read, verification and export (EvidenceExport, models/export) is audited, with its custody entry in the same
//    transaction as the entry; a difference is recorded as `tamper_detected`.
//
// Every function works on the Database& it is given, so a page runs it on a worker with a connection of its own (a
// 50 MB add takes a noticeable fraction of a second); Progress reports the bytes done and can stop the work.
//
// Reads take the chunks through one SELECT, which SQLite answers from one snapshot: a concurrent writer can neither
// add nor remove a chunk under a read. Items are never changed after add() commits.
//
// The central service receives uploaded evidence into the same tables (docs/sync-api.md section 12): declare() makes
// an item with the size and SHA-256 the console declared and no chunks, storeChunk() writes each chunk as it arrives
// (add() writes its chunks through it too), and scan() — the same comparison every read makes — checks the whole file
// once the last chunk is there. Until then the item is incomplete and only the upload reads it.
class EvidenceRegister
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceRegister)

public:
    static constexpr qint64 ChunkSize = 256 * 1024;

    // The codes of evidence_custody_action.
    enum class Action {
        Added = 1,
        Viewed = 2,
        Exported = 3,
        Verified = 4,
        TamperDetected = 5,
        Uploaded = 6, // on a console: the central service verified the whole file it received
        Received = 7, // on the service: the whole file arrived from a console and its SHA-256 matched
    };

    struct NewItem
    {
        qint64 incidentId = 0;
        QString fileName; // the name alone, no folder
        QString mediaType; // empty: application/octet-stream
        QString description;
    };

    struct Item
    {
        qint64 id = 0;
        qint64 incidentId = 0;
        QString fileName;
        QString mediaType;
        qint64 size = 0;
        QByteArray sha256;
        qint64 chunkSize = 0;
        qint64 chunkCount = 0;
        QString description;
        QString addedBy;
        qint64 addedAt = 0;
    };

    struct CustodyEntry
    {
        qint64 id = 0;
        qint64 itemId = 0;
        qint64 at = 0;
        QString actor;
        Action action = Action::Added;
        QString detail; // JSON
    };

    // What one read found. `problems` names each difference from what add() recorded, without the file name (they go
    // into the console audit); summary() puts the item's name in front for the supervisor.
    struct Check
    {
        qint64 itemId = 0;
        QString fileName;
        qint64 bytes = 0; // as read
        QByteArray sha256; // of what was read
        QStringList problems;

        [[nodiscard]] bool intact() const { return problems.isEmpty(); }
        [[nodiscard]] QString summary() const;
    };

    // Called after each chunk with the bytes done so far and the total (-1 when a sequential source does not know
    // it). Returning false stops the work: nothing is written, and the result is Error::Code::Cancelled.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Adds the rest of `source` (open for reading) to incident `item.incidentId`; the new item's id. Refuses, before
    // anything is written, an unknown incident, an empty file name or actor, and a source whose size is over the limit
    // (a sequential source: as soon as it passes it). A read error, or a file that ends before the size it had when
    // the add began, leaves nothing and names the problem.
    [[nodiscard]] static Result<qint64> add(Database& database, const NewItem& item, QIODevice& source,
                                            const QString& actor, const Progress& progress = {}, qint64 atMs = -1);

    // Streams item `itemId` into `sink` (open for writing), re-computing its hash, and records `viewed` — or, when the
    // content differs from what was added, `tamper_detected` and Error::Code::Tampered naming the item and each
    // difference: whatever reached the sink then is not the evidence and must be discarded.
    [[nodiscard]] static Result<Check> read(Database& database, qint64 itemId, QIODevice& sink, const QString& actor,
                                            const Progress& progress = {}, qint64 atMs = -1);

    // Re-reads one item and records `verified` or `tamper_detected`; a tampered item is a Check with problems, not an
    // error (finding it is what a verification is for).
    [[nodiscard]] static Result<Check> verify(Database& database, qint64 itemId, const QString& actor,
                                              const Progress& progress = {}, qint64 atMs = -1);
    // Every item of an incident, oldest first; the progress counts over all of them.
    [[nodiscard]] static Result<std::vector<Check>> verifyIncident(Database& database, qint64 incidentId,
                                                                   const QString& actor, const Progress& progress = {},
                                                                   qint64 atMs = -1);

    [[nodiscard]] static Result<Item> item(Database& database, qint64 itemId);
    [[nodiscard]] static Result<std::vector<Item>> items(Database& database, qint64 incidentId);
    [[nodiscard]] static Result<std::vector<CustodyEntry>> custody(Database& database, qint64 itemId);

    // The chunks of `item` in order into `sink` (nullptr: only checked), unaudited: for EvidenceExport, which records
    // its decision itself. A failure to write to the sink is an error; a difference is a Check with problems.
    [[nodiscard]] static Result<Check> scan(Database& database, const Item& item, QIODevice* sink,
                                            const Progress& progress = {}, qint64 doneBefore = 0,
                                            qint64 totalOverall = -1);
    // One custody row, inside the caller's transaction (EvidenceExport writes `exported` in its file's transaction).
    [[nodiscard]] static Status appendCustody(Database& database, qint64 itemId, Action action, const QString& actor,
                                              const QJsonObject& detail, qint64 atMs);
    // A read that found differences: `tamper_detected` with its console-audit entry ("evidence.tamper_detected",
    // what was being done and each problem), in one transaction.
    [[nodiscard]] static Status recordTamper(Database& database, const Check& check, const QString& actor,
                                             const QString& during, qint64 atMs);

    // Receiving an upload (the central service): an item with the declared size and SHA-256 and no chunks yet, inside
    // the caller's transaction; the file name is reduced to its name as add() does. No size limit is checked here.
    struct Declared
    {
        NewItem item;
        qint64 size = 0;
        QByteArray sha256;
        QString addedBy;
        qint64 addedAt = 0;
    };
    [[nodiscard]] static Result<qint64> declare(Database& database, const Declared& declared);
    // One chunk, inside the caller's transaction (add() and the service's upload both write chunks through it).
    [[nodiscard]] static Status storeChunk(Database& database, qint64 itemId, qint64 seq, QByteArrayView data);
    // The bytes of one chunk (what an upload sends), NotFound when it is missing.
    [[nodiscard]] static Result<QByteArray> chunk(Database& database, qint64 itemId, qint64 seq);
    // The seqs of the chunks an item holds, in order.
    [[nodiscard]] static Result<std::vector<qint64>> chunkSeqs(Database& database, qint64 itemId);
    // Removes an item that was never complete (a refused upload) with its chunks, inside the caller's transaction.
    // Refused for an item with a custody trail: evidence on record is never deleted.
    [[nodiscard]] static Status discardIncomplete(Database& database, qint64 itemId);
    // How many chunks of ChunkSize a file of `size` bytes takes, and how long chunk `seq` of `item` must be.
    [[nodiscard]] static qint64 chunkCountFor(qint64 size);
    [[nodiscard]] static qint64 chunkLength(const Item& item, qint64 seq);

    [[nodiscard]] static QString actionName(Action action);
    [[nodiscard]] static QString auditTarget(qint64 itemId);

private:
    [[nodiscard]] static Status recordRead(Database& database, const Item& item, const Check& check, Action action,
                                           const QString& auditAction, const QString& actor, qint64 atMs);
};

} // namespace custodian
