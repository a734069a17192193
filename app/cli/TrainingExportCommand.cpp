#include "cli/TrainingExportCommand.h"

#include "cli/CommandSupport.h"
#include "cli/ConsoleOutput.h"
#include "domain/Clock.h"
#include "export/TrainingEvidenceJob.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>

namespace custodian {

namespace {
using namespace CommandSupport;

const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("csv or pdf."),
                                      QStringLiteral("FORMAT"));
const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE"));
const QCommandLineOption forceOption(QStringLiteral("force"), QStringLiteral("Replace an existing file."));
const QCommandLineOption teamOption(QStringLiteral("team"), QStringLiteral("Only one team (its id or name)."),
                                    QStringLiteral("TEAM"));
const QCommandLineOption siteOption(QStringLiteral("site"), QStringLiteral("Only one site (its id or code)."),
                                    QStringLiteral("SITE"));
const QCommandLineOption moduleOption(QStringLiteral("module"), QStringLiteral("Only one module (its code or id)."),
                                      QStringLiteral("CODE"));
const QCommandLineOption fromOption(QStringLiteral("from"),
                                    QStringLiteral("Completions from this date (UTC, inclusive; default: all)."),
                                    QStringLiteral("DATE"));
const QCommandLineOption toOption(QStringLiteral("to"),
                                  QStringLiteral("… to this date (UTC, inclusive; default: now); the state is "
                                                 "reported at its end."),
                                  QStringLiteral("DATE"));

// --to names the last day of the period: a date alone runs to its end (the next day's start); a date and time is the
// period's end itself.
Result<qint64> periodEnd(const QString& text)
{
    auto at = parseInstant(text, QStringLiteral("--to"));
    if (!at)
        return at;
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 10 && QDate::fromString(trimmed, Qt::ISODate).isValid())
        return *at + 24LL * 3600 * 1000;
    return at;
}
} // namespace

int TrainingExportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    withStore(parser);
    parser.addOptions(
        { formatOption, outOption, forceOption, teamOption, siteOption, moduleOption, fromOption, toOption });
    if (int status = parse(parser, arguments, QStringLiteral("training export"),
                           tr("Writes the training evidence for auditors, CSV or PDF: per agent and module, the "
                              "completion in the period (date, score, passed, expiry, certificate reference) and "
                              "the state at the period's end, with who generated it, the scope, the period and the "
                              "counts. Audited."));
        status >= 0)
        return status;

    // Everything the arguments alone decide is checked before the store is opened.
    TrainingEvidenceJob::Request request;
    if (!parser.isSet(formatOption))
        return usageError(tr("--format csv or --format pdf is required."));
    if (!exportFormatFromName(parser.value(formatOption), &request.format))
        return usageError(tr("--format must be csv or pdf, not '%1'.").arg(parser.value(formatOption).left(32)));
    if (!parser.isSet(outOption) || parser.value(outOption).trimmed().isEmpty())
        return usageError(tr("--out FILE is required."));
    if (parser.isSet(teamOption) && parser.isSet(siteOption))
        return usageError(tr("Give --team or --site, not both."));
    request.path = parser.value(outOption);
    request.replace = parser.isSet(forceOption);
    request.nowMs = Clock::nowMs();
    if (parser.isSet(fromOption)) {
        auto from = parseInstant(parser.value(fromOption), QStringLiteral("--from"));
        if (!from)
            return usageError(from.error().message());
        request.fromMs = *from;
    }
    if (parser.isSet(toOption)) {
        auto to = periodEnd(parser.value(toOption));
        if (!to)
            return usageError(to.error().message());
        request.toMs = *to;
    }
    const qint64 end = request.toMs.value_or(request.nowMs + 1);
    if (request.fromMs && *request.fromMs >= end)
        return usageError(tr("--from must come before --to (and before now when --to is not given)."));
    request.actor = actor();

    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    Database& database = store->database();
    if (parser.isSet(teamOption)) {
        auto id = lookUpOne(database, QStringLiteral("SELECT id FROM team WHERE name = ?1 OR id = ?2"),
                            parser.value(teamOption));
        if (!id)
            return fail(id.error());
        if (!*id)
            return fail(Error(Error::Code::NotFound,
                              tr("No single team is called '%1'.").arg(parser.value(teamOption).left(64))));
        request.scope = TrainingFactsReader::Scope::team(**id);
    } else if (parser.isSet(siteOption)) {
        auto id = lookUpOne(database, QStringLiteral("SELECT id FROM site WHERE code = ?1 OR id = ?2"),
                            parser.value(siteOption));
        if (!id)
            return fail(id.error());
        if (!*id)
            return fail(
                Error(Error::Code::NotFound, tr("There is no site '%1'.").arg(parser.value(siteOption).left(64))));
        request.scope = TrainingFactsReader::Scope::site(**id);
    }
    if (parser.isSet(moduleOption)) {
        auto id = lookUpOne(database, QStringLiteral("SELECT id FROM training_module WHERE code = ?1 OR id = ?2"),
                            parser.value(moduleOption));
        if (!id)
            return fail(id.error());
        if (!*id)
            return fail(Error(Error::Code::NotFound,
                              tr("There is no training module '%1'.").arg(parser.value(moduleOption).left(64))));
        request.moduleId = **id;
    }

    TrainingEvidenceJob job(database, database, std::move(request));
    auto written = job.run();
    if (!written)
        return fail(written.error());
    const TrainingEvidence::Counts& c = written->counts;
    ConsoleOutput::out(tr("Wrote %1: %2 row(s) for %3 agent(s) — %4 required, %5 complete at the end, %6 overdue, "
                          "%7 expired; %8 completed in the period — %9 bytes (console audit #%10).")
                           .arg(QDir::toNativeSeparators(written->path))
                           .arg(c.rows)
                           .arg(c.agents)
                           .arg(c.required)
                           .arg(c.complete)
                           .arg(c.overdue)
                           .arg(c.expired)
                           .arg(c.completedInPeriod)
                           .arg(written->bytes)
                           .arg(written->auditSeq));
    return 0;
}

} // namespace custodian
