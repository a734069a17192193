#include "cli/IncidentCommands.h"

#include "cli/CommandSupport.h"
#include "cli/ConsoleOutput.h"
#include "domain/Clock.h"
#include "domain/IncidentPhases.h"
#include "domain/Vocabulary.h"
#include "export/BreachRegisterJob.h"
#include "export/IncidentReport.h"
#include "rules/IncidentBulkAction.h"
#include "rules/IncidentSla.h"
#include "rules/IncidentTemplates.h"
#include "rules/IncidentWorkflow.h"
#include "store/Database.h"
#include "store/EvidenceRegister.h"
#include "store/IncidentListReader.h"
#include "store/IncidentObservableReader.h"
#include "store/IncidentRepository.h"
#include "store/IncidentTimeline.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeDatabase>

#include <algorithm>

namespace custodian {

namespace {
using namespace CommandSupport;

const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
const QCommandLineOption openOnlyOption(QStringLiteral("open"), QStringLiteral("Only incidents not closed."));
const QCommandLineOption closedOnlyOption(QStringLiteral("closed"), QStringLiteral("Only closed incidents."));
const QCommandLineOption phaseOption(QStringLiteral("phase"),
                                     QStringLiteral("declared, analysing, containing, eradicating, recovering or "
                                                    "closed."),
                                     QStringLiteral("PHASE"));
const QCommandLineOption severityOption(QStringLiteral("severity"), QStringLiteral("low, medium, high or critical."),
                                        QStringLiteral("SEVERITY"));
// list's --severity is the Incidents page's "severity at least" (IncidentFilter::minimumSeverity), not an exact one.
const QCommandLineOption minimumSeverityOption(QStringLiteral("severity"),
                                               QStringLiteral("This severity or a higher one: low, medium, high or "
                                                              "critical."),
                                               QStringLiteral("SEVERITY"));
const QCommandLineOption ownerOption(QStringLiteral("owner"),
                                     QStringLiteral("The owning supervisor's user name or id."),
                                     QStringLiteral("USERNAME"));
const QCommandLineOption slaBreachedOption(QStringLiteral("sla-breached"),
                                           QStringLiteral("Only open incidents past their due date."));
const QCommandLineOption gdprOption(QStringLiteral("gdpr-running"),
                                    QStringLiteral("Only personal-data breaches whose authority is not notified yet "
                                                   "(the GDPR 72-hour clock runs)."));
const QCommandLineOption limitOption(QStringLiteral("limit"),
                                     QStringLiteral("At most N incidents, the newest first (default 500)."),
                                     QStringLiteral("N"), QStringLiteral("500"));
const QCommandLineOption titleOption(QStringLiteral("title"), QStringLiteral("The incident's title."),
                                     QStringLiteral("TEXT"));
const QCommandLineOption categoryOption(QStringLiteral("category"),
                                        QStringLiteral("The category's code (see `incident open --help`)."),
                                        QStringLiteral("CODE"));
const QCommandLineOption descriptionOption(QStringLiteral("description"), QStringLiteral("What was seen."),
                                           QStringLiteral("TEXT"));
const QCommandLineOption detectedOption(QStringLiteral("detected-at"),
                                        QStringLiteral("When it was detected (UTC; default: now)."),
                                        QStringLiteral("TIME"));
const QCommandLineOption impactOption(QStringLiteral("impact"), QStringLiteral("none, minor, moderate or major."),
                                      QStringLiteral("IMPACT"));
const QCommandLineOption reasonOption(QStringLiteral("reason"),
                                      QStringLiteral("Why (a phase moved back, a task not applicable)."),
                                      QStringLiteral("TEXT"));
const QCommandLineOption sharedReasonOption(QStringLiteral("reason"),
                                            QStringLiteral("Why, recorded on each incident (required for several)."),
                                            QStringLiteral("TEXT"));
const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("The phase to move to."),
                                  QStringLiteral("PHASE"));
const QCommandLineOption taskOption(QStringLiteral("task"),
                                    QStringLiteral("The task's number in the incident (see `incident show`) or key."),
                                    QStringLiteral("N"));
const QCommandLineOption doneOption(QStringLiteral("done"), QStringLiteral("The task is done."));
const QCommandLineOption notApplicableOption(QStringLiteral("not-applicable"),
                                             QStringLiteral("The task does not apply (needs --reason)."));
const QCommandLineOption outcomeOption(QStringLiteral("outcome"),
                                       QStringLiteral("true_positive_with_impact, true_positive_without_impact, "
                                                      "false_positive, duplicate or benign."),
                                       QStringLiteral("OUTCOME"));
const QCommandLineOption summaryOption(QStringLiteral("summary"), QStringLiteral("The closing summary."),
                                       QStringLiteral("TEXT"));
const QCommandLineOption duplicateOfOption(QStringLiteral("duplicate-of"),
                                           QStringLiteral("The incident this one duplicates (outcome duplicate)."),
                                           QStringLiteral("INCIDENT"));
const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("The file's format."),
                                      QStringLiteral("FORMAT"));
const QCommandLineOption outputOption(QStringLiteral("output"), QStringLiteral("The file to write."),
                                      QStringLiteral("FILE"));
