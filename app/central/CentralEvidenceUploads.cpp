#include "central/CentralEvidenceUploads.h"

#include "central/CentralReplies.h"
#include "crypto/Digest.h"
#include "domain/Clock.h"
#include "store/CrashPoint.h"
#include "store/EvidenceSettings.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace custodian {

using CentralReplies::internal;

namespace {
constexpr qint64 MaxId = (qint64(1) << 53) - 1;
constexpr qint64 MaxTime = 32'503'680'000'000;
constexpr int MaxFileName = 255;
constexpr int MaxMediaType = 100;
constexpr int MaxDescription = 2000;
constexpr int MaxActor = 64;

CentralService::Reply refusal(int status, const char* code, const QString& message)
{
    return CentralService::error(status, QString::fromLatin1(code), message);
}

std::optional<QByteArray> parseSha256(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(text).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(text.toLatin1());
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

bool isText(const QCborValue& value, int min, int max)
{
    return value.isString() && value.toString().size() >= min && value.toString().size() <= max
        && !value.toString().contains(QChar(0));
}
} // namespace

CentralEvidenceUploads::CentralEvidenceUploads(CentralRepository& repository)
    : m_repository(repository)
{
}

bool CentralEvidenceUploads::isValidKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{8,128}$"));
    return pattern.match(key).hasMatch();
}

CentralService::Reply CentralEvidenceUploads::describe(const CentralRepository::EvidenceUpload& upload)
{
    auto item = m_repository.evidenceItem(upload.itemId);
    if (!item)
        return internal();
    QCborMap body;
    body.insert(QLatin1String("key"), upload.key);
    body.insert(QLatin1String("state"), upload.verifiedAt ? QLatin1String("verified") : QLatin1String("receiving"));
    body.insert(QLatin1String("incident"), item->incidentId);
    body.insert(QLatin1String("size"), item->size);
    body.insert(QLatin1String("sha256"), hex(item->sha256));
    body.insert(QLatin1String("chunk_size"), item->chunkSize);
    body.insert(QLatin1String("chunk_count"), item->chunkCount);
    QCborArray held;
    if (upload.verifiedAt) {
        body.insert(QLatin1String("evidence"), upload.itemId);
        body.insert(QLatin1String("verified_at"), *upload.verifiedAt);
        body.insert(QLatin1String("held_count"), item->chunkCount);
    } else {
        auto chunks = m_repository.evidenceChunks(upload.itemId);
        if (!chunks)
            return internal();
        for (qint64 seq : *chunks)
            held.append(seq);
        body.insert(QLatin1String("held_count"), qint64(chunks->size()));
    }
    body.insert(QLatin1String("held"), held);
    return CentralService::Reply { 200, body, false };
}

CentralService::Reply CentralEvidenceUploads::state(const QString& consoleKey, const QString& key)
{
    if (!isValidKey(key))
        return refusal(400, "bad_key", tr("An upload's key is 8 to 128 characters of A-Z, a-z, 0-9 and . _ ~ -."));
    auto upload = m_repository.evidenceUpload(key);
    if (!upload)
        return internal();
    if (!*upload || (*upload)->consoleKey != consoleKey)
        return refusal(404, "unknown_upload", tr("This service holds no upload %1 from this console.").arg(key));
    return describe(**upload);
}

