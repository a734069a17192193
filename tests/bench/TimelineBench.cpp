#include "TimelineBench.h"

#include "BenchCommandLine.h"
#include "store/AccessByAgentReader.h"
#include "store/AccessEventRepository.h"
#include "store/AccessTimelineRepository.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace custodian::bench {

namespace {
using Source = AccessTimelineRepository::Source;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

QString sourceNames(const QList<Source>& sources)
{
    QStringList names;
    for (Source source : sources) {
        switch (source) {
        case Source::Nothing:
            names << QStringLiteral("nothing");
            break;
        case Source::HourlyTotal:
            names << QStringLiteral("access_hourly_total");
            break;
        case Source::HourlyTeam:
            names << QStringLiteral("access_hourly_team");
            break;
        case Source::HourlyScan:
            names << QStringLiteral("access_hourly scan");
            break;
        case Source::AgentIndex:
            names << QStringLiteral("agent index");
            break;
        case Source::Events:
            names << QStringLiteral("access_event");
            break;
        }
    }
    return names.join(QLatin1String(" + "));
}

struct Case
{
    QString name;
    AccessFilter filter;
};

// The filters, with ids taken from the store so that the same command works on any demo store.
Result<std::vector<Case>> cases(Database& database)
{
    const auto value = [&database](const char* sql) { return database.queryInt(QString::fromLatin1(sql)); };
    auto team = value("SELECT team_id FROM agent GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1");
    auto site = value("SELECT t.site_id FROM agent a JOIN team t ON t.id = a.team_id GROUP BY 1 ORDER BY count(*) "
                      "DESC, 1 LIMIT 1");
    auto agent = value("SELECT min(agent_id) FROM access_daily_agent");
    auto agents = value("SELECT count(*) FROM agent");
    auto workstation = value("SELECT min(workstation_id) FROM agent_workstation");
    auto siteName = database.queryText(QStringLiteral("SELECT name FROM site ORDER BY id LIMIT 1"));
    for (const auto* result : { &team, &site, &agent, &agents, &workstation }) {
        if (!*result)
            return result->error();
    }
    if (!siteName)
        return siteName.error();

    AccessFilter all;
    all.preset = AccessFilter::TimePreset::All;
    const auto spread = [&](qint64 count) {
        QList<qint64> ids;
        const qint64 step = std::max<qint64>(1, *agents / count);
        for (qint64 id = 1; id <= *agents && ids.size() < count; id += step)
            ids << id;
        return ids;
    };
    std::vector<Case> out;
    const auto add = [&out](const char* name, AccessFilter filter) {
        out.push_back({ QString::fromLatin1(name), filter });
    };
    add("all: no filter", all);
    AccessFilter f = all;
    f.dataClasses = { 2 };
    f.outcomes = { 2, 3 };
    add("all: data class + outcome", f);
    f = all;
    f.agentIds = { *agent };
    add("all: one agent", f);
    f = all;
    f.teamIds = { *team };
    add("all: largest team", f);
    f = all;
    f.siteIds = { *site };
    add("all: largest site", f);
    f.dataClasses = { 1 };
    add("all: largest site + data class", f);
    f = all;
    f.text = *siteName;
    add("all: search for a site's name", f);
    f = all;
    f.agentIds = spread(64);
    add("all: 64 agents", f);
    f.outcomes = { 2 };
    add("all: 64 agents + outcome", f);
    f = all;
    f.agentIds = spread(std::min<qint64>(1000, *agents * 2 / 5));
    f.outcomes = { 2 };
    add("all: 40 % of agents + outcome", f);
    f = all;
    f.actions = { 1 };
    add("all: action", f);
    f.agentIds = { *agent, *agent + 1 };
    add("all: action, two agents", f);
    f = all;
    f.actions = { 1 };
    f.teamIds = { *team };
    add("all: action, largest team", f);
    f = all;
    f.workstationIds = { *workstation };
    add("all: one workstation", f);
    AccessFilter week;
    week.preset = AccessFilter::TimePreset::Last7Days;
    add("7 days: no filter", week);
    week.actions = { 1 };
    add("7 days: action", week);
    week.agentIds = { *agent, *agent + 1 };
    add("7 days: action, two agents", week);
    AccessFilter shift;
    shift.preset = AccessFilter::TimePreset::Shift;
    add("shift: no filter", shift);
    shift.channels = { 2 };
    add("shift: channel", shift);
    return out;
}
} // namespace

