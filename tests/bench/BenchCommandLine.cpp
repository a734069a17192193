#include "BenchCommandLine.h"

#include "BenchSupport.h"

#include <QFile>

#include <cstdio>

namespace custodian::bench {

namespace {
void printErr(const QString& text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}
} // namespace

BenchCommandLine::BenchCommandLine(const QString& description, Help help)
    : m_help(help)
    , m_plainHelp(QStringList { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."))
{
    m_parser.setApplicationDescription(description);
    if (m_help == Help::Qt)
        m_parser.addHelpOption();
    else
        m_parser.addOption(m_plainHelp);
}

std::optional<int> BenchCommandLine::parse(const QStringList& arguments, const QList<QCommandLineOption>& options)
{
    m_parser.addOptions(options);
    if (m_help == Help::Qt) {
        // Prints --help or --help-all, or what was wrong, and ends the process.
        m_parser.process(arguments);
        return std::nullopt;
    }
    if (!m_parser.parse(arguments)) {
        printErr(m_parser.errorText());
        return 2;
    }
    if (m_parser.isSet(m_plainHelp)) {
        std::printf("%s", m_parser.helpText().toLocal8Bit().constData());
        return 0;
    }
    return std::nullopt;
}

QString BenchCommandLine::value(const QCommandLineOption& option) const
{
    return m_parser.value(option);
}

QStringList BenchCommandLine::values(const QCommandLineOption& option) const
{
    return m_parser.values(option);
}

bool BenchCommandLine::isSet(const QCommandLineOption& option) const
{
    return m_parser.isSet(option);
}

std::optional<qint64> BenchCommandLine::number(const QCommandLineOption& option, qint64 least, qint64 most) const
{
    bool ok = false;
    const qint64 number = m_parser.value(option).toLongLong(&ok);
    if (!ok || number < least || number > most) {
        printErr(QStringLiteral("--%1 must be from %2 to %3.").arg(option.names().constLast()).arg(least).arg(most));
        return std::nullopt;
    }
    return number;
}

QCommandLineOption BenchCommandLine::seedEventsOption()
{
    return QCommandLineOption(QStringLiteral("events"), QStringLiteral("Events to seed (default 1000000)."),
                              QStringLiteral("N"), QStringLiteral("1000000"));
}

QCommandLineOption BenchCommandLine::demoStoreOption(const QString& kept)
{
    return QCommandLineOption(QStringLiteral("store"),
                              QStringLiteral("Use this store (seeded with --events if it does not exist; kept "
                                             "afterwards%1). Passphrase in CUSTODIAN_PASSPHRASE (default "
                                             "'custodian-bench').")
                                  .arg(kept),
                              QStringLiteral("PATH"));
}

std::optional<QString> BenchCommandLine::demoStore(const QCommandLineOption& store, const QCommandLineOption& events,
                                                   const QTemporaryDir& temporary) const
{
    QString path = m_parser.value(store);
    if (path.isEmpty())
        path = temporary.filePath(QStringLiteral("bench.custodian"));
    if (!ensureDemoStore(path, m_parser.value(events)))
        return std::nullopt;
    return path;
}

QCommandLineOption BenchCommandLine::storesDirectoryOption()
{
    return QCommandLineOption(QStringLiteral("dir"),
                              QStringLiteral("Directory for the stores (default: a temporary one)."),
                              QStringLiteral("DIR"));
}

std::array<QCommandLineOption, 4> BenchCommandLine::trainingScaleOptions(int rounds)
{
    const QString n = QStringLiteral("N");
    return { QCommandLineOption(QStringLiteral("agents"), QStringLiteral("Agents (default 20000)."), n,
                                QStringLiteral("20000")),
             QCommandLineOption(QStringLiteral("modules"), QStringLiteral("Modules (default 40)."), n,
                                QStringLiteral("40")),
             QCommandLineOption(QStringLiteral("years"), QStringLiteral("Years of history (default 3)."), n,
                                QStringLiteral("3")),
             QCommandLineOption(QStringLiteral("rounds"), QStringLiteral("Rounds (default %1).").arg(rounds), n,
                                QString::number(rounds)) };
}

QCommandLineOption BenchCommandLine::existingStoreOption()
{
    return QCommandLineOption(QStringLiteral("store"), QStringLiteral("The store."), QStringLiteral("PATH"));
}

QCommandLineOption BenchCommandLine::passphraseFileOption()
{
    return QCommandLineOption(QStringLiteral("passphrase-file"),
                              QStringLiteral("Passphrase file (else CUSTODIAN_PASSPHRASE)."), QStringLiteral("FILE"));
}

std::optional<QString> BenchCommandLine::existingStore(const QCommandLineOption& store) const
{
    const QString path = m_parser.value(store);
    if (path.isEmpty()) {
        printErr(QStringLiteral("--store PATH is required"));
        return std::nullopt;
    }
    return path;
}

std::optional<QByteArray> BenchCommandLine::passphrase(const QCommandLineOption& passphraseFile) const
{
    if (!m_parser.isSet(passphraseFile))
        return qgetenv("CUSTODIAN_PASSPHRASE");
    QFile file(m_parser.value(passphraseFile));
    if (!file.open(QIODevice::ReadOnly)) {
        printErr(QStringLiteral("cannot read the passphrase file"));
        return std::nullopt;
    }
    return file.readAll().trimmed();
}

} // namespace custodian::bench