CentralService::Reply CentralEvidenceUploads::declare(const CentralRepository::Supervisor& supervisor,
                                                      const QString& consoleKey, const QString& key,
                                                      const QCborMap& declaration)
{
    if (!isValidKey(key))
        return refusal(400, "bad_key", tr("An upload's key is 8 to 128 characters of A-Z, a-z, 0-9 and . _ ~ -."));
    const auto invalid = [](const QString& message) { return refusal(422, "invalid_evidence", message); };
    const QCborValue incident = declaration.value(QLatin1String("incident"));
    const QCborValue fileName = declaration.value(QLatin1String("file_name"));
    const QCborValue mediaType = declaration.value(QLatin1String("media_type"));
    const QCborValue description = declaration.value(QLatin1String("description"));
    const QCborValue size = declaration.value(QLatin1String("size"));
    const QCborValue sha256 = declaration.value(QLatin1String("sha256"));
    const QCborValue chunkSize = declaration.value(QLatin1String("chunk_size"));
    const QCborValue addedBy = declaration.value(QLatin1String("added_by"));
    const QCborValue addedAt = declaration.value(QLatin1String("added_at"));
    if (!incident.isInteger() || incident.toInteger() < 1 || incident.toInteger() > MaxId)
        return invalid(tr("'incident' must be an incident's id."));
    if (!isText(fileName, 1, MaxFileName))
        return invalid(tr("'file_name' must be text of 1 to %1 characters.").arg(MaxFileName));
    if (!mediaType.isUndefined() && !mediaType.isNull() && !isText(mediaType, 0, MaxMediaType))
        return invalid(tr("'media_type' must be text of at most %1 characters.").arg(MaxMediaType));
    if (!description.isUndefined() && !description.isNull() && !isText(description, 0, MaxDescription))
        return invalid(tr("'description' must be text of at most %1 characters.").arg(MaxDescription));
    if (!size.isInteger() || size.toInteger() < 0)
        return invalid(tr("'size' must be the file's size in bytes."));
    const auto digest256 = parseSha256(sha256.toString());
    if (!sha256.isString() || !digest256)
        return invalid(tr("'sha256' must be the file's SHA-256 as 64 lowercase hex digits."));
    if (!chunkSize.isInteger() || chunkSize.toInteger() != EvidenceRegister::ChunkSize)
        return invalid(tr("'chunk_size' must be %1: this service takes evidence in chunks of 256 KiB.")
                           .arg(EvidenceRegister::ChunkSize));
    if (!isText(addedBy, 1, MaxActor))
        return invalid(tr("'added_by' must be text of 1 to %1 characters.").arg(MaxActor));
    if (!addedAt.isInteger() || addedAt.toInteger() < 0 || addedAt.toInteger() > MaxTime)
        return invalid(tr("'added_at' must be a time in milliseconds since 1970."));

    // What the declaration means, canonically (QJsonObject keeps its keys sorted): the same key with another file is
    // refused, the same declaration again is how a console resumes.
    QJsonObject meaning { { QStringLiteral("incident"), incident.toInteger() },
                          { QStringLiteral("file_name"), fileName.toString() },
                          { QStringLiteral("media_type"), mediaType.toString() },
                          { QStringLiteral("description"), description.toString() },
                          { QStringLiteral("size"), size.toInteger() },
                          { QStringLiteral("sha256"), sha256.toString() },
                          { QStringLiteral("added_by"), addedBy.toString() },
                          { QStringLiteral("added_at"), addedAt.toInteger() } };
    const QByteArray digest = Digest::sha256(QJsonDocument(meaning).toJson(QJsonDocument::Compact));

    if (auto status = m_repository.begin(); !status)
        return internal();
    auto answer = [&]() -> CentralService::Reply {
        auto existing = m_repository.evidenceUpload(key);
        if (!existing)
            return internal();
        if (*existing) {
            if ((*existing)->consoleKey != consoleKey || (*existing)->digest != digest)
                return refusal(422, "key_reused",
                               tr("The upload key %1 was used before for another file; choose another key.").arg(key));
            return describe(**existing);
        }
        auto known = m_repository.incidentExists(incident.toInteger());
        if (!known)
            return internal();
        if (!*known)
            return refusal(409, "unknown_incident",
                           tr("The central service does not hold incident %1 yet; the upload waits until the incident "
                              "reaches the service.")
                               .arg(incident.toInteger()));
        auto limit = m_repository.evidenceMaxBytes();
        if (!limit)
            return internal();
        if (size.toInteger() > *limit)
            return invalid(tr("“%1” is %2, over this service's evidence size limit of %3.")
                               .arg(fileName.toString(), EvidenceSettings::describeSize(size.toInteger()),
                                    EvidenceSettings::describeSize(*limit)));
        CentralRepository::EvidenceUpload upload;
        upload.key = key;
        upload.supervisorId = supervisor.id;
        upload.consoleKey = consoleKey;
        upload.digest = digest;
        upload.declaredAt = Clock::nowMs();
        EvidenceRegister::Declared declared;
        declared.item.incidentId = incident.toInteger();
        declared.item.fileName = fileName.toString();
        declared.item.mediaType = mediaType.toString();
        declared.item.description = description.toString();
        declared.size = size.toInteger();
        declared.sha256 = *digest256;
        declared.addedBy = addedBy.toString();
        declared.addedAt = addedAt.toInteger();
        auto made = m_repository.declareEvidence(upload, declared);
        if (!made)
            return made.error().code() == Error::Code::InvalidArgument ? invalid(made.error().message()) : internal();
        if (declared.size == 0) // nothing to wait for: an empty file is checked at once
            return complete(supervisor, *made);
        return describe(*made);
    }();
    // Only an upload made or found is kept; a refusal leaves nothing (an empty file that does not match its
    // declaration is undone with the rest).
    if (answer.status != 200) {
        m_repository.rollback();
        return answer;
    }
    if (auto status = m_repository.commit(); !status) {
        m_repository.rollback();
        return internal();
    }
    return answer;
}