int TimelineBench::run(const QStringList& arguments)
{
    BenchCommandLine parser(
        QStringLiteral("Times the events-over-time chart's counting for a set of filters on an existing store."));
    const QCommandLineOption store = BenchCommandLine::existingStoreOption();
    const QCommandLineOption passphraseFile = BenchCommandLine::passphraseFileOption();
    const QCommandLineOption width(QStringLiteral("width"),
                                   QStringLiteral("Plot width in pixels: at most one bucket per pixel (default 1200)."),
                                   QStringLiteral("PX"), QStringLiteral("1200"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("Loads per filter after the first (default 3)."),
                                    QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption byAgent(QStringLiteral("by-agent"),
                                     QStringLiteral("Time the access page's \"Group by agent\" (AccessByAgentReader) "
                                                    "for the same filters instead of the chart."));
    if (auto exit = parser.parse(arguments, { store, passphraseFile, width, rounds, json, byAgent }))
        return *exit;
    const std::optional<QString> path = parser.existingStore(store);
    if (!path)
        return 2;
    const std::optional<QByteArray> passphrase = parser.passphrase(passphraseFile);
    if (!passphrase)
        return 1;
    auto unlocked = Store::unlock(*path, *passphrase);
    if (!unlocked) {
        std::fprintf(stderr, "%s\n", unlocked.error().message().toLocal8Bit().constData());
        return 1;
    }
    // "Now" is the end of the log, so that the presets have events whenever the store was seeded.
    auto lastHour
        = unlocked->database().queryInt(QStringLiteral("SELECT coalesce(max(hour), 0) FROM access_hourly_total"));
    auto list = cases(unlocked->database());
    if (!lastHour || !list) {
        std::fprintf(stderr, "%s\n", (!lastHour ? lastHour.error() : list.error()).message().toLocal8Bit().constData());
        return 1;
    }
    const qint64 now = (*lastHour + 1) * AccessTimelineRepository::HourMs - 1;
    const int maxBuckets = std::max(2, parser.value(width).toInt());
    const int repeat = std::max(1, parser.value(rounds).toInt());

    QJsonArray results;
    double worst = 0;
    if (!parser.isSet(json) && parser.isSet(byAgent))
        std::printf("%-34s %9s %9s %8s %7s %10s  %s\n", "filter", "first ms", "then ms", "rows", "", "events",
                    "answered by");
    else if (!parser.isSet(json))
        std::printf("%-34s %9s %9s %8s %7s %10s  %s\n", "filter", "first ms", "then ms", "buckets", "bucket", "events",
                    "answered by");
    for (const Case& c : *list) {
        auto connection = unlocked->openConnection(Database::Mode::ReadOnly);
        if (!connection) {
            std::fprintf(stderr, "%s\n", connection.error().message().toLocal8Bit().constData());
            return 1;
        }
        AccessEventRepository events(*connection);
        AccessTimelineRepository timelines(*connection);
        double first = 0;
        std::vector<double> then;
        AccessTimelineRepository::Timeline timeline;
        qint64 groupedAgents = 0; // --by-agent: rows, their events, and which path answered
        qint64 groupedEvents = 0;
        bool groupedFromRollups = false;
        for (int round = 0; round <= repeat; ++round) {
            QElapsedTimer timer;
            timer.start();
            auto query = events.resolve(c.filter, now);
            if (!query) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(c.name), qPrintable(query.error().message()));
                return 1;
            }
            if (parser.isSet(byAgent)) {
                auto grouped = AccessByAgentReader::read(*connection, *query);
                if (!grouped) {
                    std::fprintf(stderr, "%s: %s\n", qPrintable(c.name), qPrintable(grouped.error().message()));
                    return 1;
                }
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                if (round == 0)
                    first = ms;
                else
                    then.push_back(ms);
                groupedAgents = qint64(grouped->rows.size());
                groupedEvents = 0;
                for (const AccessByAgentReader::Row& row : grouped->rows)
                    groupedEvents += row.events;
                groupedFromRollups = grouped->fromRollups;
                continue;
            }
            auto range = timelines.shownRange(*query);
            if (!range) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(c.name), qPrintable(range.error().message()));
                return 1;
            }
            auto loaded = timelines.load(
                *query, AccessTimelineRepository::bucketMsFor(range->first, range->second, maxBuckets));
            if (!loaded) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(c.name), qPrintable(loaded.error().message()));
                return 1;
            }
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (round == 0)
                first = ms;
            else
                then.push_back(ms);
            timeline = std::move(loaded).value();
        }
        worst = std::max({ worst, first, median(then) });
        if (parser.isSet(byAgent)) {
            const QString answered = groupedFromRollups ? QStringLiteral("daily rollup + partial days")
                                                        : QStringLiteral("grouped read of the events");
            results.append(QJsonObject {
                { QStringLiteral("filter"), c.name },
                { QStringLiteral("first_ms"), first },
                { QStringLiteral("median_ms"), median(then) },
                { QStringLiteral("agents"), groupedAgents },
                { QStringLiteral("events"), groupedEvents },
                { QStringLiteral("answered_by"), answered },
            });
            if (!parser.isSet(json))
                std::printf("%-34s %9.1f %9.1f %8lld %7s %10lld  %s\n", qPrintable(c.name), first, median(then),
                            static_cast<long long>(groupedAgents), "agents", static_cast<long long>(groupedEvents),
                            qPrintable(answered));
            continue;
        }
        const QString bucket = timeline.bucketMs >= AccessTimelineRepository::HourMs
            ? QStringLiteral("%1 h").arg(timeline.bucketMs / AccessTimelineRepository::HourMs)
            : QStringLiteral("%1 min").arg(timeline.bucketMs / 60'000);
        QString answered = sourceNames(timeline.sources);
        if (!timeline.notNarrowedBy.isEmpty())
            answered += QStringLiteral(" (not narrowed by %1 filter(s))").arg(timeline.notNarrowedBy.size());
        results.append(QJsonObject {
            { QStringLiteral("filter"), c.name },
            { QStringLiteral("first_ms"), first },
            { QStringLiteral("median_ms"), median(then) },
            { QStringLiteral("buckets"), qint64(timeline.buckets.size()) },
            { QStringLiteral("bucket_ms"), timeline.bucketMs },
            { QStringLiteral("events"), timeline.totalEvents },
            { QStringLiteral("answered_by"), answered },
        });
        if (!parser.isSet(json))
            std::printf("%-34s %9.1f %9.1f %8zu %7s %10lld  %s\n", qPrintable(c.name), first, median(then),
                        timeline.buckets.size(), qPrintable(bucket), static_cast<long long>(timeline.totalEvents),
                        qPrintable(answered));
    }
    if (parser.isSet(json))
        std::printf("%s\n",
                    QJsonDocument(QJsonObject { { QStringLiteral("width"), maxBuckets },
                                                { QStringLiteral("worst_ms"), worst },
                                                { QStringLiteral("filters"), results } })
                        .toJson(QJsonDocument::Compact)
                        .constData());
    else
        std::printf("worst: %.1f ms\n", worst);
    return 0;
}

} // namespace custodian::bench
