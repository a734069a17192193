#include "SyncBench.h"

#include "BenchCommandLine.h"
#include "EventLoopProbe.h"
#include "IngestBench.h"

#include "crypto/RecoveryCode.h"
#include "store/Store.h"
#include "store/SyncSettingsRepository.h"
#include "support/CentralProcess.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace custodian::bench {

namespace {
void printErr(const QString& text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Round
{
    double eventsPerSecond = 0;
    double syncSeconds = 0;
    double recordsPerSecond = 0;
    double maxStallMs = 0;
    qint64 events = 0;
};

Result<Round> runRound(const QString& directory, int round, const test::CentralProcess& central, bool cbor)
{
    const QString path = QDir(directory).filePath(QStringLiteral("console-%1.custodian").arg(round));
    // Cheap key derivation: the unlock is not what is measured.
    auto store = Store::create(path, "bench passphrase", RecoveryCode::generate(), Scrypt::Parameters { 14, 8, 1 });
    if (!store)
        return store.error();
    SyncSettings settings;
    settings.serverUrl = central.url();
    settings.caPem = readAll(central.tlsFile(QStringLiteral("ca.pem")));
    settings.token = SecureBuffer::copyOf(readAll(central.tokenFile(central.supervisors().front())).trimmed());
    settings.intervalSeconds = SyncSettings::MaxIntervalSeconds; // one run
    if (auto saved = SyncSettingsRepository(store->database()).save(settings, QStringLiteral("bench")); !saved)
        return saved.error();

    EventLoopProbe probe;
    SyncService service;
    std::optional<SyncEngine::Report> report;
    QEventLoop loop;
    QObject::connect(&service, &SyncService::runReported, &loop, [&](const SyncEngine::Report& finished) {
        report = finished;
        loop.quit();
    });
    probe.setPhase(QStringLiteral("sync"));
    probe.start();
    SyncEngine::Options options;
    options.preferCbor = cbor;
    service.setEngineOptions(options);
    if (auto started = service.start(*store); !started)
        return started.error();
    QTimer::singleShot(60 * 60 * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    service.stop();
    if (!report)
        return Error(Error::Code::Cancelled, QStringLiteral("the sync did not finish within an hour"));
    if (report->error)
        return Error(report->error->code(), QStringLiteral("the sync failed: ") + report->error->message());
    auto count = store->database().queryInt(QStringLiteral("SELECT count(*) FROM access_event"));
    if (!count)
        return count.error();
    if (*count != report->eventsPulled)
        return Error(Error::Code::Database,
                     QStringLiteral("pulled %1 events but the store holds %2").arg(report->eventsPulled).arg(*count));
    Round result;
    result.events = report->eventsPulled;
    result.eventsPerSecond = double(report->eventsPulled) * 1000.0 / double(std::max<qint64>(report->eventsMs, 1));
    result.syncSeconds = double(report->durationMs) / 1000.0;
    result.recordsPerSecond = double(report->pulled.value(QStringLiteral("records"))) * 1000.0
        / double(std::max<qint64>(report->streamMs.value(QStringLiteral("records")), 1));
    result.maxStallMs = probe.maxStallMs();
    store->lock();
    for (const QString& suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keyring") })
        QFile::remove(path + suffix);
    return result;
}
} // namespace

int SyncBench::run(const QStringList& arguments)
{
    BenchCommandLine parser(
        QStringLiteral(
            "Starts custodian-central with N demo access events and pulls them over loopback HTTPS into a fresh "
            "encrypted store through the console's SyncService, measuring the pull rate and the GUI thread's longest "
            "stall."),
        BenchCommandLine::Help::Plain);
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Demo events (default 1000000)."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Pulls into fresh stores (default 3; medians)."),
                                          QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption dirOption = BenchCommandLine::storesDirectoryOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("Wire format the console asks for: cbor (default) or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("cbor"));
    if (auto exit = parser.parse(arguments, { eventsOption, roundsOption, dirOption, jsonOption, formatOption }))
        return *exit;
    const std::optional<qint64> eventsGiven = parser.number(eventsOption, 1000, 10'000'000);
    if (!eventsGiven)
        return 2;
    const qint64 events = *eventsGiven;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("cbor") && format != QLatin1String("json")) {
        printErr(QStringLiteral("--format must be cbor or json."));
        return 2;
    }
    const bool cbor = format == QLatin1String("cbor");
    const std::optional<qint64> roundsGiven = parser.number(roundsOption, 1, 20);
    if (!roundsGiven)
        return 2;
    const int rounds = int(*roundsGiven);
    QTemporaryDir temporary(parser.isSet(dirOption)
                                ? QDir(parser.value(dirOption)).filePath(QStringLiteral("sync-XXXXXX"))
                                : QDir::tempPath() + QStringLiteral("/custodian-sync-bench-XXXXXX"));
    if (!temporary.isValid()) {
        printErr(QStringLiteral("Cannot create a temporary directory."));
        return 1;
    }
    test::CentralProcess central;
    printErr(QStringLiteral("custodian-bench sync: seeding custodian-central with %1 events ...").arg(events));
    if (QString problem = central.initialise(temporary.filePath(QStringLiteral("central")), events);
        !problem.isEmpty()) {
        printErr(problem);
        return 1;
    }
    if (QString problem = central.start(); !problem.isEmpty()) {
        printErr(problem);
        return 1;
    }
    std::vector<double> rates;
    std::vector<double> durations;
    std::vector<double> recordRates;
    std::vector<double> stalls;
    QJsonArray runs;
    for (int round = 0; round < rounds; ++round) {
        auto result = runRound(temporary.path(), round, central, cbor);
        if (!result) {
            printErr(QStringLiteral("round %1: %2").arg(round + 1).arg(result.error().message()));
            return 1;
        }
        rates.push_back(result->eventsPerSecond);
        durations.push_back(result->syncSeconds);
        recordRates.push_back(result->recordsPerSecond);
        stalls.push_back(result->maxStallMs);
        runs.append(QJsonObject { { QStringLiteral("pull_events_per_s"), qRound64(result->eventsPerSecond) },
                                  { QStringLiteral("sync_s"), result->syncSeconds },
                                  { QStringLiteral("max_stall_ms"), result->maxStallMs } });
        printErr(QStringLiteral("round %1: %2 events/s, whole sync %3 s, max stall %4 ms")
                     .arg(round + 1)
                     .arg(qRound64(result->eventsPerSecond))
                     .arg(result->syncSeconds, 0, 'f', 1)
                     .arg(result->maxStallMs, 0, 'f', 1));
    }
    central.stop();
    const double baseline = IngestBench::keyedEventsPerSecond(events, 100'000, temporary.path());
    const double rate = median(rates);
    const QJsonObject summary {
        { QStringLiteral("events"), events },
        { QStringLiteral("rounds"), rounds },
        { QStringLiteral("format"), format },
        { QStringLiteral("pull_events_per_s"), qRound64(rate) },
        { QStringLiteral("sync_s"), median(durations) },
        { QStringLiteral("records_per_s"), qRound64(median(recordRates)) },
        { QStringLiteral("max_stall_ms"), *std::max_element(stalls.begin(), stalls.end()) },
        { QStringLiteral("median_stall_ms"), median(stalls) },
        { QStringLiteral("baseline_writer_events_per_s"), qRound64(baseline) },
        { QStringLiteral("ratio_to_baseline"), baseline > 0 ? qRound(rate / baseline * 1000) / 1000.0 : 0 },
        { QStringLiteral("runs"), runs },
    };
    if (parser.isSet(jsonOption)) {
        std::printf("%s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf("pull: %lld events/s (median of %d), whole sync %.1f s, GUI thread max stall %.1f ms; local writer "
                    "baseline %lld events/s\n",
                    static_cast<long long>(qRound64(rate)), rounds, median(durations),
                    *std::max_element(stalls.begin(), stalls.end()), static_cast<long long>(qRound64(baseline)));
    }
    return 0;
}

} // namespace custodian::bench
