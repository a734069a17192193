#pragma once

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <array>
#include <optional>

namespace custodian::bench {

// The command line of one custodian-bench subcommand: its description, its options and --help, parsed the same way
// in every subcommand. A subcommand declares its own options (names, defaults and help stay its own) and asks here
// for the values; the options two subcommands share word for word are made here once.
class BenchCommandLine
{
public:
    // How --help is offered. Qt: Qt's -h/--help/--help-all, and a wrong option ends the process with status 1 (what
    // the page benchmarks have always done). Plain: "-h, --help  Show this help.", and a wrong option is a usage
    // error, status 2 — what the benchmarks CI runs (ingest, sync, xapi-pull) promise their callers.
    enum class Help { Qt, Plain };

    explicit BenchCommandLine(const QString& description, Help help = Help::Qt);

    // Reads `arguments` (the subcommand's name first) against `options`. An exit status when the subcommand has
    // nothing more to do: 0 after printing --help, 2 after printing what was wrong (Help::Qt exits by itself).
    [[nodiscard]] std::optional<int> parse(const QStringList& arguments, const QList<QCommandLineOption>& options);

    [[nodiscard]] QString value(const QCommandLineOption& option) const;
    [[nodiscard]] QStringList values(const QCommandLineOption& option) const;
    [[nodiscard]] bool isSet(const QCommandLineOption& option) const;

    // The option's value as a whole number from `least` to `most`; nullopt after printing "--NAME must be from
    // LEAST to MOST." (the caller returns 2).
    [[nodiscard]] std::optional<qint64> number(const QCommandLineOption& option, qint64 least, qint64 most) const;

    // --events N and --store PATH of the subcommands that seed a demo store of their own unless given one (audit,
    // today, reviews); `kept` adds to "kept afterwards" what else stays in the store.
    [[nodiscard]] static QCommandLineOption seedEventsOption();
    [[nodiscard]] static QCommandLineOption demoStoreOption(const QString& kept = QString());
    // The --store path, else one in `temporary`, seeded with --events unless it exists (ensureDemoStore); nullopt
    // when seeding failed.
    [[nodiscard]] std::optional<QString> demoStore(const QCommandLineOption& store, const QCommandLineOption& events,
                                                   const QTemporaryDir& temporary) const;
    // --dir DIR of the subcommands that make fresh stores (ingest, sync, xapi-pull).
    [[nodiscard]] static QCommandLineOption storesDirectoryOption();

    // --agents, --modules, --years and --rounds of the training benchmarks (training, training-facts), in that
    // order; `rounds` is the default of --rounds.
    [[nodiscard]] static std::array<QCommandLineOption, 4> trainingScaleOptions(int rounds);

    // --store PATH and --passphrase-file FILE of the subcommands that measure an existing store (unlock, timeline).
    [[nodiscard]] static QCommandLineOption existingStoreOption();
    [[nodiscard]] static QCommandLineOption passphraseFileOption();
    // That store's path; nullopt after printing "--store PATH is required" (the caller returns 2).
    [[nodiscard]] std::optional<QString> existingStore(const QCommandLineOption& store) const;
    // The passphrase from --passphrase-file (trimmed), else CUSTODIAN_PASSPHRASE; nullopt after printing that the
    // file cannot be read (the caller returns 1).
    [[nodiscard]] std::optional<QByteArray> passphrase(const QCommandLineOption& passphraseFile) const;

private:
    QCommandLineParser m_parser;
    Help m_help;
    QCommandLineOption m_plainHelp;
};

} // namespace custodian::bench