const QCommandLineOption forceOption(QStringLiteral("force"), QStringLiteral("Replace --output if it exists."));

template <typename E, std::size_t N> std::optional<E> byName(const QString& name, const E (&values)[N])
{
    for (E value : values)
        if (toString(value) == name.trimmed().toLower())
            return value;
    return std::nullopt;
}

constexpr Severity Severities[] { Severity::Low, Severity::Medium, Severity::High, Severity::Critical };
constexpr IncidentPhase Phases[] { IncidentPhase::Declared,    IncidentPhase::Analysing,  IncidentPhase::Containing,
                                   IncidentPhase::Eradicating, IncidentPhase::Recovering, IncidentPhase::Closed };
constexpr IncidentImpact Impacts[] { IncidentImpact::None, IncidentImpact::Minor, IncidentImpact::Moderate,
                                     IncidentImpact::Major };
constexpr IncidentOutcome Outcomes[] { IncidentOutcome::TruePositiveWithImpact,
                                       IncidentOutcome::TruePositiveWithoutImpact, IncidentOutcome::FalsePositive,
                                       IncidentOutcome::Duplicate, IncidentOutcome::Benign };

Error badValue(const QString& option, const QString& value, const QString& allowed)
{
    return Error(Error::Code::InvalidArgument,
                 IncidentCommands::tr("--%1 must be one of %2, not '%3'.").arg(option, allowed, value.left(32)));
}

template <typename E, std::size_t N> QString names(const E (&values)[N])
{
    QStringList out;
    for (E value : values)
        out << toString(value);
    return out.join(QStringLiteral(", "));
}

template <typename E, std::size_t N>
Result<E> parseValue(const QCommandLineParser& parser, const QCommandLineOption& option, const E (&values)[N])
{
    const QString text = parser.value(option);
    if (auto value = byName(text, values))
        return *value;
    return badValue(option.names().first(), text, names(values));
}

Result<qint64> incidentId(Database& database, const QString& reference)
{
    if (reference.trimmed().isEmpty())
        return Error(Error::Code::InvalidArgument,
                     IncidentCommands::tr("Name the incident: its reference (INC-2026-0042), incident:<id> or its id "
                                          "(see `custodian-cli incident list`)."));
    QString text = reference.trimmed();
    if (text.startsWith(QLatin1String("incident:")))
        text = text.mid(9);
    auto id
        = lookUpOne(database, QStringLiteral("SELECT id FROM incident WHERE reference = upper(?1) OR id = ?2"), text);
    if (!id)
        return id.error();
    if (!*id)
        return Error(Error::Code::NotFound,
                     IncidentCommands::tr("There is no incident '%1' (see `custodian-cli incident list`).")
                         .arg(reference.left(64)));
    return **id;
}

Result<qint64> supervisorId(Database& database, const QString& name)
{
    auto id = lookUpOne(database, QStringLiteral("SELECT id FROM supervisor WHERE username = ?1 OR id = ?2"), name);
    if (!id)
        return id.error();
    if (!*id)
        return Error(Error::Code::NotFound,
                     IncidentCommands::tr("No supervisor is called '%1' in this store.").arg(name.left(64)));
    return **id;
}

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString slaState(IncidentSla::State state)
{
    switch (state) {
    case IncidentSla::State::OnTrack:
        return QStringLiteral("on_track");
    case IncidentSla::State::DueSoon:
        return QStringLiteral("due_soon");
    case IncidentSla::State::Breached:
        return QStringLiteral("breached");
    case IncidentSla::State::MetAt:
        return QStringLiteral("met");
    case IncidentSla::State::ClosedLate:
        return QStringLiteral("closed_late");
    }
    return QString();
}

