#include "TrainingFactsBench.h"

#include "BenchCommandLine.h"
#include "BenchStore.h"
#include "BenchSupport.h"
#include "TrainingBenchData.h"

#include "rules/TrainingComplianceSweep.h"
#include "rules/TrainingMatrix.h"
#include "store/Statement.h"
#include "store/TrainingFactsReader.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

namespace custodian::bench {

namespace {
template <typename Work> double timed(Work&& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int TrainingFactsBench::run(const QStringList& arguments)
{
    BenchCommandLine parser(QStringLiteral("Training facts and standings at scale (see TrainingFactsBench.h)."));
    const auto [agentsOption, modulesOption, yearsOption, roundsOption] = BenchCommandLine::trainingScaleOptions(3);
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    if (auto exit = parser.parse(arguments, { agentsOption, modulesOption, yearsOption, roundsOption, jsonOption }))
        return *exit;
    const qint64 agents = std::max(1LL, parser.value(agentsOption).toLongLong());
    const qint64 modules = std::max(1LL, parser.value(modulesOption).toLongLong());
    const int years = std::max(1, parser.value(yearsOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    QTemporaryDir dir;
    SyntheticEvents::Shape shape;
    shape.agents = agents;
    shape.records = 1;
    shape.workstations = 1;
    const qint64 now = shape.endMs;
    auto database
        = BenchStore::create(dir.filePath(QStringLiteral("training.db")), BenchStore::Kind::Keyed, shape, 64 * 1024);
    if (!database) {
        std::fprintf(stderr, "%s\n", database.error().message().toLocal8Bit().constData());
        return 1;
    }
    QElapsedTimer seeding;
    seeding.start();
    if (auto status = TrainingBenchData::fill(*database, agents, modules, years, now); !status) {
        std::fprintf(stderr, "%s\n", status.error().message().toLocal8Bit().constData());
        return 1;
    }
    const double seedMs = double(seeding.elapsed());
    auto count = database->queryInt(QStringLiteral("SELECT count(*) FROM training_record"));
    const qint64 records = count ? *count : -1;

    std::vector<double> readAll, matrix, readTeam, readAgent;
    TrainingMatrix::Counts totals;
    for (int round = 0; round < rounds; ++round) {
        TrainingFactsReader reader(*database);
        Result<TrainingFacts> facts = Error(Error::Code::NotFound, QString());
        readAll.push_back(timed([&] { facts = reader.read(TrainingFactsReader::Scope::all(), now); }));
        if (!facts) {
            std::fprintf(stderr, "%s\n", facts.error().message().toLocal8Bit().constData());
            return 1;
        }
        TrainingMatrix m;
        matrix.push_back(timed([&] { m = TrainingMatrix::build(*facts, TrainingMatrix::GroupBy::Team); }));
        totals = {};
        for (const TrainingMatrix::Cell& cell : m.totals) {
            totals.required += cell.counts.required;
            totals.complete += cell.counts.complete;
            totals.overdue += cell.counts.overdue;
            totals.expired += cell.counts.expired;
        }
        readTeam.push_back(timed([&] { (void)reader.read(TrainingFactsReader::Scope::team(2), now); }));
        readAgent.push_back(timed([&] { (void)reader.read(TrainingFactsReader::Scope::agent(agents / 2), now); }));
    }
    // The access-while-untrained sweep: the first run raises a finding per lapsed (agent, role, module), later runs
    // find them raised (the steady state of the console's 15-minute timer).
    TrainingComplianceSweep::Report firstSweep;
    const double sweepFirstMs = timed([&] {
        auto report = TrainingComplianceSweep::run(*database, now);
        if (report)
            firstSweep = *report;
        else
            std::fprintf(stderr, "%s\n", report.error().message().toLocal8Bit().constData());
    });
    std::vector<double> sweepAgain;
    for (int round = 0; round < rounds; ++round)
        sweepAgain.push_back(timed([&] { (void)TrainingComplianceSweep::run(*database, now); }));
    const QJsonObject result { { QStringLiteral("agents"), agents },
                               { QStringLiteral("modules"), modules },
                               { QStringLiteral("training_records"), records },
                               { QStringLiteral("seed_ms"), seedMs },
                               { QStringLiteral("read_all_ms"), median(readAll) },
                               { QStringLiteral("matrix_ms"), median(matrix) },
                               { QStringLiteral("read_team_ms"), median(readTeam) },
                               { QStringLiteral("read_agent_ms"), median(readAgent) },
                               { QStringLiteral("required"), totals.required },
                               { QStringLiteral("complete"), totals.complete },
                               { QStringLiteral("overdue"), totals.overdue },
                               { QStringLiteral("expired"), totals.expired },
                               { QStringLiteral("sweep_first_ms"), sweepFirstMs },
                               { QStringLiteral("sweep_again_ms"), median(sweepAgain) },
                               { QStringLiteral("sweep_findings"), firstSweep.raised } };
    if (parser.isSet(jsonOption))
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    else
        std::printf("%lld agents x %lld modules, %lld records: read all %.0f ms, matrix %.0f ms, one team %.0f ms, "
                    "one agent %.1f ms, sweep %.0f ms raising %d findings, again %.0f ms (medians of %d)\n",
                    agents, modules, records, median(readAll), median(matrix), median(readTeam), median(readAgent),
                    sweepFirstMs, firstSweep.raised, median(sweepAgain), rounds);
    return 0;
}

} // namespace custodian::bench
