#include "rules/IncidentFromEvidence.h"

#include "domain/Clock.h"
#include "rules/FindingCatalogue.h"
#include "rules/FindingWorkflow.h"
#include "rules/IncidentOutbox.h"
#include "rules/IncidentTemplates.h"
#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/IncidentEventLink.h"
#include "store/IncidentLinkRepository.h"
#include "store/IncidentRepository.h"
#include "store/IncidentTimeline.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <map>
#include <set>

namespace custodian {

namespace {
QString target(qint64 incidentId)
{
    return QStringLiteral("incident:%1").arg(incidentId);
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

Error changedMeanwhile(const QString& reference)
{
    return Error(
        Error::Code::InvalidArgument,
        IncidentFromEvidence::tr("%1 was changed by someone else meanwhile; look at it again.").arg(reference));
}

// Raises the incident's version: its events, links or timeline changed, and a later push says against which version.
Status touch(Database& database, const IncidentRepository::Incident& incident)
{
    IncidentRepository incidents(database);
    auto touched = incidents.touch(incident.id, incident.version);
    if (!touched)
        return touched.error();
    if (!*touched)
        return changedMeanwhile(incident.reference);
    return {};
}

// The frame every step shares, written once: its instant (`atMs` < 0: now), ONE transaction, the step's body (given
// the instant; its rows, timeline and audit entries, or a refusal) and the commit. Returns what the body returns.
template <typename Body> auto inTransaction(Database& database, qint64 atMs, Body body) -> decltype(body(qint64 {}))
{
    const qint64 at = atMs < 0 ? Clock::nowMs() : atMs;
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    auto done = body(at);
    if (!done)
        return done;
    if (auto status = transaction->commit(); !status)
        return status.error();
    return done;
}
} // namespace

Result<IncidentRepository::Incident> IncidentFromEvidence::existing(Database& database, qint64 incidentId)
{
    IncidentRepository incidents(database);
    auto found = incidents.find(incidentId);
    if (!found)
        return found.error();
    if (!*found)
        return Error(Error::Code::NotFound, tr("Incident %1 does not exist.").arg(incidentId));
    return std::move(**found);
}

Result<IncidentRepository::Incident> IncidentFromEvidence::opened(Database& database, const OpenDraft& draft,
                                                                  const Actor& actor, qint64 at)
{
    // IncidentWorkflow's opening as a savepoint of the caller's transaction: the same rules, tasks and entries as
    // opening from the Incidents page, undone with the rest if what follows fails.
    auto opened = IncidentWorkflow::open(database, draft, actor, at);
    if (!opened)
        return opened.error();
    return existing(database, opened->id);
}

Result<IncidentFromEvidence::Pair> IncidentFromEvidence::existingPair(Database& database, qint64 oneId, qint64 otherId)
{
    auto one = existing(database, oneId);
    if (!one)
        return one.error();
    auto other = existing(database, otherId);
    if (!other)
        return other.error();
    return Pair { std::move(*one), std::move(*other) };
}

Status IncidentFromEvidence::pairStep(Database& database, qint64 oneId, qint64 otherId, const QString& reason,
                                      const QString& missing, const QString& same, qint64 atMs, const PairBody& body)
{
    auto why = reasonOf(reason, missing);
    if (!why)
        return why.error();
    if (!same.isEmpty() && oneId == otherId)
        return Error(Error::Code::InvalidArgument, same);
    return inTransaction(database, atMs, [&](qint64 at) -> Status {
        auto pair = existingPair(database, oneId, otherId);
        if (!pair)
            return pair.error();
        return body(*pair, *why, at);
    });
}

Result<IncidentFromEvidence::Added>
IncidentFromEvidence::findingsEscalated(Database& database, const IncidentRepository::Incident& incident, Added added,
                                        qint64 findings, const Actor& actor, qint64 at)
{
    added.findings = findings;
    if (auto status = appendEntry(database, incident, QStringLiteral("findings"),
                                  tr("%n finding(s) escalated into this incident.", nullptr, int(findings)), actor, at);
        !status)
        return status.error();
    if (auto status = touch(database, incident); !status)
        return status.error();
    return added;
}

Status IncidentFromEvidence::bothSay(Database& database, const Pair& pair, const QString& kind,
                                     const std::function<QString(const QString& peer)>& text, const Actor& actor,
                                     qint64 at)
{
    for (const auto& [self, peer] : { std::pair { &pair.one, &pair.other }, std::pair { &pair.other, &pair.one } }) {
        if (auto status = appendEntry(database, *self, kind, text(peer->reference), actor, at); !status)
            return status;
        if (auto status = touch(database, *self); !status)
            return status;
    }
    return {};
}

Status IncidentFromEvidence::auditPair(Database& database, const QString& action, const Pair& pair, const QString& why,
                                       const Actor& actor, qint64 at)
{
    const QJsonObject detail { { QStringLiteral("reference"), pair.one.reference },
                               { QStringLiteral("other"), pair.other.reference },
                               { QStringLiteral("reason"), why } };
    auto audited = ConsoleAudit::append(database, actor.auditActor, action, target(pair.one.id), detail, at);
    if (!audited)
        return audited.error();
    return {};
}

Result<QString> IncidentFromEvidence::reasonOf(const QString& reason, const QString& missing)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Code::InvalidArgument, missing);
    if (trimmed.size() > MaxReasonLength)
        return Error(
            Error::Code::InvalidArgument,
            tr("The reason is too long (%1 characters; at most %2).").arg(trimmed.size()).arg(MaxReasonLength));
    return trimmed;
}