// The list reads through IncidentListReader with an IncidentFilter, as the Incidents page does, so that the CLI and the
// page select the same incidents. The options map onto the filter (docs/incidents.md, "Command line"): no --open or
// --closed lists every incident; --severity is a minimum; --owner is the filter's "owner: me" with `me` the supervisor
// named; --gdpr-running is a clock started ("aware at" set) and the authority not notified.
int list(Database& database, const QCommandLineParser& parser)
{
    if (parser.isSet(openOnlyOption) && parser.isSet(closedOnlyOption))
        return usageError(IncidentCommands::tr("Choose --open or --closed, not both."));
    bool numeric = false;
    const qint64 limit = parser.value(limitOption).toLongLong(&numeric);
    if (!numeric || limit < 1)
        return usageError(IncidentCommands::tr("--limit must be a whole number of at least 1, not '%1'.")
                              .arg(parser.value(limitOption).left(32)));
    IncidentListReader::Query query;
    IncidentFilter& filter = query.filter;
    filter.status = parser.isSet(openOnlyOption) ? IncidentFilter::Status::Open
        : parser.isSet(closedOnlyOption)         ? IncidentFilter::Status::Closed
                                                 : IncidentFilter::Status::All;
    if (parser.isSet(minimumSeverityOption)) {
        auto value = parseValue(parser, minimumSeverityOption, Severities);
        if (!value)
            return usageError(value.error().message());
        filter.minimumSeverity = *value;
    }
    if (parser.isSet(phaseOption)) {
        auto value = parseValue(parser, phaseOption, Phases);
        if (!value)
            return usageError(value.error().message());
        filter.phase = *value;
    }
    if (parser.isSet(ownerOption)) {
        auto id = supervisorId(database, parser.value(ownerOption));
        if (!id)
            return fail(id.error());
        filter.owner = IncidentFilter::Owner::Me;
        query.meId = *id;
    }
    if (parser.isSet(slaBreachedOption))
        filter.sla = IncidentFilter::Sla::Breached;
    filter.gdprClockRunning = parser.isSet(gdprOption);
    const qint64 now = Clock::nowMs();
    query.now = now;
    const IncidentSla::Windows windows;
    query.slaWindowMs = { windows.ms(Severity::Low), windows.ms(Severity::Medium), windows.ms(Severity::High),
                          windows.ms(Severity::Critical) };
    // The reader counts in int; no store holds anywhere near this many incidents.
    query.limit = int(std::min<qint64>(limit, 100'000'000));
    auto page = IncidentListReader::read(database, query);
    if (!page)
        return fail(page.error());
    const std::vector<IncidentListReader::Row>& rows = page->rows;
    // On stderr, so that --json's output stays one JSON document.
    if (page->more)
        ConsoleOutput::err(IncidentCommands::tr("More incidents match than --limit %1 shows.").arg(limit));
    if (parser.isSet(jsonOption)) {
        QJsonArray out;
        for (const IncidentListReader::Row& r : rows) {
            const IncidentSla::Reading sla = IncidentSla::at(r.openedAt, r.severity, r.closedAt, now);
            out << QJsonObject { { QStringLiteral("id"), QString::number(r.id) },
                                 { QStringLiteral("reference"), r.reference },
                                 { QStringLiteral("title"), r.title },
                                 { QStringLiteral("severity"), toString(r.severity) },
                                 { QStringLiteral("category"), r.category },
                                 { QStringLiteral("phase"), toString(r.phase) },
                                 { QStringLiteral("owner"), optionalText(r.ownerName) },
                                 { QStringLiteral("opened_at"), utc(r.openedAt) },
                                 { QStringLiteral("closed_at"), optionalUtc(r.closedAt) },
                                 { QStringLiteral("due_at"), utc(sla.dueAt) },
                                 { QStringLiteral("sla"), slaState(sla.state) },
                                 { QStringLiteral("personal_data_breach"), r.personalDataBreach },
                                 { QStringLiteral("notification_deadline_at"), optionalUtc(r.notificationDeadlineAt) },
                                 { QStringLiteral("authority_notified_at"), optionalUtc(r.notifiedAt) } };
        }
        printJson(out);
        return 0;
    }
    if (rows.empty())
        ConsoleOutput::out(IncidentCommands::tr("No incidents match."));
    for (const IncidentListReader::Row& r : rows) {
        const IncidentSla::Reading sla = IncidentSla::at(r.openedAt, r.severity, r.closedAt, now);
        QString state = r.closedAt ? IncidentCommands::tr("closed %1").arg(utc(*r.closedAt)) : toString(r.phase);
        if (sla.state == IncidentSla::State::Breached)
            state += IncidentCommands::tr(", SLA BREACHED since %1").arg(utc(sla.dueAt));
        if (r.personalDataBreach && !r.notifiedAt && r.notificationDeadlineAt)
            state += IncidentCommands::tr(", GDPR: notify by %1").arg(utc(*r.notificationDeadlineAt));
        ConsoleOutput::out(QStringLiteral("%1  %2  [%3 %4]  %5  %6")
                               .arg(r.reference, r.title.left(60), toString(r.severity), r.category,
                                    r.ownerName.isEmpty() ? IncidentCommands::tr("no owner") : r.ownerName, state));
    }
    return 0;
}

