// custodian-bench: performance measurements of the libraries, one subcommand each (ingest and unlock now; audit,
// sync and reviews later). Not a test: it prints numbers, and CI compares them against the project's targets.
#include "IngestBench.h"
#include "UnlockBench.h"

#include <QCoreApplication>

#include <cstdio>

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
    QCoreApplication app(argc, argv);
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
