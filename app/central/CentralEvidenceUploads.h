#pragma once

#include "central/CentralService.h"

#include <QByteArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QString>

namespace custodian {

// The central side of evidence uploads (docs/sync-api.md section 12): a console declares an item (incident, name,
// size, SHA-256), sends its 256 KiB chunks one request each with each chunk's own SHA-256, and asks which chunks the
// service holds to resume after a cut. Each chunk is checked against its hash before it is kept; when the last one
// arrives the whole file is read back and compared with the declared SHA-256 (EvidenceRegister::scan, the comparison
// every read on a console makes). A match records custody `received` (from which supervisor and console); a mismatch
// discards the upload and names the difference. An upload for an incident the service does not hold yet is answered
// 409 unknown_incident, which a console waits out and retries: the incident may still be on its way.
//
// An upload belongs to the console that declared it: another console asking about its key is told it does not exist.
class CentralEvidenceUploads
{
    Q_DECLARE_TR_FUNCTIONS(CentralEvidenceUploads)

public:
    static constexpr char ChunkHashHeader[] = "X-Custodian-Chunk-SHA256";

    explicit CentralEvidenceUploads(CentralRepository& repository);

    // PUT /api/v1/evidence/<key>: the declaration; answers the upload's state (a repeat of the same declaration is
    // answered the same way, which is how a console resumes).
    [[nodiscard]] CentralService::Reply declare(const CentralRepository::Supervisor& supervisor,
                                                const QString& consoleKey, const QString& key,
                                                const QCborMap& declaration);
    // GET /api/v1/evidence/<key>
    [[nodiscard]] CentralService::Reply state(const QString& consoleKey, const QString& key);
    // PUT /api/v1/evidence/<key>/chunks/<seq>, the chunk's bytes as the body and its SHA-256 (hex) in ChunkHashHeader.
    [[nodiscard]] CentralService::Reply chunk(const CentralRepository::Supervisor& supervisor,
                                              const QString& consoleKey, const QString& key, const QString& seqText,
                                              const QByteArray& hashHeader, const QByteArray& data);

    [[nodiscard]] static bool isValidKey(const QString& key);

private:
    // 200 with the upload's state: which chunks are held, or that it is verified.
    [[nodiscard]] CentralService::Reply describe(const CentralRepository::EvidenceUpload& upload);
    // The last chunk is in: compare the whole file, then record `received` or discard. Inside the transaction.
    [[nodiscard]] CentralService::Reply complete(const CentralRepository::Supervisor& supervisor,
                                                 CentralRepository::EvidenceUpload upload);

    CentralRepository& m_repository;
};

} // namespace custodian
