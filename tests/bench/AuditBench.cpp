#include "AuditBench.h"

#include "BenchCommandLine.h"
#include "BenchSupport.h"
#include "EventLoopProbe.h"
#include "crypto/RecoveryCode.h"
#include "demo/DemoGenerator.h"
#include "item/AccessEventModel.h"
#include "store/Store.h"
#include "ui/access/AccessPage.h"
#include "ui/access/AccessTimelineChart.h"
#include "ui/session/StoreSession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace custodian::bench {

namespace {
double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// VmHWM from /proc/self/status: the peak since it was last reset.
double highWaterMarkMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return peakRssMb();
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return peakRssMb();
}

void fail(const QString& message)
{
    std::fprintf(stderr, "custodian-bench audit: %s\n", message.toLocal8Bit().constData());
}

struct Picks
{
    qint64 agent = 0, team = 0, site = 0, workstation = 0, record = 0;
    QString surname;
    qint64 endMs = 0;
};

Result<Picks> pick(Store& store)
{
    Database& db = store.database();
    Picks p;
    auto maxId = db.queryInt(QStringLiteral("SELECT max(id) FROM access_event"));
    if (!maxId)
        return maxId.error();
    // An event a few days before the end of the log, with a record: its agent, team, site, workstation, record.
    auto statement = db.prepare(QStringLiteral(
        "SELECT e.agent_id, a.team_id, t.site_id, e.workstation_id, e.record_id, a.display_name, e.occurred_at "
        "FROM access_event e JOIN agent a ON a.id = e.agent_id JOIN team t ON t.id = a.team_id "
        "WHERE e.id < ? AND e.record_id IS NOT NULL AND e.workstation_id IS NOT NULL ORDER BY e.id DESC LIMIT 1"));
    if (!statement)
        return statement.error();
    statement->bind(1, *maxId - 3LL * 24 * 3'600'000 * 65'536);
    auto row = statement->step();
    if (!row || !*row)
        return Error(Error::Code::NotFound, QStringLiteral("The store has too few events to benchmark."));
    p.agent = statement->int64(0);
    p.team = statement->int64(1);
    p.site = statement->int64(2);
    p.workstation = statement->int64(3);
    p.record = statement->int64(4);
    p.surname = statement->text(5).section(QLatin1Char(' '), -1);
    p.endMs = (*maxId >> 16) + 1;
    return p;
}

std::vector<std::pair<QString, AccessFilter>> variedFilters(const Picks& p)
{
    using Preset = AccessFilter::TimePreset;
    std::vector<std::pair<QString, AccessFilter>> filters;
    const auto add = [&filters](const char* name, Preset preset, auto&& change) {
        AccessFilter f;
        f.preset = preset;
        change(f);
        filters.emplace_back(QString::fromLatin1(name), f);
    };
    add("7d", Preset::Last7Days, [](AccessFilter&) {});
    add("all", Preset::All, [](AccessFilter&) {});
    add("today", Preset::Today, [](AccessFilter&) {});
    add("shift", Preset::Shift, [](AccessFilter&) {});
    add("agent 7d", Preset::Last7Days, [&](AccessFilter& f) { f.agentIds = { p.agent }; });
    add("agent all", Preset::All, [&](AccessFilter& f) { f.agentIds = { p.agent }; });
    add("agent card all", Preset::All, [&](AccessFilter& f) {
        f.agentIds = { p.agent };
        f.dataClasses = { 2 };
    });
    add("team 7d", Preset::Last7Days, [&](AccessFilter& f) { f.teamIds = { p.team }; });
    add("team update voice 7d", Preset::Last7Days, [&](AccessFilter& f) {
        f.teamIds = { p.team };
        f.actions = { 3 };
        f.channels = { 1 };
    });
    add("site all", Preset::All, [&](AccessFilter& f) { f.siteIds = { p.site }; });
    add("site failed all", Preset::All, [&](AccessFilter& f) {
        f.siteIds = { p.site };
        f.outcomes = { 3 };
    });
    add("card 7d", Preset::Last7Days, [](AccessFilter& f) { f.dataClasses = { 2 }; });
    add("denied all", Preset::All, [](AccessFilter& f) { f.outcomes = { 2 }; });
    add("export all", Preset::All, [](AccessFilter& f) { f.actions = { 4 }; });
    add("email 7d", Preset::Last7Days, [](AccessFilter& f) { f.channels = { 3 }; });
    add("workstation all", Preset::All, [&](AccessFilter& f) { f.workstationIds = { p.workstation }; });
    add("record all", Preset::All, [&](AccessFilter& f) { f.recordIds = { p.record }; });
    add("off-hours findings all", Preset::All, [](AccessFilter& f) { f.findingKinds = { 1 }; });
    add("bulk findings 7d", Preset::Last7Days, [](AccessFilter& f) { f.findingKinds = { 2 }; });
    add("one day custom", Preset::Custom, [&](AccessFilter& f) {
        f.fromMs = p.endMs - 4LL * 24 * 3'600'000;
        f.toMs = p.endMs - 3LL * 24 * 3'600'000;
    });
    add("surname text 7d", Preset::Last7Days, [&](AccessFilter& f) { f.text = p.surname; });
    return filters;
}
} // namespace

