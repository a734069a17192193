// custodian-bench: performance measurements, one subcommand each (ingest, unlock, audit, sync, reviews, today,
// training, xapi-pull, evidence, incidents).
// Not a test: it prints numbers, and CI compares them against the project's targets.
#include "AuditBench.h"
#include "EvidenceBench.h"
#include "IncidentsBench.h"
#include "IngestBench.h"
#include "ReviewsBench.h"
#include "SyncBench.h"
#include "TimelineBench.h"
#include "TodayBench.h"
#include "TrainingBench.h"
#include "TrainingFactsBench.h"
#include "UnlockBench.h"
#include "ViewBaselineBench.h"
#include "XapiPullBench.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>

#include <cstdio>
#include <string_view>

namespace {
struct Subcommand
{
    const char* name;
    const char* description;
    int (*run)(const QStringList& arguments);
};

constexpr Subcommand subcommands[] = {
    { "ingest", "access-event ingest, keyed SQLCipher store against the same library unkeyed",
      &custodian::bench::IngestBench::run },
    { "unlock", "time to unlock an existing store (key derivation and opening)", &custodian::bench::UnlockBench::run },
    { "audit", "the access page offscreen on an N-event store: first rows, filters, jumps, chart, full text, stalls",
      &custodian::bench::AuditBench::run },
    { "timeline", "the events-over-time chart's counting per filter on an existing store",
      &custodian::bench::TimelineBench::run },
    { "view-baseline", "a stock QTableView over a model that reports every row: time to first paint, memory",
      &custodian::bench::ViewBaselineBench::run },
    { "sync", "pull N events from a real custodian-central over loopback HTTPS: events/s, GUI thread stalls",
      &custodian::bench::SyncBench::run },
    { "reviews", "access reviews on an N-event store: one item's evidence, who could/who did, GUI thread stalls",
      &custodian::bench::ReviewsBench::run },
    { "today", "the Today page on an N-event store: unlock to numbers painted, its counting, GUI thread stalls",
      &custodian::bench::TodayBench::run },
    { "training-facts", "training facts read and every standing decided at 20 000 agents x 40 modules",
      &custodian::bench::TrainingFactsBench::run },
    { "training", "the Training page offscreen at 20 000 agents x 40 modules: matrix, filters, agent, GUI stalls",
      &custodian::bench::TrainingBench::run },
    { "xapi-pull", "the central service's xAPI pull from the real LRS: statements/s against a plain client's ceiling",
      &custodian::bench::XapiPullBench::run },
    { "evidence", "adding a 50 MB file to the evidence register: MB/s against sha256sum and the store's raw writes",
      &custodian::bench::EvidenceBench::run },
    { "incidents",
      "the Incidents page offscreen at 100 000 incidents: list, filters, detail, from a selection, evidence, stalls",
      &custodian::bench::IncidentsBench::run },
    { "audit-seed", "(internal) seeds the audit benchmark's store in a process of its own",
      &custodian::bench::AuditBench::seed },
};

int usage(FILE* stream)
{
    std::fprintf(stream,
                 "Usage: custodian-bench <subcommand> [options]   (--help after a subcommand for its options)\n\n");
    for (const Subcommand& subcommand : subcommands)
        std::fprintf(stream, "  %-10s %s\n", subcommand.name, subcommand.description);
    return stream == stdout ? 0 : 2;
}
} // namespace

int main(int argc, char* argv[])
{
    // The audit benchmark drives real widgets: it needs a QApplication, offscreen unless told otherwise.
    const bool widgets = argc > 1
        && (std::string_view(argv[1]) == "audit" || std::string_view(argv[1]) == "view-baseline"
            || std::string_view(argv[1]) == "sync" || std::string_view(argv[1]) == "reviews"
            || std::string_view(argv[1]) == "today" || std::string_view(argv[1]) == "training"
            || std::string_view(argv[1]) == "incidents");
    if (widgets && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app
        = widgets ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("custodian-bench"));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return usage(stderr);
    const QString command = arguments.at(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help"))
        return usage(stdout);
    for (const Subcommand& subcommand : subcommands) {
        if (command == QLatin1String(subcommand.name))
            return subcommand.run(arguments.mid(1));
    }
    std::fprintf(stderr, "Unknown subcommand '%s'.\n\n", command.toLocal8Bit().constData());
    return usage(stderr);
}