Status IncidentFromEvidence::appendEntry(Database& database, const IncidentRepository::Incident& incident,
                                         const QString& kind, const QString& text, const Actor& actor, qint64 entryAt)
{
    IncidentTimeline::Entry entry;
    entry.at = entryAt;
    entry.authorId = actor.supervisorId;
    entry.authorActor = actor.auditActor;
    entry.kind = kind;
    entry.text = text;
    auto appended = IncidentTimeline::append(database, incident.id, entry);
    if (!appended)
        return appended.error();
    return {};
}

Result<IncidentFromEvidence::Added> IncidentFromEvidence::linkEvents(Database& database,
                                                                     const IncidentRepository::Incident& incident,
                                                                     std::vector<qint64> eventIds, const QString& why,
                                                                     const Actor& actor, qint64 at)
{
    std::vector<qint64> pushed = eventIds;
    std::sort(pushed.begin(), pushed.end());
    pushed.erase(std::unique(pushed.begin(), pushed.end()), pushed.end());
    auto linked = IncidentEventLink::link(database, incident.id, std::move(eventIds));
    if (!linked)
        return linked.error();
    Added added;
    added.incidentId = incident.id;
    added.reference = incident.reference;
    added.added = linked->added;
    added.alreadyLinked = linked->alreadyLinked;
    added.total = linked->total;
    if (linked->added == 0)
        return Error(Error::Code::InvalidArgument,
                     tr("%1 holds every one of these events already.").arg(incident.reference));

    auto agentName = database.prepare(QStringLiteral("SELECT display_name FROM agent WHERE id = ?"));
    if (!agentName)
        return agentName.error();
    std::map<qint64, QString> names;
    for (const IncidentSessionGroup& group : linked->sessions) {
        auto [it, fresh] = names.try_emplace(group.agentId);
        if (fresh) {
            agentName->reset();
            agentName->bind(1, group.agentId);
            auto name = agentName->firstRow([](const Statement& s) { return s.text(0); });
            if (!name)
                return name.error();
            it->second = name->value_or(tr("an agent this console does not know"));
        }
        // The agent by name and counts only: a timeline entry is shown, reported and synced, and a customer's record
        // is evidence to be revealed on the access page with a reason, never copied into a text.
        QString text = tr("%1, session %2 (%3 – %4 UTC): %n event(s)", nullptr, int(group.events))
                           .arg(it->second)
                           .arg(group.sessionId)
                           .arg(utc(group.firstAt), utc(group.lastAt));
        text += tr(", %n customer record(s)", nullptr, int(group.records));
        if (group.exports > 0)
            text += tr(", %n export(s), print(s) or bulk search(es)", nullptr, int(group.exports));
        if (group.refused > 0)
            text += tr(", %n refused or failed", nullptr, int(group.refused));
        text += QLatin1Char('.');
        if (auto status = appendEntry(database, incident, QStringLiteral("events"), text, actor, group.firstAt);
            !status)
            return status.error();
    }
    added.sessions = qint64(linked->sessions.size());
    const QJsonObject detail {
        { QStringLiteral("reference"), incident.reference }, { QStringLiteral("source"), why },
        { QStringLiteral("events_added"), added.added },     { QStringLiteral("already_linked"), added.alreadyLinked },
        { QStringLiteral("events_total"), added.total },     { QStringLiteral("sessions"), added.sessions },
        { QStringLiteral("agents"), qint64(names.size()) }
    };
    auto audited = ConsoleAudit::append(database, actor.auditActor, QStringLiteral("incident.events"),
                                        target(incident.id), detail, at);
    if (!audited)
        return audited.error();
    // The central service links the same events (it holds every access event) through addEvents, with its own
    // session entries.
    QJsonArray events;
    for (qint64 eventId : pushed)
        events.append(eventId);
    if (auto status = IncidentOutbox::enqueue(
            database, actor, incident.id,
            { { QStringLiteral("action"), QStringLiteral("events") }, { QStringLiteral("events"), events } }, at);
        !status)
        return status.error();
    return added;
}