int show(Database& database, const QString& reference, bool json)
{
    auto id = incidentId(database, reference);
    if (!id)
        return fail(id.error());
    auto detail = IncidentRepository(database).load(*id);
    if (!detail)
        return fail(detail.error());
    if (!*detail)
        return fail(Error(Error::Code::NotFound, IncidentCommands::tr("There is no incident '%1'.").arg(reference)));
    auto chain = IncidentTimeline::verify(database, *id);
    if (!chain)
        return fail(chain.error());
    auto observables = IncidentObservableReader::observables(database, *id);
    if (!observables)
        return fail(observables.error());
    const IncidentRepository::Incident& i = (*detail)->incident;
    const IncidentSla::Reading sla = IncidentSla::at(i.openedAt, i.severity, i.closedAt, Clock::nowMs());
    if (json) {
        QJsonArray tasks;
        for (const auto& t : (*detail)->tasks)
            tasks << QJsonObject { { QStringLiteral("number"), t.position },
                                   { QStringLiteral("key"), t.key },
                                   { QStringLiteral("title"), t.title },
                                   { QStringLiteral("mandatory"), t.mandatory },
                                   { QStringLiteral("phase"), toString(t.phase) },
                                   { QStringLiteral("state"), toString(t.state) },
                                   { QStringLiteral("reason"), optionalText(t.reason) },
                                   { QStringLiteral("decided_by"), optionalText(t.decidedBy) },
                                   { QStringLiteral("decided_at"), optionalUtc(t.decidedAt) } };
        QJsonArray timeline;
        for (const auto& e : (*detail)->timeline)
            timeline << QJsonObject {
                { QStringLiteral("at"), utc(e.at) },
                { QStringLiteral("author"), e.author },
                { QStringLiteral("kind"), e.kind },
                { QStringLiteral("phase"), e.phase ? QJsonValue(toString(*e.phase)) : QJsonValue() },
                { QStringLiteral("text"), e.text },
                { QStringLiteral("position"), e.position ? QJsonValue(double(*e.position)) : QJsonValue() }
            };
        QJsonArray observed;
        static const char* const kinds[] { "", "agent", "record", "workstation", "session" };
        for (const auto& o : *observables)
            observed << QJsonObject { { QStringLiteral("kind"), QString::fromLatin1(kinds[int(o.kind)]) },
                                      { QStringLiteral("label"), o.label },
                                      { QStringLiteral("events"), double(o.events) },
                                      { QStringLiteral("first_at"), optionalUtc(o.firstAt) },
                                      { QStringLiteral("last_at"), optionalUtc(o.lastAt) } };
        printJson(QJsonObject {
            { QStringLiteral("id"), QString::number(i.id) },
            { QStringLiteral("reference"), i.reference },
            { QStringLiteral("title"), i.title },
            { QStringLiteral("description"), i.description },
            { QStringLiteral("category"), i.category },
            { QStringLiteral("severity"), toString(i.severity) },
            { QStringLiteral("impact"), i.impact ? QJsonValue(toString(*i.impact)) : QJsonValue() },
            { QStringLiteral("owner"), optionalText(i.assigneeName) },
            { QStringLiteral("phase"), toString(i.phase) },
            { QStringLiteral("csf_function"), Vocabulary::csfFunction(IncidentPhases::csfFunction(i.phase)) },
            { QStringLiteral("detected_at"), utc(i.detectedAt) },
            { QStringLiteral("opened_at"), utc(i.openedAt) },
            { QStringLiteral("closed_at"), optionalUtc(i.closedAt) },
            { QStringLiteral("closed_by"), optionalText(i.closedBy) },
            { QStringLiteral("outcome"), i.outcome ? QJsonValue(toString(*i.outcome)) : QJsonValue() },
            { QStringLiteral("closure_summary"), optionalText(i.closureSummary) },
            { QStringLiteral("duplicate_of"), optionalText(i.duplicateOfReference) },
            { QStringLiteral("due_at"), utc(sla.dueAt) },
            { QStringLiteral("sla"), slaState(sla.state) },
            { QStringLiteral("personal_data_breach"), i.personalDataBreach },
            { QStringLiteral("aware_at"), optionalUtc(i.breachEstablishedAt) },
            { QStringLiteral("version"), double(i.version) },
            { QStringLiteral("tasks"), tasks },
            { QStringLiteral("timeline"), timeline },
            { QStringLiteral("timeline_intact"), chain->intact },
            { QStringLiteral("timeline_problem"), optionalText(chain->reason) },
            { QStringLiteral("observables"), observed } });
        return 0;
    }
    ConsoleOutput::out(QStringLiteral("%1  %2").arg(i.reference, i.title));
    ConsoleOutput::out(IncidentCommands::tr("  category %1, severity %2, impact %3, owner %4")
                           .arg(i.category, toString(i.severity),
                                i.impact ? toString(*i.impact) : IncidentCommands::tr("not assessed"),
                                i.assigneeName.isEmpty() ? IncidentCommands::tr("none") : i.assigneeName));
    ConsoleOutput::out(IncidentCommands::tr("  phase %1 (CSF %2); detected %3, opened %4; due %5 (%6)")
                           .arg(toString(i.phase), Vocabulary::csfFunction(IncidentPhases::csfFunction(i.phase)),
                                utc(i.detectedAt), utc(i.openedAt), utc(sla.dueAt), slaState(sla.state)));
    if (i.closedAt)
        ConsoleOutput::out(
            IncidentCommands::tr("  closed %1 by %2: %3 — %4")
                .arg(utc(*i.closedAt), i.closedBy, i.outcome ? toString(*i.outcome) : QString(), i.closureSummary));
    if (i.personalDataBreach)
        ConsoleOutput::out(IncidentCommands::tr("  personal-data breach, aware at %1")
                               .arg(i.breachEstablishedAt ? utc(*i.breachEstablishedAt) : QString()));
    ConsoleOutput::out(IncidentCommands::tr("Tasks:"));
    for (const auto& t : (*detail)->tasks)
        ConsoleOutput::out(
            QStringLiteral("  %1. [%2] %3%4%5")
                .arg(t.position)
                .arg(toString(t.state), t.title, t.mandatory ? IncidentCommands::tr(" (mandatory)") : QString(),
                     t.decidedAt ? IncidentCommands::tr(" — %1 %2").arg(t.decidedBy, utc(*t.decidedAt)) : QString()));
    ConsoleOutput::out(chain->intact ? IncidentCommands::tr("Timeline (chain intact, %1 entries):").arg(chain->chained)
                                     : IncidentCommands::tr("Timeline (CHAIN BROKEN: %1):").arg(chain->reason));
    for (const auto& e : (*detail)->timeline)
        ConsoleOutput::out(QStringLiteral("  %1  %2  %3  %4").arg(utc(e.at), e.author, e.kind, e.text.left(200)));
    ConsoleOutput::out(IncidentCommands::tr("Observables:"));
    for (const auto& o : *observables)
        ConsoleOutput::out(IncidentCommands::tr("  %1 (%2 event(s))").arg(o.label).arg(o.events));
    return 0;
}