CentralService::Reply CentralEvidenceUploads::complete(const CentralRepository::Supervisor& supervisor,
                                                       CentralRepository::EvidenceUpload upload)
{
    auto check = m_repository.checkEvidence(upload.itemId);
    if (!check)
        return internal();
    if (!check->intact()) {
        // Each chunk matched its own hash, so what differs is the file the console declared: nothing of it is kept
        // as evidence, and the console is told exactly what differs.
        if (auto status = m_repository.discardEvidence(upload); !status)
            return internal();
        return refusal(422, "hash_mismatch",
                       tr("The evidence received for upload %1 does not match its declaration: %2. The service kept "
                          "none of it.")
                           .arg(upload.key, check->problems.join(QStringLiteral("; "))));
    }
    const qint64 now = Clock::nowMs();
    auto item = m_repository.evidenceItem(upload.itemId);
    if (!item)
        return internal();
    const QJsonObject detail { { QStringLiteral("supervisor"), supervisor.username },
                               { QStringLiteral("console"), upload.consoleKey },
                               { QStringLiteral("upload"), upload.key },
                               { QStringLiteral("size"), check->bytes },
                               { QStringLiteral("sha256"), hex(check->sha256) },
                               { QStringLiteral("added_by"), item->addedBy },
                               { QStringLiteral("added_at"), item->addedAt } };
    if (auto status = m_repository.markEvidenceVerified(upload, supervisor.username, detail, now); !status)
        return internal();
    upload.verifiedAt = now;
    return describe(upload);
}

CentralService::Reply CentralEvidenceUploads::chunk(const CentralRepository::Supervisor& supervisor,
                                                    const QString& consoleKey, const QString& key,
                                                    const QString& seqText, const QByteArray& hashHeader,
                                                    const QByteArray& data)
{
    if (!isValidKey(key))
        return refusal(400, "bad_key", tr("An upload's key is 8 to 128 characters of A-Z, a-z, 0-9 and . _ ~ -."));
    static const QRegularExpression seqPattern(QStringLiteral("^(0|[1-9][0-9]{0,8})$"));
    if (!seqPattern.match(seqText).hasMatch())
        return refusal(404, "not_found", tr("There is no such resource."));
    const qint64 seq = seqText.toLongLong();
    if (auto status = m_repository.begin(); !status)
        return internal();
    bool keep = false;
    CentralService::Reply answer = [&]() -> CentralService::Reply {
        auto found = m_repository.evidenceUpload(key);
        if (!found)
            return internal();
        if (!*found || (*found)->consoleKey != consoleKey)
            return refusal(404, "unknown_upload",
                           tr("This service holds no upload %1 from this console; declare it first.").arg(key));
        const CentralRepository::EvidenceUpload& upload = **found;
        if (upload.verifiedAt)
            return describe(upload); // already whole and checked: nothing more is written
        auto item = m_repository.evidenceItem(upload.itemId);
        if (!item)
            return internal();
        if (seq >= item->chunkCount)
            return refusal(422, "invalid_chunk",
                           tr("Upload %1 has %n chunk(s); there is no chunk %2.", nullptr, int(item->chunkCount))
                               .arg(key)
                               .arg(seq));
        const auto claimed = parseSha256(QString::fromLatin1(hashHeader.trimmed()));
        if (!claimed)
            return refusal(422, "invalid_chunk",
                           tr("A chunk must carry its SHA-256 as 64 lowercase hex digits in %1.")
                               .arg(QString::fromLatin1(ChunkHashHeader)));
        const QByteArray received = Digest::sha256(data);
        if (received != *claimed)
            return refusal(422, "chunk_hash_mismatch",
                           tr("Chunk %1 of upload %2 arrived with SHA-256 %3, not the %4 it was sent with: it was "
                              "changed or cut on the way. It was not kept; send it again.")
                               .arg(seq)
                               .arg(key, hex(received), hex(*claimed)));
        const qint64 wanted = EvidenceRegister::chunkLength(*item, seq);
        if (data.size() != wanted)
            return refusal(
                422, "invalid_chunk",
                tr("Chunk %1 of upload %2 holds %3 bytes, not %4.").arg(seq).arg(key).arg(data.size()).arg(wanted));
        auto held = m_repository.evidenceChunks(upload.itemId);
        if (!held)
            return internal();
        if (std::binary_search(held->begin(), held->end(), seq)) {
            // A retry whose answer was lost: the same bytes are answered as held, other bytes refused.
            auto stored = m_repository.evidenceChunk(upload.itemId, seq);
            if (!stored)
                return internal();
            if (Digest::sha256(*stored) != received)
                return refusal(422, "invalid_chunk",
                               tr("Chunk %1 of upload %2 is held already, with other content.").arg(seq).arg(key));
            return describe(upload);
        }
        if (auto status = m_repository.saveEvidenceChunk(upload.itemId, seq, data); !status)
            return internal();
        keep = true;
        if (qint64(held->size()) + 1 == item->chunkCount)
            return complete(supervisor, upload);
        return describe(upload);
    }();
    if (!keep || answer.status == 500) {
        m_repository.rollback();
        return answer;
    }
    if (auto status = m_repository.commit(); !status) {
        m_repository.rollback();
        return internal();
    }
    // Kept, not answered yet: a console cut off here asks which chunks are held, and does not send this one again.
    CrashPoint::reached("central.evidence-chunk-committed");
    return answer;
}

} // namespace custodian