Result<IncidentFromEvidence::Added> IncidentFromEvidence::open(Database& database, const OpenDraft& draft,
                                                               std::vector<qint64> eventIds, const Actor& actor,
                                                               qint64 atMs)
{
    if (eventIds.empty())
        return Error(Error::Code::InvalidArgument, tr("Select at least one access event to open the incident with."));
    return inTransaction(database, atMs, [&](qint64 at) -> Result<Added> {
        auto incident = opened(database, draft, actor, at);
        if (!incident)
            return incident.error();
        auto added = linkEvents(database, *incident, std::move(eventIds), QStringLiteral("selection"), actor, at);
        if (!added)
            return added.error();
        if (auto status = touch(database, *incident); !status)
            return status.error();
        return added;
    });
}

Result<IncidentFromEvidence::Added> IncidentFromEvidence::addEvents(Database& database, qint64 incidentId,
                                                                    std::vector<qint64> eventIds, const Actor& actor,
                                                                    qint64 atMs)
{
    return inTransaction(database, atMs, [&](qint64 at) -> Result<Added> {
        auto incident = existing(database, incidentId);
        if (!incident)
            return incident.error();
        if (incident->phase == IncidentPhase::Closed)
            return Error(Error::Code::InvalidArgument,
                         tr("%1 is closed; reopen it to add events to it.").arg(incident->reference));
        auto added = linkEvents(database, *incident, std::move(eventIds), QStringLiteral("selection"), actor, at);
        if (!added)
            return added.error();
        if (auto status = touch(database, *incident); !status)
            return status.error();
        return added;
    });
}

QString IncidentFromEvidence::suggestedCategory(FindingKind kind)
{
    switch (kind) {
    case FindingKind::FailedLoginBurst:
    case FindingKind::NewWorkstation:
        return QStringLiteral("account_takeover");
    case FindingKind::PaymentDataWithoutTraining:
        return QStringLiteral("card_data_exposure");
    case FindingKind::OffHours:
    case FindingKind::BulkAccess:
    case FindingKind::InactiveAgentAccess:
    case FindingKind::AccessBeyondRole:
    case FindingKind::UntrainedRoleHolder:
        return QStringLiteral("insider_misuse");
    }
    return QStringLiteral("other");
}