int open(Database& database, const QCommandLineParser& parser)
{
    if (!parser.isSet(titleOption) || !parser.isSet(categoryOption) || !parser.isSet(ownerOption))
        return usageError(IncidentCommands::tr("--title, --category and --owner are required."));
    IncidentWorkflow::OpenDraft draft;
    draft.title = parser.value(titleOption);
    draft.category = parser.value(categoryOption);
    draft.description = parser.value(descriptionOption);
    if (parser.isSet(severityOption)) {
        auto value = parseValue(parser, severityOption, Severities);
        if (!value)
            return usageError(value.error().message());
        draft.severity = *value;
    }
    const qint64 now = Clock::nowMs();
    draft.detectedAt = now;
    if (parser.isSet(detectedOption)) {
        auto at = parseInstant(parser.value(detectedOption), QStringLiteral("--detected-at"));
        if (!at)
            return usageError(at.error().message());
        draft.detectedAt = *at;
    }
    auto owner = supervisorId(database, parser.value(ownerOption));
    if (!owner)
        return fail(owner.error());
    draft.ownerId = *owner;
    auto actor = consoleActor(database);
    if (!actor)
        return fail(actor.error());
    auto opened = IncidentWorkflow::open(database, draft, *actor, now);
    if (!opened)
        return fail(opened.error());
    ConsoleOutput::out(IncidentCommands::tr("Opened %1 (incident:%2) with %3 task(s).")
                           .arg(opened->reference)
                           .arg(opened->id)
                           .arg(opened->tasks));
    return 0;
}

int update(Database& database, const QCommandLineParser& parser, const QString& reference)
{
    auto id = incidentId(database, reference);
    if (!id)
        return fail(id.error());
    auto found = IncidentRepository(database).find(*id);
    if (!found)
        return fail(found.error());
    const IncidentRepository::Incident& i = **found;
    // The fields as they are, with what the options change: update() refuses when nothing does.
    IncidentRepository::Fields fields { i.title, i.description, i.severity, i.assigneeId, i.impact };
    if (parser.isSet(titleOption))
        fields.title = parser.value(titleOption);
    if (parser.isSet(descriptionOption))
        fields.description = parser.value(descriptionOption);
    if (parser.isSet(severityOption)) {
        auto value = parseValue(parser, severityOption, Severities);
        if (!value)
            return usageError(value.error().message());
        fields.severity = *value;
    }
    if (parser.isSet(impactOption)) {
        auto value = parseValue(parser, impactOption, Impacts);
        if (!value)
            return usageError(value.error().message());
        fields.impact = *value;
    }
    if (parser.isSet(ownerOption)) {
        auto owner = supervisorId(database, parser.value(ownerOption));
        if (!owner)
            return fail(owner.error());
        fields.assigneeId = *owner;
    }
    auto actor = consoleActor(database);
    if (!actor)
        return fail(actor.error());
    if (auto status = IncidentWorkflow::update(database, *id, fields, *actor); !status)
        return fail(status.error());
    ConsoleOutput::out(IncidentCommands::tr("Updated %1.").arg(i.reference));
    return 0;
}

int phase(Database& database, const QCommandLineParser& parser, const QString& reference)
{
    auto id = incidentId(database, reference);
    if (!id)
        return fail(id.error());
    if (!parser.isSet(toOption))
        return usageError(IncidentCommands::tr("--to PHASE is required."));
    auto to = parseValue(parser, toOption, Phases);
    if (!to)
        return usageError(to.error().message());
    auto actor = consoleActor(database);
    if (!actor)
        return fail(actor.error());
    const QString reason = parser.value(reasonOption);
    auto found = IncidentRepository(database).find(*id);
    if (!found)
        return fail(found.error());
    // Closed → analysing is a reopening, with its own rules; every other move is a phase change.
    const bool reopening = *found && (*found)->phase == IncidentPhase::Closed && *to == IncidentPhase::Analysing;
    const Status status = reopening ? IncidentWorkflow::reopen(database, *id, reason, *actor)
                                    : IncidentWorkflow::changePhase(database, *id, *to, reason, *actor);
    if (!status)
        return fail(status.error());
    ConsoleOutput::out(IncidentCommands::tr("Moved to %1.").arg(toString(*to)));
    return 0;
}

