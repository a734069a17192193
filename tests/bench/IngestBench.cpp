#include "IngestBench.h"

#include "BenchCommandLine.h"
#include "BenchStore.h"
#include "SyntheticEvents.h"

#include "rules/AccessEventIngest.h"
#include "store/AccessEventWriter.h"
#include "store/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>

namespace custodian::bench {

namespace {
void printErr(const QString& text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

// Process CPU time: unlike wall time it does not count the time other processes took the cores from us.
qint64 cpuNanoseconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

struct Rate
{
    double wall = 0; // events per wall-clock second: the number the targets are about
    double cpu = 0; // events per CPU second of this process: less noisy on a shared machine
    int pagesWritten = 0; // pages the pager wrote (to the WAL): each one encrypted in the keyed store
    int pagesRead = 0; // cache misses: each one decrypted in the keyed store
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Settings
{
    int cacheKiB = 64 * 1024;
    int walAutocheckpoint = -1; // -1: the library default (1000 pages)
    bool foreignKeys = true; // as the product runs (Database::configure turns them on)
    QStringList extraSql; // investigation only: statements run on each fresh store before timing
    bool detections = false; // ingest through AccessEventIngest (writer + detections), as the product does
};

// One kind's fresh store for one round, timed batch by batch so that two of them can take turns.
struct RoundStore
{
    RoundStore(BenchStore::Kind storeKind, QString storePath, Database&& opened, bool detections)
        : kind(storeKind)
        , path(std::move(storePath))
        , database(std::move(opened))
        , writer(database)
    {
        if (detections)
            ingest.emplace(database);
    }

    BenchStore::Kind kind;
    QString path;
    Database database;
    AccessEventWriter writer;
    std::optional<AccessEventIngest> ingest;
    qint64 written = 0;
    qint64 elapsedNs = 0;
    qint64 cpuNs = 0;
};

Result<std::unique_ptr<RoundStore>> openRoundStore(const QString& directory, int round, BenchStore::Kind kind,
                                                   const SyntheticEvents& events, const Settings& settings)
{
    const QString path = QDir(directory).filePath(QStringLiteral("%1-%2.db").arg(BenchStore::name(kind)).arg(round));
    auto database = BenchStore::create(path, kind, events.shape(), settings.cacheKiB, settings.detections);
    if (!database)
        return database.error();
    if (settings.walAutocheckpoint >= 0) {
        if (auto status
            = database->exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(settings.walAutocheckpoint));
            !status)
            return status.error();
    }
    if (!settings.foreignKeys) {
        if (auto status = database->exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !status)
            return status.error();
    }
    for (const QString& sql : settings.extraSql) {
        if (auto status = database->exec(sql); !status)
            return status.error();
    }
    return std::make_unique<RoundStore>(kind, path, std::move(*database), settings.detections);
}

// Times `work` into the store's wall and CPU totals.
template <typename Work> Status timed(RoundStore& store, Work work)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = cpuNanoseconds();
    Status status = work();
    store.elapsedNs += timer.nsecsElapsed();
    store.cpuNs += cpuNanoseconds() - cpuStart;
    return status;
}

// One transaction, as the product's bulk ingest commits.
Status ingestBatch(RoundStore& store, const std::vector<AccessEvent>& batch)
{
    return timed(store, [&]() -> Status {
        auto transaction = Transaction::begin(store.database);
        if (!transaction)
            return transaction.error();
        if (store.ingest) {
            auto ingested = store.ingest->ingest(batch);
            if (!ingested)
                return ingested.error();
            store.written += ingested->inserted;
        } else {
            auto inserted = store.writer.write(batch);
            if (!inserted)
                return inserted.error();
            store.written += *inserted;
        }
        return transaction->commit();
    });
}

// The checkpoint into the main file counts too; then the rates, and the store is removed.
Result<Rate> finishRound(std::unique_ptr<RoundStore> store, qint64 expected)
{
    if (auto status
        = timed(*store, [&] { return store->database.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); });
        !status)
        return status.error();
    if (store->written != expected)
        return Error(Error::Code::Database, QStringLiteral("wrote %1 of %2 events").arg(store->written).arg(expected));
    Rate rate;
    rate.wall = double(store->written) * 1e9 / double(std::max<qint64>(store->elapsedNs, 1));
    rate.cpu = double(store->written) * 1e9 / double(std::max<qint64>(store->cpuNs, 1));
    int current = 0;
    int highwater = 0;
    sqlite3_db_status(store->database.handle(), SQLITE_DBSTATUS_CACHE_WRITE, &current, &highwater, 0);
    rate.pagesWritten = current;
    sqlite3_db_status(store->database.handle(), SQLITE_DBSTATUS_CACHE_MISS, &current, &highwater, 0);
    rate.pagesRead = current;
    const QString path = store->path;
    store.reset();
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    return rate;
}

// One round of one kind alone: a fresh store, all batches, then the checkpoint.
Result<Rate> runRound(const QString& directory, int round, BenchStore::Kind kind, const SyntheticEvents& events,
                      const Settings& settings)
{
    auto store = openRoundStore(directory, round, kind, events, settings);
    if (!store)
        return store.error();
    for (const auto& batch : events.batches()) {
        if (auto status = ingestBatch(**store, batch); !status)
            return status.error();
    }
    return finishRound(std::move(*store), events.shape().events);
}

// One round of both kinds taking turns batch by batch (the first alternating), so that both see the same
// moments of a machine whose speed drifts by the second; each store's own batches and checkpoint are timed.
Result<std::pair<Rate, Rate>> runPairedRound(const QString& directory, int round, const SyntheticEvents& events,
                                             const Settings& settings)
{
    auto keyed = openRoundStore(directory, round, BenchStore::Kind::Keyed, events, settings);
    if (!keyed)
        return keyed.error();
    auto unkeyed = openRoundStore(directory, round, BenchStore::Kind::Unkeyed, events, settings);
    if (!unkeyed)
        return unkeyed.error();
    int turn = round;
    for (const auto& batch : events.batches()) {
        RoundStore* order[2] = { keyed->get(), unkeyed->get() };
        if (turn++ % 2)
            std::swap(order[0], order[1]);
        for (RoundStore* store : order) {
            if (auto status = ingestBatch(*store, batch); !status)
                return status.error();
        }
    }
    const bool keyedFirst = round % 2 == 0;
    auto first = finishRound(std::move(keyedFirst ? *keyed : *unkeyed), events.shape().events);
    if (!first)
        return first.error();
    auto second = finishRound(std::move(keyedFirst ? *unkeyed : *keyed), events.shape().events);
    if (!second)
        return second.error();
    return keyedFirst ? std::pair { *first, *second } : std::pair { *second, *first };
}
} // namespace

