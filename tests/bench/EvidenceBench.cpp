#include "EvidenceBench.h"

#include "BenchSupport.h"

#include "store/Database.h"
#include "store/EvidenceRegister.h"
#include "store/EvidenceSettings.h"
#include "store/Transaction.h"
#include "support/TestStore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

namespace custodian::bench {

namespace {
constexpr qint64 IncidentId = 1;
constexpr double Mb = 1e6; // MB/s in decimal megabytes, as sha256sum's neighbours (dd, pv) report them

// A file of random bytes (incompressible, like a recording), written in pieces.
bool writeRandomFile(const QString& path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator generator(20261207);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < size;) {
        generator.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        const qint64 n = std::min<qint64>(block.size(), size - written);
        if (file.write(block.constData(), n) != n)
            return false;
        written += n;
    }
    return file.flush();
}

// The ceiling for hashing: coreutils' sha256sum over the same file. Seconds, or -1.
double timeSha256sum(const QString& path)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/usr/bin/sha256sum"), { path });
    if (!process.waitForFinished(120'000) || process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

// The store's own write rate: the file's bytes as chunk rows of the same size in one transaction, without hashing,
// custody or audit. Seconds, or -1.
double timeRawWrite(Database& database, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QElapsedTimer timer;
    timer.start();
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return -1;
    if (!database.exec(QStringLiteral("INSERT INTO evidence_item (incident_id, file_name, media_type, size, sha256, "
                                      "chunk_size, chunk_count, added_by, added_at) VALUES (%1, 'raw.bin', "
                                      "'application/octet-stream', 0, zeroblob(32), %2, 0, 'bench', 0)")
                           .arg(IncidentId)
                           .arg(EvidenceRegister::ChunkSize)))
        return -1;
    const qint64 itemId = database.lastInsertRowId();
    auto insert = database.prepare(QStringLiteral("INSERT INTO evidence_chunk (item_id, seq, data) VALUES (?, ?, ?)"));
    if (!insert)
        return -1;
    QByteArray buffer(EvidenceRegister::ChunkSize, Qt::Uninitialized);
    for (qint64 seq = 0;; ++seq) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        insert->reset();
        insert->bind(1, itemId).bind(2, seq).bindBlob(3, QByteArrayView(buffer.constData(), got));
        if (!insert->run())
            return -1;
    }
    if (!transaction->commit())
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

double timeAdd(Database& database, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QElapsedTimer timer;
    timer.start();
    auto added = EvidenceRegister::add(
        database, { IncidentId, QStringLiteral("recording.wav"), QStringLiteral("audio/wav"), QString() }, file,
        QStringLiteral("bench"));
    if (!added) {
        std::fprintf(stderr, "%s\n", added.error().message().toLocal8Bit().constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

// Keeps the store the same size from round to round.
bool clearEvidence(Database& database)
{
    // Each add queues the item's upload to the central service (schema 22), which refers to the item: it goes first.
    auto cleared = database.exec(QStringLiteral("DELETE FROM evidence_upload; DELETE FROM evidence_chunk; "
                                                "DELETE FROM evidence_custody; DELETE FROM evidence_item;"));
    if (!cleared)
        std::fprintf(stderr, "cannot clear the evidence: %s\n", qPrintable(cleared.error().message()));
    return cleared.ok();
}
} // namespace

int EvidenceBench::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Evidence register: adding a large file against sha256sum and the "
                                                    "store's raw write rate."));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size-mb"), QStringLiteral("File size in MB (default 50)."),
                                        QStringLiteral("MB"), QStringLiteral("50"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds (default 5)."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOptions({ sizeOption, roundsOption, json });
    QStringList full = arguments;
    full[0] = QStringLiteral("custodian-bench evidence");
    parser.process(full);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    const auto result = measure(std::max(1.0, parser.value(sizeOption).toDouble()), rounds);
    if (!result)
        return 1;
    const double addRate = result->value(QStringLiteral("evidence_add_mb_per_s")).toDouble();
    const double sumRate = result->value(QStringLiteral("sha256sum_mb_per_s")).toDouble();
    const double rawRate = result->value(QStringLiteral("store_raw_write_mb_per_s")).toDouble();
    const double size = result->value(QStringLiteral("file_mb")).toDouble() * Mb;
    if (parser.isSet(json))
        std::printf("%s\n", QJsonDocument(*result).toJson(QJsonDocument::Compact).constData());
    else
        std::printf("evidence add %.0f MB/s (sha256sum %.0f MB/s, store raw write %.0f MB/s), %.0f MB file, median of "
                    "%d\n",
                    addRate, sumRate, rawRate, double(size) / Mb, rounds);
    return 0;
}

std::optional<QJsonObject> EvidenceBench::measure(double megabytes, int rounds)
{
    const qint64 size = qint64(megabytes * Mb);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("evidence.bin"));
    if (!dir.isValid() || !writeRandomFile(path, size)) {
        std::fprintf(stderr, "cannot write the test file in %s\n", qPrintable(dir.path()));
        return std::nullopt;
    }
    // A real store (real SQLCipher, real schema and audit chain); only its key derivation is cheap.
    test::TestStore store;
    if (!store.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return std::nullopt;
    }
    Database& database = store.store().database();
    if (!database.exec(
            QStringLiteral("INSERT INTO incident (id, reference, title, severity, category, phase, "
                           "opened_at, detected_at) VALUES (%1, 'INC-BENCH', 'bench', 3, 'vishing', 2, 0, 0)")
                .arg(IncidentId))
        || !EvidenceSettings::setMaxBytes(database, EvidenceSettings::HighestMaxBytes, QStringLiteral("bench"))) {
        std::fprintf(stderr, "cannot prepare the store\n");
        return std::nullopt;
    }
    timeSha256sum(path); // the file into the page cache, so every measure reads it from memory

    std::vector<double> add, sum, raw;
    for (int round = 0; round < rounds; ++round) {
        const double s = timeSha256sum(path);
        const double w = timeRawWrite(database, path);
        if (!clearEvidence(database))
            return std::nullopt;
        const double a = timeAdd(database, path);
        if (!clearEvidence(database))
            return std::nullopt;
        if (s < 0 || w < 0 || a < 0) {
            std::fprintf(stderr, "round %d failed (sha256sum %.3f s, raw write %.3f s, add %.3f s)\n", round, s, w, a);
            return std::nullopt;
        }
        sum.push_back(double(size) / Mb / s);
        raw.push_back(double(size) / Mb / w);
        add.push_back(double(size) / Mb / a);
    }
    const double addRate = median(add);
    return QJsonObject {
        { QStringLiteral("file_mb"), double(size) / Mb },
        { QStringLiteral("rounds"), rounds },
        { QStringLiteral("chunk_bytes"), EvidenceRegister::ChunkSize },
        { QStringLiteral("evidence_add_mb_per_s"), addRate },
        { QStringLiteral("sha256sum_mb_per_s"), median(sum) },
        { QStringLiteral("store_raw_write_mb_per_s"), median(raw) },
        { QStringLiteral("evidence_add_ms"), double(size) / Mb / addRate * 1000.0 },
    };
}

} // namespace custodian::bench
