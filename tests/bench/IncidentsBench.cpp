#include "IncidentsBench.h"

#include "BenchCommandLine.h"
#include "BenchSupport.h"
#include "EventLoopProbe.h"
#include "EvidenceBench.h"
#include "PaintWatch.h"

#include "crypto/RecoveryCode.h"
#include "demo/DemoGenerator.h"
#include "domain/Clock.h"
#include "domain/IncidentFilter.h"
#include "item/IncidentListModel.h"
#include "rules/IncidentFromEvidence.h"
#include "store/IncidentObservableReader.h"
#include "store/IncidentRepository.h"
#include "store/IncidentTimeline.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "ui/incidents/IncidentsPage.h"
#include "ui/session/LatestResultRunner.h"
#include "ui/session/StoreSession.h"

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <map>

namespace custodian::bench {

namespace {
void fail(const QString& message)
{
    std::fprintf(stderr, "custodian-bench incidents: %s\n", message.toLocal8Bit().constData());
}

IncidentFilter filterOf(const std::function<void(IncidentFilter&)>& change)
{
    IncidentFilter filter;
    change(filter);
    return filter;
}
} // namespace

int IncidentsBench::run(const QStringList& arguments)
{
    BenchCommandLine parser(QStringLiteral("The Incidents page at the largest demo's scale (see IncidentsBench.h)."));
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QStringLiteral("Use this store (seeded if it does not exist, then kept as seeded: each run measures a copy, "
                       "so that one run's incidents are not the next run's newest). Passphrase in "
                       "CUSTODIAN_PASSPHRASE (default 'custodian-bench')."),
        QStringLiteral("PATH"));
    const QCommandLineOption incidentsOption(QStringLiteral("incidents"),
                                             QStringLiteral("Incidents when seeding (default 100000)."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption timelineOption(QStringLiteral("incident-timeline"),
                                            QStringLiteral("Timeline entries per incident when seeding (default 20)."),
                                            QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Access events when seeding (default 1000000)."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        QStringLiteral("Days of history when seeding (default 1095: three years)."),
                                        QStringLiteral("D"), QStringLiteral("1095"));
    const QCommandLineOption selectionOption(QStringLiteral("selection"),
                                             QStringLiteral("Access events opened as one incident (default 10000)."),
                                             QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption evidenceOption(QStringLiteral("evidence-mb"),
                                            QStringLiteral("Evidence file size in MB (default 50; 0: not measured)."),
                                            QStringLiteral("MB"), QStringLiteral("50"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds (default 5)."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    if (auto exit = parser.parse(arguments,
                                 { storeOption, incidentsOption, timelineOption, eventsOption, daysOption,
                                   selectionOption, evidenceOption, roundsOption, jsonOption }))
        return *exit;
    const auto incidents = parser.number(incidentsOption, 10, 100'000);
    const auto timelineLength = parser.number(timelineOption, 4, 50);
    const auto events = parser.number(eventsOption, 1000, 10'000'000);
    const auto days = parser.number(daysOption, 7, 3650);
    const auto selection = parser.number(selectionOption, 1, 1'000'000);
    const auto evidenceMb = parser.number(evidenceOption, 0, 1000);
    const auto rounds = parser.number(roundsOption, 1, 1000);
    if (!incidents || !timelineLength || !events || !days || !selection || !evidenceMb || !rounds)
        return 2;

    QTemporaryDir temporary;
    QString path = parser.value(storeOption);
    if (path.isEmpty())
        path = temporary.filePath(QStringLiteral("incidents.custodian"));
    double seedMs = 0;
    Result<Store> store = Error(Error::Code::NotFound, QString());
    if (QFile::exists(path)) {
        // A copy in the temporary directory: from_selection opens incidents, which would top the next run's list.
        const QString copy = temporary.filePath(QStringLiteral("incidents.custodian"));
        for (const QString& suffix : { QString(), QStringLiteral(".keyring") }) {
            if (!QFile::copy(path + suffix, copy + suffix))
                return fail(QStringLiteral("cannot copy %1 to %2").arg(path + suffix, copy + suffix)), 1;
        }
        path = copy;
        store = Store::unlock(path, passphrase());
    } else {
        QElapsedTimer seeding;
        seeding.start();
        store = Store::create(path, passphrase(), RecoveryCode::generate());
        if (store) {
            DemoGenerator::Options options;
            options.events = *events;
            options.days = int(*days);
            options.incidents = *incidents;
            options.incidentTimeline = int(*timelineLength);
            if (auto summary = DemoGenerator::generate(*store, options); !summary)
                return fail(summary.error().message()), 1;
        }
        seedMs = msSince(seeding);
    }
    if (!store)
        return fail(store.error().message()), 1;
    Database& database = store->database();
    const qint64 incidentCount = *database.queryInt(QStringLiteral("SELECT count(*) FROM incident"));
    const qint64 timelineCount = *database.queryInt(QStringLiteral("SELECT count(*) FROM incident_timeline"));
    const qint64 ownerId = *database.queryInt(
        QStringLiteral("SELECT assignee_id FROM incident WHERE assignee_id IS NOT NULL GROUP BY assignee_id "
                       "ORDER BY count(*) DESC LIMIT 1"));
    // The selection: the newest access events that name a record, as "select all" on a filter of the access page.
    std::vector<qint64> selected;
    {
        auto statement = database.prepare(
            QStringLiteral("SELECT id FROM access_event WHERE record_id IS NOT NULL ORDER BY id DESC LIMIT ?"));
        if (!statement)
            return fail(statement.error().message()), 1;
        statement->bind(1, *selection);
        if (auto status
            = statement->forEachRow([&selected](const Statement& row) { selected.push_back(row.int64(0)); });
            !status)
            return fail(status.error().message()), 1;
    }
    // A sample of timelines verified outside the page: the seeded chains hold as the console's do.
    qint64 verified = 0;
    qint64 broken = 0;
    for (qint64 id = 1; id <= incidentCount; id += std::max<qint64>(1, incidentCount / 200)) {
        auto verification = IncidentTimeline::verify(database, id);
        if (!verification)
            continue; // an id the sample does not hit (ids of incidents opened here are random)
        (verification->intact ? verified : broken)++;
    }

    StoreSession session(path);
    session.adopt(std::move(*store));
    EventLoopProbe probe;
    probe.start();
    probe.reset();
    probe.setPhase(QStringLiteral("Incidents: first list"));

    // The page as the console builds it at unlock: it lists the default filter (open incidents) at once.
    QElapsedTimer sinceBuilt;
    sinceBuilt.start();
    IncidentsPage page(&session, QStringLiteral("console:bench"));
    page.resize(1090, 760); // the page area of a 1280 x 800 window
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("incidentsTable"));
    auto* timeline = page.findChild<QAbstractItemView*>(QStringLiteral("incidentsTimeline"));
    if (!table || !timeline || !page.detailTabs())
        return fail(QStringLiteral("the page has no list or timeline")), 1;
    PaintWatch watch;
    watch.arm(table->viewport());
    while (!(page.model()->rowCount() > 0 && !page.isLoading() && watch.painted()) && sinceBuilt.elapsed() < 300'000)
        pump(1);
    const double firstResultMs = msSince(sinceBuilt);
    pump(200);
    const auto settled = [&page] { return !page.isLoading(); };

    // The default filter again, as a supervisor clearing the filter bar.
    std::vector<double> firstRows;
    for (int round = 0; round < *rounds; ++round) {
        probe.setPhase(QStringLiteral("Incidents: default list"));
        firstRows.push_back(watch.measure([&page] { page.showIncidents(IncidentFilter {}); }, settled, table));
    }

    // The filters a supervisor sets, each from the default.
    const std::vector<std::pair<QString, IncidentFilter>> filters {
        { QStringLiteral("severity_high"), filterOf([](auto& f) { f.minimumSeverity = Severity::High; }) },
        { QStringLiteral("phase_containing"), filterOf([](auto& f) { f.phase = IncidentPhase::Containing; }) },
        { QStringLiteral("owner_me"), filterOf([](auto& f) { f.owner = IncidentFilter::Owner::Me; }) },
        { QStringLiteral("sla_breached"), filterOf([](auto& f) { f.sla = IncidentFilter::Sla::Breached; }) },
        { QStringLiteral("gdpr_running"), filterOf([](auto& f) { f.gdprClockRunning = true; }) },
        { QStringLiteral("text"), filterOf([](auto& f) { f.text = QStringLiteral("laptop"); }) },
        { QStringLiteral("closed_text"), filterOf([](auto& f) {
              f.status = IncidentFilter::Status::Closed;
              f.text = QStringLiteral("vishing");
          }) },
        { QStringLiteral("all_category"), filterOf([](auto& f) {
              f.status = IncidentFilter::Status::All;
              f.category = QStringLiteral("misdirected_email");
          }) },
    };
    std::map<QString, std::vector<double>> byFilter;
    std::vector<double> every;
    for (int round = 0; round < *rounds; ++round) {
        for (const auto& [name, filter] : filters) {
            probe.setPhase(QStringLiteral("Incidents: filter %1").arg(name));
            const double ms = watch.measure([&page, f = filter] { page.showIncidents(f); }, settled, table);
            byFilter[name].push_back(ms);
            every.push_back(ms);
        }
    }

    // Opening incidents of the default list: the detail read on its worker, modelled, and the timeline painted.
    page.showIncidents(IncidentFilter {});
    while (page.isLoading())
        pump(1);
    page.detailTabs()->setCurrentWidget(timeline->parentWidget()->parentWidget());
    pump(100);
    std::vector<double> open;
    std::vector<qint64> openedIds;
    for (int round = 0; round < *rounds; ++round) {
        const int row = std::min(page.model()->rowCount() - 1, 3 + round * 7);
        const QModelIndex index = page.model()->index(row, 0);
        probe.setPhase(QStringLiteral("Incidents: open"));
        open.push_back(watch.measure(
            [table, index] { table->setCurrentIndex(index); },
            [&page, &timeline] { return !page.isLoading() && timeline->model()->rowCount() > 0; }, timeline));
        openedIds.push_back(page.currentIncidentId());
    }

    // Where an incident's detail spends its time: each read the page's detail worker makes, timed alone on the
    // incidents just opened (medians over them), to find the slow one when open_incident_ms misses.
    QJsonObject detailParts;
    {
        Database& live = session.store()->database(); // the store moved into the session above
        std::map<QString, std::vector<double>> parts;
        for (qint64 id : openedIds) {
            QElapsedTimer timer;
            timer.start();
            (void)IncidentRepository(live).load(id);
            parts[QStringLiteral("load_ms")].push_back(msSince(timer));
            timer.restart();
            (void)IncidentTimeline::verify(live, id);
            parts[QStringLiteral("verify_ms")].push_back(msSince(timer));
            timer.restart();
            (void)IncidentObservableReader::observables(live, id);
            parts[QStringLiteral("observables_ms")].push_back(msSince(timer));
            timer.restart();
            (void)IncidentObservableReader::related(live, id);
            parts[QStringLiteral("related_ms")].push_back(msSince(timer));
        }
        for (const auto& [name, times] : parts)
            detailParts.insert(name, median(times));
    }

    // From a selection: the access page's Open incident… as IncidentFromEvidenceController runs it, on a worker with
    // its own connection, while the probe watches the GUI thread.
    // The longest stall while the list, filters and details were shown: the probe restarts for each round below.
    const double pageStall = probe.maxStallMs();
    std::vector<double> fromSelection;
    double selectionStall = 0;
    std::vector<double> relatedLarge;
    std::vector<qint64> largeIds;
    LatestResultRunner writer;
    for (int round = 0; round < *rounds; ++round) {
        probe.setPhase(QStringLiteral("Incidents: from selection"));
        probe.reset();
        IncidentWorkflow::OpenDraft draft;
        draft.title = QStringLiteral("Bulk access to customer records (bench round %1)").arg(round + 1);
        draft.category = QStringLiteral("insider_misuse");
        draft.severity = Severity::High;
        draft.ownerId = ownerId;
        draft.detectedAt = Clock::nowMs();
        const IncidentFromEvidence::Actor actor { ownerId, QStringLiteral("console:bench") };
        std::optional<Result<IncidentFromEvidence::Added>> added;
        QElapsedTimer timer;
        timer.start();
        writer.runOnStore(
            *session.store(), Database::Mode::ReadWrite,
            [draft, selected, actor](Database& db, const LatestResultRunner::Job&) {
                return IncidentFromEvidence::open(db, draft, selected, actor);
            },
            [&added](Result<IncidentFromEvidence::Added> result) { added = std::move(result); });
        while (!added && timer.elapsed() < 300'000)
            pump(1);
        fromSelection.push_back(msSince(timer));
        selectionStall = std::max(selectionStall, probe.maxStallMs());
        if (!added || !*added)
            return fail(added ? added->error().message() : QStringLiteral("no incident after five minutes")), 1;
        if ((*added)->added != qint64(selected.size()))
            return fail(QStringLiteral("%1 of %2 events linked").arg((*added)->added).arg(selected.size())), 1;
        // The related read of an incident as large as the stream allows (10 000 events: many agents, records and
        // workstations), the worst case of the detail's slowest read.
        QElapsedTimer relatedTimer;
        relatedTimer.start();
        if (auto related = IncidentObservableReader::related(session.store()->database(), (*added)->incidentId);
            !related)
            return fail(related.error().message()), 1;
        relatedLarge.push_back(msSince(relatedTimer));
        largeIds.push_back((*added)->incidentId);
    }

    // Opening those incidents on the page (10 000 events each, their observables on show): the detail at its
    // largest, as a supervisor following a link to it.
    auto* observables = page.findChild<QAbstractItemView*>(QStringLiteral("incidentsObservables"));
    if (!observables)
        return fail(QStringLiteral("the page has no observables table")), 1;
    page.detailTabs()->setCurrentWidget(observables->parentWidget());
    std::vector<double> openLarge;
    for (qint64 id : largeIds) {
        probe.setPhase(QStringLiteral("Incidents: open a large incident"));
        openLarge.push_back(watch.measure([&page, id] { page.showIncident(id); },
                                          [&page, id, observables] {
                                              return !page.isLoading() && page.currentIncidentId() == id
                                                  && observables->model()->rowCount() > 0;
                                          },
                                          observables));
    }
    const double maxStall = std::max({ pageStall, selectionStall, probe.maxStallMs() });
    probe.stop();

    QJsonObject perFilter;
    for (const auto& [name, times] : byFilter)
        perFilter.insert(name, median(times));
    QJsonObject result { { QStringLiteral("incidents"), incidentCount },
                         { QStringLiteral("timeline_entries"), timelineCount },
                         { QStringLiteral("chains_verified"), verified },
                         { QStringLiteral("chains_broken"), broken },
                         { QStringLiteral("seed_ms"), seedMs },
                         { QStringLiteral("first_result_ms"), firstResultMs },
                         { QStringLiteral("list_first_rows_ms"), median(firstRows) },
                         { QStringLiteral("filter_p95_ms"), percentile(every, 0.95) },
                         { QStringLiteral("filter_median_ms"), median(every) },
                         { QStringLiteral("filter_ms"), perFilter },
                         { QStringLiteral("open_incident_ms"), median(open) },
                         { QStringLiteral("open_incident_reads_ms"), detailParts },
                         { QStringLiteral("related_of_selection_ms"), median(relatedLarge) },
                         { QStringLiteral("open_large_incident_ms"), median(openLarge) },
                         { QStringLiteral("selection_events"), qint64(selected.size()) },
                         { QStringLiteral("from_selection_ms"), median(fromSelection) },
                         { QStringLiteral("page_max_stall_ms"), pageStall },
                         { QStringLiteral("from_selection_max_stall_ms"), selectionStall },
                         { QStringLiteral("max_stall_ms"), maxStall },
                         { QStringLiteral("rounds"), qint64(*rounds) } };
    // The evidence register's rate, measured after the page so that neither disturbs the other.
    if (*evidenceMb > 0) {
        auto evidence = EvidenceBench::measure(double(*evidenceMb), int(*rounds));
        if (!evidence)
            return fail(QStringLiteral("the evidence measurement failed")), 1;
        for (auto it = evidence->begin(); it != evidence->end(); ++it) {
            if (it.key() != QLatin1String("rounds"))
                result.insert(it.key(), it.value());
        }
    }
    std::printf("%s\n",
                QJsonDocument(result)
                    .toJson(parser.isSet(jsonOption) ? QJsonDocument::Compact : QJsonDocument::Indented)
                    .constData());
    session.lock();
    (void)LatestResultRunner::waitForAllWorkers(10'000);
    return 0;
}

} // namespace custodian::bench