int AuditBench::seed(const QStringList& arguments)
{
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: custodian-bench audit-seed PATH EVENTS\n");
        return 2;
    }
    auto created = Store::create(arguments.at(1), qgetenv("CUSTODIAN_PASSPHRASE"), RecoveryCode::generate());
    if (!created)
        return fail(created.error().message()), 1;
    DemoGenerator::Options options;
    options.events = arguments.at(2).toLongLong();
    if (auto seeded = DemoGenerator::generate(*created, options); !seeded)
        return fail(seeded.error().message()), 1;
    return 0;
}

int AuditBench::run(const QStringList& arguments)
{
    BenchCommandLine parser(
        QStringLiteral("Drives the access page offscreen on an N-event demo store and prints its response times."));
    const QCommandLineOption events = BenchCommandLine::seedEventsOption();
    const QCommandLineOption storeOption = BenchCommandLine::demoStoreOption();
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Rounds of each measurement (default 3)."),
                                  QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (auto exit = parser.parse(arguments, { events, storeOption, runs, json }))
        return *exit;

    const QByteArray passphrase = bench::passphrase();
    QTemporaryDir temporary;
    const std::optional<QString> seeded = parser.demoStore(storeOption, events, temporary);
    if (!seeded)
        return fail(QStringLiteral("seeding the store failed")), 1;
    const QString path = *seeded;

    StoreSession session(path);
    session.unlock(SecureBuffer::copyOf(passphrase));
    if (!session.isUnlocked() && !waitFor(&session, &StoreSession::unlocked))
        return fail(QStringLiteral("the store did not unlock")), 1;
    // The unlock's key derivation (scrypt, 256 MiB) sets the process's peak; reset the peak so that what follows
    // measures the page itself (Linux: writing 5 to clear_refs resets VmHWM).
    const double unlockPeakMb = peakRssMb();
    if (QFile clear(QStringLiteral("/proc/self/clear_refs")); clear.open(QIODevice::WriteOnly))
        clear.write("5");
    auto picks = pick(*session.store());
    if (!picks)
        return fail(picks.error().message()), 1;
    const qint64 totalEvents
        = *session.store()->database().queryInt(QStringLiteral("SELECT count(*) FROM access_event"));

    const int rounds = std::max(1, parser.value(runs).toInt());
    std::vector<double> firstRows, filterTimes, jumpEnd, chartTimes, ftsTimes;
    EventLoopProbe probe;
    double maxStall = 0;

    for (int round = 0; round < rounds; ++round) {
        // Page open → first rows painted.
        QElapsedTimer open;
        open.start();
        auto page = std::make_unique<AccessPage>(&session, QStringLiteral("bench"));
        page->resize(1400, 900);
        page->show();
        if (!waitFor(page.get(), &AccessPage::firstRowsShown))
            return fail(QStringLiteral("the page showed no rows")), 1;
        firstRows.push_back(double(open.nsecsElapsed()) / 1e6);
        page->model()->setClock([end = picks->endMs] { return end; });
        pump(50);

        probe.start();
        probe.reset();
        // Filter changes → first rows.
        for (const auto& [name, filter] : variedFilters(*picks)) {
            probe.setPhase(QStringLiteral("filter ") + name);
            QElapsedTimer timer;
            timer.start();
            page->setFilter(filter);
            if (!waitFor(page.get(), &AccessPage::firstRowsShown))
                return fail(QStringLiteral("filter \"%1\" showed nothing").arg(name)), 1;
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            filterTimes.push_back(ms);
            if (!parser.isSet(json))
                std::fprintf(stderr, "  filter %-24s %7.1f ms, %d rows in window\n", name.toLocal8Bit().constData(), ms,
                             page->model()->rowCount());
            pump(20);
        }
        // Full-text search over everything.
        {
            AccessFilter filter;
            filter.preset = AccessFilter::TimePreset::All;
            filter.text = picks->surname;
            probe.setPhase(QStringLiteral("full text"));
            QElapsedTimer timer;
            timer.start();
            page->setFilter(filter);
            if (!waitFor(page.get(), &AccessPage::firstRowsShown))
                return fail(QStringLiteral("the full-text search showed nothing")), 1;
            ftsTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        // All events: jump to the end, the chart, then scroll like a supervisor reading the log.
        probe.setPhase(QStringLiteral("all events, chart, jump to end"));
        AccessFilter all;
        all.preset = AccessFilter::TimePreset::All;
        page->setFilter(all);
        if (!waitFor(page.get(), &AccessPage::firstRowsShown))
            return fail(QStringLiteral("no rows for all events")), 1;
        if (!waitFor(page->chart(), &AccessTimelineChart::loaded, 10'000) && chartTimes.empty())
            std::fprintf(stderr, "  (chart did not report)\n");
        {
            QElapsedTimer timer;
            timer.start();
            page->chart()->setQuery(*page->model()->query());
            if (waitFor(page->chart(), &AccessTimelineChart::loaded))
                chartTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        {
            QElapsedTimer timer;
            timer.start();
            page->model()->jumpToEnd();
            if (!waitFor(page.get(), &AccessPage::firstRowsShown))
                return fail(QStringLiteral("jump to end showed nothing")), 1;
            jumpEnd.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        probe.setPhase(QStringLiteral("jump to start"));
        page->model()->jumpToStart();
        waitFor(page.get(), &AccessPage::firstRowsShown);
        probe.setPhase(QStringLiteral("scrolling"));
        QScrollBar* bar = page->table()->verticalScrollBar();
        for (int step = 0; step < 400; ++step) {
            bar->setValue(bar->value() + (step % 50 == 49 ? 40 : 3)); // wheel notches, now and then a page
            pump(8);
        }
        maxStall = std::max(maxStall, probe.maxStallMs());
        probe.stop();
        page.reset();
        pump(20);
    }

    const QJsonObject result {
        { QStringLiteral("events"), totalEvents },
        { QStringLiteral("rounds"), rounds },
        { QStringLiteral("first_rows_ms"), median(firstRows) },
        { QStringLiteral("filter_p95_ms"), percentile(filterTimes, 0.95) },
        { QStringLiteral("filter_median_ms"), median(filterTimes) },
        { QStringLiteral("jump_end_ms"), median(jumpEnd) },
        { QStringLiteral("chart_ms"), median(chartTimes) },
        { QStringLiteral("fts_ms"), median(ftsTimes) },
        { QStringLiteral("peak_rss_mb"), highWaterMarkMb() },
        { QStringLiteral("unlock_peak_rss_mb"), unlockPeakMb },
        { QStringLiteral("max_stall_ms"), maxStall },
    };
    if (parser.isSet(json)) {
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    }
    session.lock(StoreSession::LockReason::Shutdown);
    return 0;
}

} // namespace custodian::bench