Result<IncidentFromEvidence::OpenDraft> IncidentFromEvidence::draftFor(Database& database,
                                                                       const std::vector<qint64>& findingIds)
{
    if (findingIds.empty())
        return Error(Error::Code::InvalidArgument, tr("Select at least one finding to escalate."));
    auto read = database.prepare(QStringLiteral("SELECT kind, severity, detected_at FROM finding WHERE id = ?"));
    if (!read)
        return read.error();
    OpenDraft draft;
    draft.severity = Severity::Low;
    std::map<FindingKind, int> kinds;
    for (const qint64 id : findingIds) {
        read->reset();
        read->bind(1, id);
        auto row = read->firstRow([](const Statement& s) {
            return std::tuple { FindingKind(s.int64(0)), Severity(s.int64(1)), s.int64(2) };
        });
        if (!row)
            return row.error();
        if (!*row)
            return Error(Error::Code::NotFound, tr("Finding %1 does not exist.").arg(id));
        const auto [kind, severity, detectedAt] = **row;
        ++kinds[kind];
        if (int(severity) > int(draft.severity))
            draft.severity = severity;
        if (draft.detectedAt == 0 || detectedAt < draft.detectedAt)
            draft.detectedAt = detectedAt;
    }
    // The kind most of them are (the first in the catalogue's order on a tie) names the incident and suggests its
    // category.
    const auto most = std::max_element(kinds.begin(), kinds.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    draft.category = suggestedCategory(most->first);
    draft.title = kinds.size() == 1 ? FindingCatalogue::title(most->first)
                                    : tr("%1 and %n other finding kind(s)", nullptr, int(kinds.size() - 1))
                                          .arg(FindingCatalogue::title(most->first));
    return draft;
}

Result<qint64> IncidentFromEvidence::escalateFindings(Database& database, const IncidentRepository::Incident& incident,
                                                      std::vector<qint64> findingIds, std::vector<qint64>& evidence,
                                                      const Actor& actor, qint64 at)
{
    std::sort(findingIds.begin(), findingIds.end());
    findingIds.erase(std::unique(findingIds.begin(), findingIds.end()), findingIds.end());
    if (findingIds.empty())
        return Error(Error::Code::InvalidArgument, tr("Select at least one finding to escalate."));
    if (incident.assigneeId <= 0)
        return Error(Error::Code::InvalidArgument,
                     tr("%1 has no owner to escalate the findings to; choose one first.").arg(incident.reference));
    auto events = database.prepare(QStringLiteral("SELECT event_id FROM finding_evidence WHERE finding_id = ?"));
    if (!events)
        return events.error();
    const QString note = tr("Escalated into incident %1.").arg(incident.reference);
    for (const qint64 id : findingIds) {
        if (auto status = FindingWorkflow::escalateToIncident(database, id, incident.id, incident.reference, note,
                                                              incident.assigneeId, actor.auditActor, at);
            !status)
            return Error(status.error().code(), tr("Finding %1: %2").arg(id).arg(status.error().message()));
        events->reset();
        events->bind(1, id);
        if (auto status = events->forEachRow([&](const Statement& s) { evidence.push_back(s.int64(0)); }); !status)
            return status.error();
    }
    return qint64(findingIds.size());
}

Result<IncidentFromEvidence::Added> IncidentFromEvidence::escalate(Database& database, const OpenDraft& draft,
                                                                   std::vector<qint64> findingIds, const Actor& actor,
                                                                   qint64 atMs)
{
    if (findingIds.empty())
        return Error(Error::Code::InvalidArgument, tr("Select at least one finding to escalate."));
    return inTransaction(database, atMs, [&](qint64 at) -> Result<Added> {
        auto incident = opened(database, draft, actor, at);
        if (!incident)
            return incident.error();
        std::vector<qint64> evidence;
        auto escalated = escalateFindings(database, *incident, std::move(findingIds), evidence, actor, at);
        if (!escalated)
            return escalated.error();
        Added added;
        added.incidentId = incident->id;
        added.reference = incident->reference;
        if (!evidence.empty()) {
            auto linked = linkEvents(database, *incident, std::move(evidence), QStringLiteral("findings"), actor, at);
            if (!linked)
                return linked.error();
            added = *linked;
        }
        return findingsEscalated(database, *incident, added, *escalated, actor, at);
    });
}

Result<IncidentFromEvidence::Added> IncidentFromEvidence::escalateInto(Database& database, qint64 incidentId,
                                                                       std::vector<qint64> findingIds,
                                                                       const Actor& actor, qint64 atMs)
{
    return inTransaction(database, atMs, [&](qint64 at) -> Result<Added> {
        auto incident = existing(database, incidentId);
        if (!incident)
            return incident.error();
        if (incident->phase == IncidentPhase::Closed)
            return Error(Error::Code::InvalidArgument,
                         tr("%1 is closed; reopen it to add findings to it.").arg(incident->reference));
        std::vector<qint64> evidence;
        auto escalated = escalateFindings(database, *incident, std::move(findingIds), evidence, actor, at);
        if (!escalated)
            return escalated.error();
        Added added;
        added.incidentId = incident->id;
        added.reference = incident->reference;
        if (!evidence.empty()) {
            // Evidence the incident holds already is fine here: the findings are what is added.
            auto linked = IncidentEventLink::holdersOf(database, evidence);
            if (!linked)
                return linked.error();
            const auto held = std::find_if(linked->begin(), linked->end(), [&](const IncidentEventLink::Holder& h) {
                return h.incidentId == incidentId;
            });
            std::sort(evidence.begin(), evidence.end());
            evidence.erase(std::unique(evidence.begin(), evidence.end()), evidence.end());
            if (held == linked->end() || held->events < qint64(evidence.size())) {
                auto events
                    = linkEvents(database, *incident, std::move(evidence), QStringLiteral("findings"), actor, at);
                if (!events)
                    return events.error();
                added = *events;
            }
        }
        return findingsEscalated(database, *incident, added, *escalated, actor, at);
    });
}

Status IncidentFromEvidence::merge(Database& database, qint64 intoId, qint64 fromId, const QString& reason,
                                   const Actor& actor, qint64 atMs, const std::vector<qint64>& carriedTaskIds)
{
    return pairStep(
        database, intoId, fromId, reason, tr("Merging needs a reason: why are these the same incident?"),
        tr("An incident cannot be merged into itself."), atMs,
        [&](const Pair& pair, const QString& why, qint64 at) -> Status {
            const IncidentRepository::Incident& into = pair.one;
            const IncidentRepository::Incident& from = pair.other;
            // The merge is pushed whole, as one line (below): the central service runs this same merge, so its steps
            // queue nothing of their own.
            Actor step = actor;
            step.queueForSync = false;
            for (const auto* incident : { &into, &from })
                if (incident->phase == IncidentPhase::Closed)
                    return Error(Error::Code::InvalidArgument,
                                 tr("%1 is closed; reopen it before merging.").arg(incident->reference));

            // The events: linked to the incident that stays (B keeps its own, as the record of what it held).
            auto eventsOf
                = database.prepare(QStringLiteral("SELECT event_id FROM incident_event WHERE incident_id = ?"));
            if (!eventsOf)
                return eventsOf.error();
            eventsOf->bind(1, fromId);
            std::vector<qint64> events;
            if (auto status = eventsOf->forEachRow([&](const Statement& s) { events.push_back(s.int64(0)); }); !status)
                return status;
            qint64 eventsAdded = 0;
            if (!events.empty()) {
                auto linked = IncidentEventLink::holdersOf(database, events);
                if (!linked)
                    return linked.error();
                const auto held = std::find_if(linked->begin(), linked->end(), [&](const IncidentEventLink::Holder& h) {
                    return h.incidentId == intoId;
                });
                if (held == linked->end() || held->events < qint64(events.size())) {
                    auto added = linkEvents(database, into, std::move(events),
                                            QStringLiteral("merge:%1").arg(from.reference), step, at);
                    if (!added)
                        return added.error();
                    eventsAdded = added->added;
                }
            }
            // Agents the merged incident named without events (a witness, a victim) follow too.
            if (auto status
                = database.exec(QStringLiteral("INSERT OR IGNORE INTO incident_agent (incident_id, agent_id, "
                                               "involvement) SELECT %1, agent_id, involvement FROM incident_agent "
                                               "WHERE incident_id = %2")
                                    .arg(intoId)
                                    .arg(fromId));
                !status)
                return status;
            const qint64 agents = database.changes();
            // The findings escalated into B are A's now; their decision (escalated) stands as audited.
            if (auto status = database.exec(QStringLiteral("UPDATE finding SET incident_id = %1 WHERE incident_id = %2")
                                                .arg(intoId)
                                                .arg(fromId));
                !status)
                return status;
            const qint64 findings = database.changes();

            // B's open tasks: carried over to A when A lacks them, and not applicable on B, so that B can close.
            IncidentRepository incidents(database);
            auto fromTasks = incidents.tasks(fromId);
            if (!fromTasks)
                return fromTasks.error();
            auto intoTasks = incidents.tasks(intoId);
            if (!intoTasks)
                return intoTasks.error();
            std::set<QString> keys;
            int position = 0;
            for (const IncidentRepository::Task& task : *intoTasks) {
                keys.insert(task.key);
                position = std::max(position, task.position);
            }
            QStringList carried;
            QStringList alreadyThere;
            QJsonArray carriedIds;
            for (const IncidentRepository::Task& task : *fromTasks) {
                if (task.state != IncidentTaskState::Open)
                    continue;
                if (keys.insert(task.key).second) {
                    // The ids the merging console chose, when the central service repeats the merge; else new ones.
                    const qint64 chosen = std::size_t(carried.size()) < carriedTaskIds.size()
                        ? carriedTaskIds[std::size_t(carried.size())]
                        : 0;
                    auto taskId = incidents.insertTask(
                        intoId, ++position,
                        { task.key, task.title, task.guidance, task.mandatory, task.phase, chosen });
                    if (!taskId)
                        return taskId.error();
                    carriedIds.append(*taskId);
                    carried << tr("“%1”").arg(task.title);
                } else {
                    alreadyThere << tr("“%1”").arg(task.title);
                }
                if (auto status = IncidentWorkflow::decideTask(
                        database, task.id, IncidentTaskState::NotApplicable,
                        tr("Merged into %1, which carries this task.").arg(into.reference), step, at);
                    !status)
                    return status;
            }

            QString text
                = tr("Merged %1 into this incident: %n event(s) added", nullptr, int(eventsAdded)).arg(from.reference);
            text += tr(", %n agent(s) added", nullptr, int(agents));
            text += tr(", %n finding(s) moved", nullptr, int(findings));
            if (!carried.isEmpty())
                text += tr("; open tasks carried over: %1").arg(carried.join(QStringLiteral(", ")));
            if (!alreadyThere.isEmpty())
                text += tr("; open tasks this incident had already: %1").arg(alreadyThere.join(QStringLiteral(", ")));
            text += tr(". Reason: %1").arg(why);
            if (auto status = appendEntry(database, into, QStringLiteral("merge"), text, actor, at); !status)
                return status;
            auto intoNow = existing(database, intoId);
            if (!intoNow)
                return intoNow.error();
            if (auto status = touch(database, *intoNow); !status)
                return status;
            // B closes as a duplicate through IncidentWorkflow, which writes its own "closed" entry and audit entry.
            IncidentWorkflow::Closing closing;
            closing.outcome = IncidentOutcome::Duplicate;
            closing.duplicateOf = intoId;
            closing.summary = tr("Merged into %1. Reason: %2").arg(into.reference, why);
            if (auto status = IncidentWorkflow::close(database, fromId, closing, step, at); !status)
                return status;
            const QJsonObject detail { { QStringLiteral("reference"), into.reference },
                                       { QStringLiteral("merged"), from.reference },
                                       { QStringLiteral("events_added"), eventsAdded },
                                       { QStringLiteral("agents_added"), agents },
                                       { QStringLiteral("findings_moved"), findings },
                                       { QStringLiteral("tasks_carried"), int(carried.size()) },
                                       { QStringLiteral("reason"), why } };
            auto audited = ConsoleAudit::append(database, actor.auditActor, QStringLiteral("incident.merge"),
                                                target(intoId), detail, at);
            if (!audited)
                return audited.error();
            if (auto status = IncidentOutbox::enqueue(database, actor, intoId,
                                                      { { QStringLiteral("action"), QStringLiteral("merge") },
                                                        { QStringLiteral("from"), fromId },
                                                        { QStringLiteral("reason"), why },
                                                        { QStringLiteral("carried_task_ids"), carriedIds } },
                                                      at);
                !status)
                return status;
            return Status {};
        });
}

Status IncidentFromEvidence::link(Database& database, qint64 oneId, qint64 otherId, const QString& reason,
                                  const Actor& actor, qint64 atMs)
{
    return pairStep(
        database, oneId, otherId, reason, tr("Linking needs a reason: how are these incidents related?"),
        tr("An incident cannot be linked to itself."), atMs,
        [&](const Pair& pair, const QString& why, qint64 at) -> Status {
            IncidentLinkRepository links(database);
            auto found = links.find(oneId, otherId);
            if (!found)
                return found.error();
            if (*found)
                return Error(Error::Code::InvalidArgument,
                             tr("%1 and %2 are linked already.").arg(pair.one.reference, pair.other.reference));
            // A closed incident can still be named as related: a new one often repeats an old one.
            if (auto status = links.insert(oneId, otherId, { 0, {}, at, actor.supervisorId, actor.auditActor, why });
                !status)
                return status;
            auto said = [&](const QString& peer) { return tr("Linked to %1 as related. Reason: %2").arg(peer, why); };
            if (auto status = bothSay(database, pair, QStringLiteral("link"), said, actor, at); !status)
                return status;
            return auditPair(database, QStringLiteral("incident.link"), pair, why, actor, at);
        });
}

Status IncidentFromEvidence::unlink(Database& database, qint64 oneId, qint64 otherId, const QString& reason,
                                    const Actor& actor, qint64 atMs)
{
    return pairStep(database, oneId, otherId, reason,
                    tr("Unlinking needs a reason: why are these incidents not related after all?"), QString(), atMs,
                    [&](const Pair& pair, const QString& why, qint64 at) -> Status {
                        IncidentLinkRepository links(database);
                        auto removed = links.remove(oneId, otherId);
                        if (!removed)
                            return removed.error();
                        if (!*removed)
                            return Error(Error::Code::InvalidArgument,
                                         tr("%1 and %2 are not linked.").arg(pair.one.reference, pair.other.reference));
                        auto said = [&](const QString& peer) {
                            return tr("No longer linked to %1. Reason: %2").arg(peer, why);
                        };
                        if (auto status = bothSay(database, pair, QStringLiteral("unlink"), said, actor, at); !status)
                            return status;
                        return auditPair(database, QStringLiteral("incident.unlink"), pair, why, actor, at);
                    });
}

} // namespace custodian