int task(Database& database, const QCommandLineParser& parser, const QString& reference)
{
    auto id = incidentId(database, reference);
    if (!id)
        return fail(id.error());
    if (!parser.isSet(taskOption))
        return usageError(IncidentCommands::tr("--task N is required (see `custodian-cli incident show`)."));
    if (parser.isSet(doneOption) == parser.isSet(notApplicableOption))
        return usageError(IncidentCommands::tr("Give --done or --not-applicable."));
    auto tasks = IncidentRepository(database).tasks(*id);
    if (!tasks)
        return fail(tasks.error());
    const QString which = parser.value(taskOption);
    const IncidentRepository::Task* chosen = nullptr;
    for (const auto& t : *tasks)
        if (QString::number(t.position) == which || t.key == which)
            chosen = &t;
    if (!chosen)
        return fail(Error(Error::Code::NotFound,
                          IncidentCommands::tr("The incident has no task '%1' (see `custodian-cli incident show`).")
                              .arg(which.left(32))));
    auto actor = consoleActor(database);
    if (!actor)
        return fail(actor.error());
    const IncidentTaskState state
        = parser.isSet(doneOption) ? IncidentTaskState::Done : IncidentTaskState::NotApplicable;
    if (auto status = IncidentWorkflow::decideTask(database, chosen->id, state, parser.value(reasonOption), *actor);
        !status)
        return fail(status.error());
    ConsoleOutput::out(
        IncidentCommands::tr("Task %1 (%2): %3.").arg(chosen->position).arg(chosen->title, toString(state)));
    return 0;
}

// Several incidents with one shared reason (IncidentBulkAction): each changed in its own transaction, a refusal of one
// said on stderr while the others go on. The incidents are resolved first: one that cannot be named stops everything
// before anything changes. Exit 1 when any was refused.
int bulk(Database& database, IncidentBulkAction::Request request, const QStringList& references)
{
    for (const QString& reference : references) {
        auto id = incidentId(database, reference);
        if (!id)
            return fail(id.error());
        request.incidentIds.push_back(*id);
    }
    auto actor = consoleActor(database);
    if (!actor)
        return fail(actor.error());
    const bool assign = request.kind == IncidentBulkAction::Kind::Assign;
    auto report = IncidentBulkAction::run(database, request, *actor);
    if (!report)
        return fail(report.error());
    for (const IncidentBulkAction::Outcome& outcome : report->outcomes) {
        if (outcome.done)
            ConsoleOutput::out(assign ? IncidentCommands::tr("Assigned %1.").arg(outcome.reference)
                                      : IncidentCommands::tr("Closed %1.").arg(outcome.reference));
        else
            ConsoleOutput::err(IncidentCommands::tr("Refused: %1").arg(outcome.message));
    }
    const int done = report->done();
    ConsoleOutput::out(assign ? IncidentCommands::tr("%1 of %2 incidents assigned; %3 refused.")
                                    .arg(done)
                                    .arg(report->outcomes.size())
                                    .arg(report->refused())
                              : IncidentCommands::tr("%1 of %2 incidents closed; %3 refused.")
                                    .arg(done)
                                    .arg(report->outcomes.size())
                                    .arg(report->refused()));
    return report->refused() > 0 ? 1 : 0;
}

int assign(Database& database, const QCommandLineParser& parser, const QStringList& references)
{
    if (!parser.isSet(ownerOption) || !parser.isSet(sharedReasonOption))
        return usageError(IncidentCommands::tr("--owner and --reason are required."));
    auto owner = supervisorId(database, parser.value(ownerOption));
    if (!owner)
        return fail(owner.error());
    IncidentBulkAction::Request request;
    request.kind = IncidentBulkAction::Kind::Assign;
    request.ownerId = *owner;
    request.reason = parser.value(sharedReasonOption);
    return bulk(database, request, references);
}

int close(Database& database, const QCommandLineParser& parser, const QStringList& references)
{
    if (references.size() > 1 && !parser.isSet(sharedReasonOption))
        return usageError(IncidentCommands::tr("Closing several incidents needs --reason, recorded on each."));
    const QString reference = references.value(0);
    auto id = incidentId(database, reference);
    if (!id)
        return fail(id.error());
    IncidentWorkflow::Closing closing;
    if (parser.isSet(outcomeOption)) {
        auto value = parseValue(parser, outcomeOption, Outcomes);
        if (!value)
            return usageError(value.error().message());
        closing.outcome = *value;
    }
    closing.summary = parser.value(summaryOption);
    if (parser.isSet(duplicateOfOption)) {
        auto duplicated = incidentId(database, parser.value(duplicateOfOption));
        if (!duplicated)
            return fail(duplicated.error());
        closing.duplicateOf = *duplicated;
    }
    if (references.size() > 1) {
        IncidentBulkAction::Request request;
        request.kind = IncidentBulkAction::Kind::Close;
        request.closing = closing;
        request.reason = parser.value(sharedReasonOption);
        return bulk(database, request, references);
    }
    auto actor = consoleActor(database);
    if (!actor)
        return fail(actor.error());
    if (auto status = IncidentWorkflow::close(database, *id, closing, parser.value(sharedReasonOption), *actor);
        !status)
        return fail(status.error());
    ConsoleOutput::out(IncidentCommands::tr("Closed %1.").arg(reference));
    return 0;
}