double IngestBench::keyedEventsPerSecond(qint64 events, qint64 batch, const QString& directory)
{
    const SyntheticEvents synthetic(SyntheticEvents::shapeFor(events), batch);
    auto rate = runRound(directory, 0, BenchStore::Kind::Keyed, synthetic, Settings());
    return rate ? rate->wall : 0;
}

int IngestBench::run(const QStringList& arguments)
{
    BenchCommandLine parser(
        QStringLiteral(
            "Times AccessEventWriter ingesting N synthetic access events into a keyed SQLCipher store and into the "
            "same library without a key (fresh stores, alternating, medians of R rounds)."),
        BenchCommandLine::Help::Plain);
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Events per round (default 1000000)."), QStringLiteral("N"),
                                          QStringLiteral("1000000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Events per transaction (default 250000)."),
                                         QStringLiteral("B"), QStringLiteral("250000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds of each kind (default 3)."),
                                          QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache-kib"),
        QStringLiteral("Page cache per connection in KiB (default 65536, as the product)."), QStringLiteral("K"),
        QStringLiteral("65536"));
    const QCommandLineOption checkpointOption(
        QStringLiteral("wal-autocheckpoint"),
        QStringLiteral("PRAGMA wal_autocheckpoint in pages (default: library default)."), QStringLiteral("P"));
    const QCommandLineOption dirOption = BenchCommandLine::storesDirectoryOption();
    const QCommandLineOption foreignKeysOption(QStringLiteral("foreign-keys"),
                                               QStringLiteral("on (default, as the product) or off, for both stores."),
                                               QStringLiteral("on|off"), QStringLiteral("on"));
    const QCommandLineOption sqlOption(
        QStringLiteral("sql"), QStringLiteral("Run SQL on each fresh store before timing (investigation; repeatable)."),
        QStringLiteral("SQL"));
    const QCommandLineOption detectionsOption(
        QStringLiteral("detections"),
        QStringLiteral("Ingest through AccessEventIngest (writer + detections) in both stores, as the product does; "
                       "the stores get a role granting every data class and a PCI DSS pass per agent."));
    const QCommandLineOption kindsOption(
        QStringLiteral("kinds"), QStringLiteral("both (default), keyed or unkeyed: one kind alone, for a profiler."),
        QStringLiteral("K"), QStringLiteral("both"));
    const QCommandLineOption pairingOption(
        QStringLiteral("pairing"),
        QStringLiteral("batch (default): both stores open at once, taking turns batch by batch; round: one store "
                       "after the other, each with all its batches (the method before stop 22)."),
        QStringLiteral("P"), QStringLiteral("batch"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (auto exit
        = parser.parse(arguments,
                       { eventsOption, batchOption, roundsOption, cacheOption, checkpointOption, dirOption,
                         foreignKeysOption, sqlOption, detectionsOption, kindsOption, pairingOption, jsonOption }))
        return *exit;
    const std::optional<qint64> eventsGiven = parser.number(eventsOption, 1, 100'000'000);
    if (!eventsGiven)
        return 2;
    const qint64 count = *eventsGiven;
    bool ok = false;
    const qint64 batch = parser.value(batchOption).toLongLong(&ok);
    if (!ok || batch < 1) {
        printErr(QStringLiteral("--batch must be a positive number."));
        return 2;
    }
    const std::optional<qint64> roundsGiven = parser.number(roundsOption, 1, 50);
    if (!roundsGiven)
        return 2;
    const int rounds = int(*roundsGiven);
    Settings settings;
    settings.cacheKiB = parser.value(cacheOption).toInt(&ok);
    if (!ok || settings.cacheKiB < 1024) {
        printErr(QStringLiteral("--cache-kib must be at least 1024."));
        return 2;
    }
    if (parser.isSet(checkpointOption)) {
        settings.walAutocheckpoint = parser.value(checkpointOption).toInt(&ok);
        if (!ok || settings.walAutocheckpoint < 0) {
            printErr(QStringLiteral("--wal-autocheckpoint must be a non-negative number of pages."));
            return 2;
        }
    }
    const QString foreignKeys = parser.value(foreignKeysOption);
    if (foreignKeys != QLatin1String("on") && foreignKeys != QLatin1String("off")) {
        printErr(QStringLiteral("--foreign-keys must be on or off."));
        return 2;
    }
    settings.foreignKeys = foreignKeys == QLatin1String("on");
    settings.extraSql = parser.values(sqlOption);
    settings.detections = parser.isSet(detectionsOption);
    const QString kinds = parser.value(kindsOption);
    if (kinds != QLatin1String("both") && kinds != QLatin1String("keyed") && kinds != QLatin1String("unkeyed")) {
        printErr(QStringLiteral("--kinds must be both, keyed or unkeyed."));
        return 2;
    }
    const QString pairing = parser.value(pairingOption);
    if (pairing != QLatin1String("batch") && pairing != QLatin1String("round")) {
        printErr(QStringLiteral("--pairing must be batch or round."));
        return 2;
    }
    const bool pairedByBatch = pairing == QLatin1String("batch") && kinds == QLatin1String("both");
    const bool json = parser.isSet(jsonOption);

    QTemporaryDir temporary(parser.isSet(dirOption)
                                ? QDir(parser.value(dirOption)).filePath(QStringLiteral("bench-XXXXXX"))
                                : QDir::tempPath() + QStringLiteral("/custodian-bench-XXXXXX"));
    if (!temporary.isValid()) {
        printErr(QStringLiteral("Cannot create a temporary directory: %1").arg(temporary.errorString()));
        return 1;
    }
    const SyntheticEvents events(SyntheticEvents::shapeFor(count), batch);

    std::vector<double> keyed;
    std::vector<double> unkeyed;
    std::vector<double> keyedCpu;
    std::vector<double> unkeyedCpu;
    std::vector<double> keyedPages;
    std::vector<double> unkeyedPages;
    const auto record = [&](int round, BenchStore::Kind kind, const Rate& rate) {
        const bool isKeyed = kind == BenchStore::Kind::Keyed;
        (isKeyed ? keyed : unkeyed).push_back(rate.wall);
        (isKeyed ? keyedCpu : unkeyedCpu).push_back(rate.cpu);
        (isKeyed ? keyedPages : unkeyedPages).push_back(rate.pagesWritten);
        if (!json)
            printErr(QStringLiteral("round %1 %2: %3 events/s (%4 per CPU second); pages written %5, read %6")
                         .arg(round + 1)
                         .arg(BenchStore::name(kind))
                         .arg(rate.wall, 0, 'f', 0)
                         .arg(rate.cpu, 0, 'f', 0)
                         .arg(rate.pagesWritten)
                         .arg(rate.pagesRead));
    };
    for (int round = 0; round < rounds; ++round) {
        if (pairedByBatch) {
            auto rates = runPairedRound(temporary.path(), round, events, settings);
            if (!rates) {
                printErr(QStringLiteral("ingest failed: %1").arg(rates.error().message()));
                return 1;
            }
            record(round, BenchStore::Kind::Keyed, rates->first);
            record(round, BenchStore::Kind::Unkeyed, rates->second);
            continue;
        }
        // Alternate which kind goes first, so neither always runs on a warmer (or more fragmented) disk.
        const BenchStore::Kind order[2] = { round % 2 ? BenchStore::Kind::Unkeyed : BenchStore::Kind::Keyed,
                                            round % 2 ? BenchStore::Kind::Keyed : BenchStore::Kind::Unkeyed };
        for (BenchStore::Kind kind : order) {
            if (kinds != QLatin1String("both") && kinds != BenchStore::name(kind))
                continue;
            auto rate = runRound(temporary.path(), round, kind, events, settings);
            if (!rate) {
                printErr(QStringLiteral("ingest (%1) failed: %2").arg(BenchStore::name(kind), rate.error().message()));
                return 1;
            }
            record(round, kind, *rate);
        }
    }
    const double keyedRate = median(keyed);
    const double unkeyedRate = median(unkeyed);
    const double ratio = unkeyedRate > 0 ? keyedRate / unkeyedRate : 0;
    const double keyedCpuRate = median(keyedCpu);
    const double unkeyedCpuRate = median(unkeyedCpu);
    const double cpuRatio = unkeyedCpuRate > 0 ? keyedCpuRate / unkeyedCpuRate : 0;
    if (json) {
        QJsonArray keyedRuns;
        QJsonArray unkeyedRuns;
        for (double r : keyed)
            keyedRuns.append(qRound64(r));
        for (double r : unkeyed)
            unkeyedRuns.append(qRound64(r));
        // Each round's own keyed/unkeyed: with --pairing batch both were timed over the same seconds.
        QJsonArray roundRatios;
        for (std::size_t i = 0; i < std::min(keyed.size(), unkeyed.size()); ++i)
            roundRatios.append(unkeyed[i] > 0 ? qRound(keyed[i] / unkeyed[i] * 1000) / 1000.0 : 0);
        const QJsonObject object {
            { QStringLiteral("events"), count },
            { QStringLiteral("keyed_events_per_s"), qRound64(keyedRate) },
            { QStringLiteral("unkeyed_events_per_s"), qRound64(unkeyedRate) },
            { QStringLiteral("ratio"), qRound(ratio * 1000) / 1000.0 },
            { QStringLiteral("rounds"), rounds },
            { QStringLiteral("batch"), batch },
            { QStringLiteral("keyed_events_per_cpu_s"), qRound64(keyedCpuRate) },
            { QStringLiteral("unkeyed_events_per_cpu_s"), qRound64(unkeyedCpuRate) },
            { QStringLiteral("cpu_ratio"), qRound(cpuRatio * 1000) / 1000.0 },
            { QStringLiteral("cache_kib"), settings.cacheKiB },
            { QStringLiteral("foreign_keys"), settings.foreignKeys },
            { QStringLiteral("detections"), settings.detections },
            { QStringLiteral("pairing"), pairedByBatch ? QStringLiteral("batch") : QStringLiteral("round") },
            { QStringLiteral("keyed_pages_written"), qRound64(median(keyedPages)) },
            { QStringLiteral("unkeyed_pages_written"), qRound64(median(unkeyedPages)) },
            { QStringLiteral("keyed_runs"), keyedRuns },
            { QStringLiteral("unkeyed_runs"), unkeyedRuns },
            { QStringLiteral("round_ratios"), roundRatios },
        };
        std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf("ingest %lld events, batch %lld, %d rounds (medians): keyed %.0f events/s, unkeyed %.0f events/s, "
                    "ratio %.3f; per CPU second: keyed %.0f, unkeyed %.0f, ratio %.3f\n",
                    static_cast<long long>(count), static_cast<long long>(batch), rounds, keyedRate, unkeyedRate, ratio,
                    keyedCpuRate, unkeyedCpuRate, cpuRatio);
    }
    return 0;
}

} // namespace custodian::bench
