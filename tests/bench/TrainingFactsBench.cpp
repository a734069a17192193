#include "TrainingFactsBench.h"

#include "BenchStore.h"
#include "BenchSupport.h"

#include "rules/TrainingComplianceSweep.h"
#include "rules/TrainingMatrix.h"
#include "store/Statement.h"
#include "store/TrainingFactsReader.h"
#include "store/Transaction.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

namespace custodian::bench {

namespace {
constexpr qint64 Day = TrainingRules::DayMs;
constexpr qint64 Teams = 40;
constexpr qint64 Roles = 10;

// Teams, modules (every fourth required by a role), roles held by every agent, and yearly completions: most passed
// on time, some late, some failed, the last cycle partly open — so that every state occurs.
Status fill(Database& database, qint64 agents, qint64 modules, int years, qint64 now)
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    auto exec = [&](const QString& sql) { return database.exec(sql); };
    if (auto status = exec(QStringLiteral("INSERT INTO supervisor (id, username, display_name) VALUES (1, 'b', 'B')"));
        !status)
        return status;
    for (qint64 t = 2; t <= Teams; ++t) {
        if (auto status = exec(QStringLiteral("INSERT INTO team (id, site_id, name) VALUES (%1, 1, 'Team %1')").arg(t));
            !status)
            return status;
    }
    if (auto status = exec(QStringLiteral("UPDATE agent SET team_id = 1 + id % %1, hired_at = %2")
                               .arg(Teams)
                               .arg(now - qint64(years + 1) * 365 * Day));
        !status)
        return status;
    for (qint64 m = 1; m <= modules; ++m) {
        if (auto status = exec(QStringLiteral("INSERT INTO training_module (id, code, title, framework, validity_days, "
                                              "pass_score) VALUES (%1, 'M%1', 'Module %1', 'bench', 365, 70)")
                                   .arg(m));
            !status)
            return status;
    }
    for (qint64 r = 1; r <= Roles; ++r) {
        if (auto status
            = exec(QStringLiteral("INSERT INTO role (id, code, name) VALUES (%1, 'R%1', 'Role %1')").arg(r));
            !status)
            return status;
        for (qint64 m = r; m <= modules; m += Roles * 4) {
            if (auto status
                = exec(QStringLiteral("INSERT INTO role_training_requirement VALUES (%1, %2)").arg(r).arg(m));
                !status)
                return status;
        }
    }
    auto assignment = database.prepare(
        QStringLiteral("INSERT INTO role_assignment (agent_id, role_id, status, valid_from, justification, "
                       "requested_by, requested_at) VALUES (?1, ?2, 2, ?3, 'bench', 1, ?3)"));
    if (!assignment)
        return assignment.error();
    for (qint64 a = 1; a <= agents; ++a) {
        assignment->bind(1, a).bind(2, 1 + a % Roles).bind(3, now - 400 * Day);
        if (auto status = assignment->run(); !status)
            return status;
    }
    auto record = database.prepare(
        QStringLiteral("INSERT INTO training_record (agent_id, module_id, assigned_at, due_at, completed_at, score, "
                       "passed, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!record)
        return record.error();
    for (qint64 a = 1; a <= agents; ++a) {
        for (qint64 m = 1; m <= modules; ++m) {
            for (int y = years; y >= 1; --y) {
                const qint64 assigned = now - qint64(y) * 365 * Day + (a * 7 + m * 13) % 60 * Day;
                const qint64 due = assigned + 30 * Day;
                const qint64 draw = (a * 31 + m * 17 + y * 7) % 100;
                record->bind(1, a).bind(2, m).bind(3, assigned).bind(4, due);
                if (y == 1 && draw < 10) { // open in the current cycle
                    record->bindNull(5).bindNull(6).bindNull(7).bindNull(8);
                } else {
                    const qint64 completed = assigned + (draw % 40) * Day;
                    const bool passed = draw % 13 != 0;
                    record->bind(5, completed).bind(6, passed ? 85 : 40).bind(7, passed ? 1 : 0);
                    if (passed)
                        record->bind(8, completed + 365 * Day);
                    else
                        record->bindNull(8);
                }
                if (auto status = record->run(); !status)
                    return status;
            }
        }
    }
    return transaction->commit();
}

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
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Training facts and standings at scale (see TrainingFactsBench.h)."));
    parser.addHelpOption();
    const QCommandLineOption agentsOption(QStringLiteral("agents"), QStringLiteral("Agents (default 20000)."),
                                          QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption modulesOption(QStringLiteral("modules"), QStringLiteral("Modules (default 40)."),
                                           QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption yearsOption(QStringLiteral("years"), QStringLiteral("Years of history (default 3)."),
                                         QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds (default 3)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({ agentsOption, modulesOption, yearsOption, roundsOption, jsonOption });
    parser.process(arguments);
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
    if (auto status = fill(*database, agents, modules, years, now); !status) {
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