int attach(Database& database, const QString& reference, const QString& path, const QCommandLineParser& parser)
{
    auto id = incidentId(database, reference);
    if (!id)
        return fail(id.error());
    if (path.isEmpty())
        return usageError(IncidentCommands::tr("Name the file to attach: incident attach INCIDENT FILE."));
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return fail(
            Error(Error::Code::NotFound,
                  IncidentCommands::tr("Cannot read %1: %2")
                      .arg(QDir::toNativeSeparators(path),
                           QFileInfo(path).isDir() ? IncidentCommands::tr("it is a folder") : file.errorString())));
    EvidenceRegister::NewItem item;
    item.incidentId = *id;
    item.fileName = QFileInfo(path).fileName();
    item.mediaType = QMimeDatabase().mimeTypeForFile(QFileInfo(path)).name();
    item.description = parser.value(descriptionOption);
    auto added = EvidenceRegister::add(database, item, file, CommandSupport::actor());
    if (!added)
        return fail(added.error());
    auto stored = EvidenceRegister::item(database, *added);
    if (!stored)
        return fail(stored.error());
    ConsoleOutput::out(IncidentCommands::tr("Attached %1 as evidence:%2: %3 bytes, SHA-256 %4.")
                           .arg(stored->fileName)
                           .arg(stored->id)
                           .arg(stored->size)
                           .arg(QString::fromLatin1(stored->sha256.toHex())));
    return 0;
}

int report(Database& database, const QCommandLineParser& parser, const QString& reference)
{
    auto id = incidentId(database, reference);
    if (!id)
        return fail(id.error());
    if (!parser.isSet(formatOption) || !parser.isSet(outputOption))
        return usageError(IncidentCommands::tr("--format pdf|md and --output FILE are required."));
    auto format = IncidentReport::formatFromName(parser.value(formatOption));
    if (!format)
        return usageError(format.error().message());
    auto written = IncidentReport::write(
        database, { *id, parser.value(outputOption), parser.isSet(forceOption), *format, CommandSupport::actor() });
    if (!written)
        return fail(written.error());
    ConsoleOutput::out(IncidentCommands::tr("Wrote %1: %2 bytes (console audit #%3).")
                           .arg(QDir::toNativeSeparators(written->path))
                           .arg(written->bytes)
                           .arg(written->auditSeq));
    if (!written->timelineIntact)
        ConsoleOutput::err(IncidentCommands::tr("Warning: the incident's timeline chain is broken; the report says "
                                                "where."));
    if (written->tamperedItems > 0)
        ConsoleOutput::err(IncidentCommands::tr("Warning: %1 evidence item(s) differ from what was added; the report "
                                                "names them.")
                               .arg(written->tamperedItems));
    return 0;
}

int breachRegister(Database& database, const QCommandLineParser& parser)
{
    if (!parser.isSet(formatOption) || !parser.isSet(outputOption))
        return usageError(IncidentCommands::tr("--format csv|pdf and --output FILE are required."));
    ExportFormat format = ExportFormat::Csv;
    if (!exportFormatFromName(parser.value(formatOption), &format))
        return usageError(
            badValue(QStringLiteral("format"), parser.value(formatOption), QStringLiteral("csv, pdf")).message());
    BreachRegisterJob job(
        database, database,
        { format, parser.value(outputOption), parser.isSet(forceOption), CommandSupport::actor(), 0 });
    auto written = job.run();
    if (!written)
        return fail(written.error());
    ConsoleOutput::out(IncidentCommands::tr("Wrote %1: %2 breach(es), %3 not notified, %4 withdrawn; %5 bytes "
                                            "(console audit #%6).")
                           .arg(QDir::toNativeSeparators(written->path))
                           .arg(written->rows)
                           .arg(written->unnotified)
                           .arg(written->withdrawn)
                           .arg(written->bytes)
                           .arg(written->auditSeq));
    return 0;
}

QString categoriesText()
{
    QStringList out;
    for (const auto& c : IncidentTemplates::categories())
        out << QStringLiteral("%1 (%2)").arg(c.code, c.name);
    return out.join(QStringLiteral(", "));
}
} // namespace

int IncidentCommands::incident(const QStringList& arguments)
{
    // The sub-command is the first word that is neither an option nor an option's value; the incident and (attach)
    // the file are the words after it.
    static const QStringList takesValue {
        QStringLiteral("--phase"),       QStringLiteral("--severity"),    QStringLiteral("--owner"),
        QStringLiteral("--limit"),       QStringLiteral("--title"),       QStringLiteral("--category"),
        QStringLiteral("--description"), QStringLiteral("--detected-at"), QStringLiteral("--impact"),
        QStringLiteral("--reason"),      QStringLiteral("--to"),          QStringLiteral("--task"),
        QStringLiteral("--outcome"),     QStringLiteral("--summary"),     QStringLiteral("--duplicate-of"),
        QStringLiteral("--format"),      QStringLiteral("--output"),
    };
    QStringList rest = arguments;
    QString what;
    QStringList words;
    takeWords(rest, takesValue, [&](const QString& word) {
        if (what.isEmpty())
            what = word;
        else
            words << word;
        return true;
    });
    static const QStringList commands {
        QStringLiteral("list"),   QStringLiteral("show"),   QStringLiteral("open"),           QStringLiteral("update"),
        QStringLiteral("phase"),  QStringLiteral("task"),   QStringLiteral("close"),          QStringLiteral("assign"),
        QStringLiteral("attach"), QStringLiteral("report"), QStringLiteral("breach-register")
    };
    if (what.isEmpty())
        what = QStringLiteral("list");
    if (!commands.contains(what))
        return usageError(
            tr("Unknown incident command '%1': use %2.").arg(what.left(32), commands.join(QStringLiteral(", "))));
    QCommandLineParser parser;
    withStore(parser);
    QString description;
    // How many INCIDENT (and FILE) words the command takes; Several: one or more incidents (assign, close).
    constexpr int Several = -1;
    int positionals = 1;
    const QString incidentHelp = tr("INCIDENT is its reference (INC-2026-0042), incident:<id> or its id.");
    if (what == QLatin1String("list")) {
        parser.addOptions({ jsonOption, openOnlyOption, closedOnlyOption, phaseOption, minimumSeverityOption,
                            ownerOption, slaBreachedOption, gdprOption, limitOption });
        description = tr("Lists incidents, the newest first, with the Incidents page's filters: the SLA and the GDPR "
                         "clock of each.");
        positionals = 0;
    } else if (what == QLatin1String("show")) {
        parser.addOption(jsonOption);
        description = tr("Shows an incident: its fields, tasks, timeline (with the chain's verification) and "
                         "observables (records masked). ")
            + incidentHelp;
    } else if (what == QLatin1String("open")) {
        parser.addOptions(
            { titleOption, categoryOption, severityOption, ownerOption, descriptionOption, detectedOption });
        description
            = tr("Opens an incident with its category's tasks (audited). Categories: %1.").arg(categoriesText());
        positionals = 0;
    } else if (what == QLatin1String("update")) {
        parser.addOptions({ titleOption, descriptionOption, severityOption, ownerOption, impactOption });
        description
            = tr("Changes an incident's title, description, severity, owner or impact (audited). ") + incidentHelp;
    } else if (what == QLatin1String("phase")) {
        parser.addOptions({ toOption, reasonOption });
        description = tr("Moves an incident to another phase: forward freely, back or reopened (closed → analysing) "
                         "with --reason (audited). ")
            + incidentHelp;
    } else if (what == QLatin1String("task")) {
        parser.addOptions({ taskOption, doneOption, notApplicableOption, reasonOption });
        description = tr("Decides one of an incident's tasks: done, or not applicable with --reason (audited). ")
            + incidentHelp;
    } else if (what == QLatin1String("close")) {
        parser.addOptions({ outcomeOption, summaryOption, duplicateOfOption, sharedReasonOption });
        description = tr("Closes one or more incidents with an outcome and a summary; refused while a mandatory task "
                         "is open. Several incidents need --reason: each is closed on its own, one refused does not "
                         "stop the others (audited). ")
            + incidentHelp;
        positionals = Several;
    } else if (what == QLatin1String("assign")) {
        parser.addOptions({ ownerOption, sharedReasonOption });
        description = tr("Gives one or more incidents a new owner, with --reason recorded on each; each is changed "
                         "on its own, one refused does not stop the others (audited). ")
            + incidentHelp;
        positionals = Several;
    } else if (what == QLatin1String("attach")) {
        parser.addOption(descriptionOption);
        description = tr("Adds FILE to an incident's evidence register: stored encrypted in the store, its SHA-256 "
                         "recorded (audited). ")
            + incidentHelp;
        positionals = 2;
    } else if (what == QLatin1String("report")) {
        parser.addOptions({ formatOption, outputOption, forceOption });
        description = tr("Writes the incident report as PDF or Markdown (--format pdf|md): summary, tasks, timeline, "
                         "observables, evidence re-verified, GDPR notifications (readable by you only; an existing "
                         "file is replaced only with --force; audited). ")
            + incidentHelp;
    } else {
        parser.addOptions({ formatOption, outputOption, forceOption });
        description = tr("Writes the GDPR Art. 33(5) breach register as CSV or PDF (--format csv|pdf; audited).");
        positionals = 0;
    }
    if (positionals == Several)
        parser.addPositionalArgument(QStringLiteral("INCIDENT"), incidentHelp, QStringLiteral("INCIDENT..."));
    else if (positionals >= 1)
        parser.addPositionalArgument(QStringLiteral("INCIDENT"), incidentHelp);
    if (positionals == 2)
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to attach."));
    if (int status = parse(parser, rest, QStringLiteral("incident ") + what, description); status >= 0)
        return status;
    if (positionals != Several && words.size() > positionals)
        return usageError(tr("Unexpected argument '%1'.").arg(words.value(positionals).left(64)));
    if (positionals != 0 && words.isEmpty())
        return usageError(tr("Name the incident. %1").arg(incidentHelp));
    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    Database& database = store->database();
    const QString reference = words.value(0);
    if (what == QLatin1String("list"))
        return list(database, parser);
    if (what == QLatin1String("show"))
        return show(database, reference, parser.isSet(jsonOption));
    if (what == QLatin1String("open"))
        return open(database, parser);
    if (what == QLatin1String("update"))
        return update(database, parser, reference);
    if (what == QLatin1String("phase"))
        return phase(database, parser, reference);
    if (what == QLatin1String("task"))
        return task(database, parser, reference);
    if (what == QLatin1String("close"))
        return close(database, parser, words);
    if (what == QLatin1String("assign"))
        return assign(database, parser, words);
    if (what == QLatin1String("attach"))
        return attach(database, reference, words.value(1), parser);
    if (what == QLatin1String("report"))
        return report(database, parser, reference);
    return breachRegister(database, parser);
}

} // namespace custodian
