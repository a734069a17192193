#include "rules/IncidentWorkflow.h"

#include "domain/Clock.h"
#include "domain/IncidentPhases.h"
#include "domain/Vocabulary.h"
#include "rules/IncidentOutbox.h"
#include "rules/IncidentTemplates.h"
#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStringList>

namespace custodian {

namespace {
QString target(qint64 incidentId)
{
    return QStringLiteral("incident:%1").arg(incidentId);
}

bool validSeverity(Severity severity)
{
    return int(severity) >= int(Severity::Low) && int(severity) <= int(Severity::Critical);
}

QString severityWord(Severity severity)
{
    return toString(severity);
}

QString impactWord(const std::optional<IncidentImpact>& impact)
{
    return impact ? Vocabulary::incidentImpact(*impact) : IncidentWorkflow::tr("not assessed");
}

// A step's answer where the caller wants only whether it was done.
Status done(const Result<qint64>& position)
{
    if (!position)
        return position.error();
    return {};
}
} // namespace

Result<IncidentRepository::Incident> IncidentWorkflow::existing(IncidentRepository& incidents, qint64 incidentId)
{
    auto found = incidents.find(incidentId);
    if (!found)
        return found.error();
    if (!*found)
        return Error(Error::Code::NotFound, tr("Incident %1 does not exist.").arg(incidentId));
    return std::move(**found);
}

Error IncidentWorkflow::changedMeanwhile(const QString& reference)
{
    return Error(Error::Code::InvalidArgument,
                 tr("%1 was changed by someone else meanwhile; look at it again.").arg(reference));
}

Status IncidentWorkflow::reasonFits(const QString& trimmed)
{
    if (trimmed.size() > MaxReasonLength)
        return Error(
            Error::Code::InvalidArgument,
            tr("The reason is too long (%1 characters; at most %2).").arg(trimmed.size()).arg(MaxReasonLength));
    return {};
}

Result<qint64> IncidentWorkflow::step(Database& database, qint64 incidentId, const Actor& actor, qint64 atMs,
                                      const Body& body)
{
    return step(
        database, [incidentId](IncidentRepository&) -> Result<qint64> { return incidentId; }, actor, atMs, body);
}

Result<qint64> IncidentWorkflow::step(Database& database, const Locate& locate, const Actor& actor, qint64 atMs,
                                      const Body& body)
{
    const qint64 at = atMs < 0 ? Clock::nowMs() : atMs;
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    IncidentRepository incidents(database);
    auto incidentId = locate(incidents);
    if (!incidentId)
        return incidentId.error();
    auto incident = existing(incidents, *incidentId);
    if (!incident)
        return incident.error();
    auto change = body(incidents, *incident, at);
    if (!change)
        return change.error();
    auto recorded = record(database, incident->reference, std::move(*change), actor, at);
    if (!recorded)
        return recorded.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return *recorded;
}

Result<qint64> IncidentWorkflow::record(Database& database, const QString& reference, Change change, const Actor& actor,
                                        qint64 at)
{
    change.entry.authorId = actor.supervisorId;
    change.entry.authorActor = actor.auditActor;
    auto appended = IncidentTimeline::append(database, change.incidentId, change.entry);
    if (!appended)
        return appended.error();
    change.detail.insert(QStringLiteral("reference"), reference);
    change.detail.insert(QStringLiteral("timeline_entry"), appended->position);
    auto audited
        = ConsoleAudit::append(database, actor.auditActor, change.action, target(change.incidentId), change.detail, at);
    if (!audited)
        return audited.error();
    if (!change.push.isEmpty()) {
        if (auto status = IncidentOutbox::enqueue(database, actor, change.incidentId, change.push, at); !status)
            return status.error();
    }
    return appended->position;
}

Result<IncidentWorkflow::Opened> IncidentWorkflow::open(Database& database, const OpenDraft& draft, const Actor& actor,
                                                        qint64 atMs)
{
    const QString title = draft.title.trimmed();
    const QString description = draft.description.trimmed();
    if (title.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("An incident needs a title."));
    if (title.size() > MaxTitleLength)
        return Error(Error::Code::InvalidArgument,
                     tr("The title is too long (%1 characters; at most %2).").arg(title.size()).arg(MaxTitleLength));
    if (description.size() > MaxDescriptionLength)
        return Error(Error::Code::InvalidArgument,
                     tr("The description is too long (%1 characters; at most %2).")
                         .arg(description.size())
                         .arg(MaxDescriptionLength));
    if (!IncidentTemplates::isKnownCategory(draft.category))
        return Error(Error::Code::InvalidArgument, tr("Choose the incident's category."));
    if (!validSeverity(draft.severity))
        return Error(Error::Code::InvalidArgument, tr("Choose the incident's severity."));
    if (draft.ownerId <= 0)
        return Error(Error::Code::InvalidArgument, tr("Choose the supervisor who owns the incident."));
    const qint64 at = atMs < 0 ? Clock::nowMs() : atMs;
    if (draft.detectedAt <= 0 || draft.detectedAt > at)
        return Error(Error::Code::InvalidArgument,
                     tr("When was it detected? The time must not be after the incident is opened."));

    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    IncidentRepository incidents(database);
    auto owner = incidents.supervisorName(draft.ownerId);
    if (!owner)
        return owner.error();
    if (!*owner)
        return Error(
            Error::Code::InvalidArgument,
            tr("Supervisor %1 is not known to this console; choose another or sync first.").arg(draft.ownerId));
    // The year the incident is opened in, in UTC like every stored instant: a reference never depends on the zone of
    // the console that opened it.
    auto reference = incidents.nextReference(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date().year());
    if (!reference)
        return reference.error();
    IncidentRepository::Draft row;
    row.id = draft.id;
    row.reference = *reference;
    row.title = title;
    row.description = description;
    row.severity = draft.severity;
    row.category = draft.category;
    row.assigneeId = draft.ownerId;
    row.reportedBy = actor.supervisorId;
    row.openedAt = at;
    row.detectedAt = draft.detectedAt;
    auto id = incidents.insert(row);
    if (!id)
        return id.error();
    const auto tasks = IncidentTemplates::tasksFor(draft.category);
    if (!draft.taskIds.empty() && draft.taskIds.size() != tasks.size())
        return Error(Error::Code::InvalidArgument,
                     tr("The category's template has %n task(s); the opening names %1.", nullptr, int(tasks.size()))
                         .arg(draft.taskIds.size()));
    QJsonArray taskIds;
    int position = 0;
    for (const IncidentTemplates::Task& task : tasks) {
        const qint64 chosen = draft.taskIds.empty() ? 0 : draft.taskIds[std::size_t(position)];
        auto taskId = incidents.insertTask(*id, ++position,
                                           { task.key, task.title, task.guidance, task.mandatory, task.phase, chosen });
        if (!taskId)
            return taskId.error();
        taskIds.append(*taskId);
    }
    Change change;
    change.incidentId = *id;
    change.action = QStringLiteral("incident.open");
    change.detail = { { QStringLiteral("category"), draft.category },
                      { QStringLiteral("severity"), severityWord(draft.severity) },
                      { QStringLiteral("owner_id"), draft.ownerId },
                      { QStringLiteral("detected_at"), draft.detectedAt },
                      { QStringLiteral("tasks"), int(tasks.size()) } };
    change.entry.at = at;
    change.entry.kind = QStringLiteral("opened");
    change.entry.phase = IncidentPhase::Declared;
    change.entry.text = tr("Incident declared: %1. Owner: %2; severity: %3; %n task(s) from the category's template.",
                           nullptr, int(tasks.size()))
                            .arg(title, **owner, severityWord(draft.severity));
    // The opening as the service repeats it: its own reference and times, this incident's and its tasks' ids.
    change.push = { { QStringLiteral("action"), QStringLiteral("open") },
                    { QStringLiteral("reference"), *reference },
                    { QStringLiteral("title"), title },
                    { QStringLiteral("description"), description },
                    { QStringLiteral("severity"), int(draft.severity) },
                    { QStringLiteral("category"), draft.category },
                    { QStringLiteral("owner_id"), draft.ownerId },
                    { QStringLiteral("detected_at"), draft.detectedAt },
                    { QStringLiteral("task_ids"), taskIds } };
    if (auto recorded = record(database, *reference, std::move(change), actor, at); !recorded)
        return recorded.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return Opened { *id, *reference, int(tasks.size()) };
}

Status IncidentWorkflow::update(Database& database, qint64 incidentId, const IncidentRepository::Fields& fields,
                                const Actor& actor, qint64 atMs)
{
    return update(database, incidentId, fields, QString(), actor, atMs);
}

Status IncidentWorkflow::update(Database& database, qint64 incidentId, const IncidentRepository::Fields& fields,
                                const QString& reason, const Actor& actor, qint64 atMs)
{
    IncidentRepository::Fields wanted = fields;
    wanted.title = fields.title.trimmed();
    wanted.description = fields.description.trimmed();
    if (wanted.title.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("An incident needs a title."));
    if (wanted.title.size() > MaxTitleLength)
        return Error(
            Error::Code::InvalidArgument,
            tr("The title is too long (%1 characters; at most %2).").arg(wanted.title.size()).arg(MaxTitleLength));
    if (wanted.description.size() > MaxDescriptionLength)
        return Error(Error::Code::InvalidArgument,
                     tr("The description is too long (%1 characters; at most %2).")
                         .arg(wanted.description.size())
                         .arg(MaxDescriptionLength));
    if (!validSeverity(wanted.severity))
        return Error(Error::Code::InvalidArgument, tr("Choose the incident's severity."));
    if (wanted.assigneeId <= 0)
        return Error(Error::Code::InvalidArgument, tr("Choose the supervisor who owns the incident."));
    const QString trimmed = reason.trimmed();
    if (auto fits = reasonFits(trimmed); !fits)
        return fits;
    return done(step(database, incidentId, actor, atMs,
                     [&](IncidentRepository& incidents, const IncidentRepository::Incident& incident, qint64 at) {
                         return updating(incidents, incident, wanted, trimmed, at);
                     }));
}

Status IncidentWorkflow::assign(Database& database, qint64 incidentId, qint64 ownerId, const QString& reason,
                                const Actor& actor, qint64 atMs)
{
    if (ownerId <= 0)
        return Error(Error::Code::InvalidArgument, tr("Choose the supervisor who owns the incident."));
    const QString trimmed = reason.trimmed();
    if (auto fits = reasonFits(trimmed); !fits)
        return fits;
    return done(step(
        database, incidentId, actor, atMs,
        [&](IncidentRepository& incidents, const IncidentRepository::Incident& incident, qint64 at) -> Result<Change> {
            if (incident.assigneeId == ownerId && incident.phase != IncidentPhase::Closed)
                return Error(Error::Code::InvalidArgument,
                             tr("%1 is already owned by %2.").arg(incident.reference, incident.assigneeName));
            // The other fields as this transaction reads them: nothing read before it is written back.
            IncidentRepository::Fields wanted { incident.title, incident.description, incident.severity, ownerId,
                                                incident.impact };
            return updating(incidents, incident, wanted, trimmed, at);
        }));
}

Result<IncidentWorkflow::Change> IncidentWorkflow::updating(IncidentRepository& incidents,
                                                            const IncidentRepository::Incident& incident,
                                                            const IncidentRepository::Fields& wanted,
                                                            const QString& reason, qint64 at)
{
    if (incident.phase == IncidentPhase::Closed)
        return Error(Error::Code::InvalidArgument, tr("%1 is closed; reopen it to change it.").arg(incident.reference));
    QStringList said;
    QJsonArray changed;
    QJsonObject detail;
    bool onlyOwner = true;
    if (wanted.assigneeId != incident.assigneeId) {
        auto owner = incidents.supervisorName(wanted.assigneeId);
        if (!owner)
            return owner.error();
        if (!*owner)
            return Error(
                Error::Code::InvalidArgument,
                tr("Supervisor %1 is not known to this console; choose another or sync first.").arg(wanted.assigneeId));
        said << tr("owner: %1 → %2")
                    .arg(incident.assigneeName.isEmpty() ? tr("nobody") : incident.assigneeName, **owner);
        changed.append(QStringLiteral("owner"));
        detail.insert(QStringLiteral("old_owner_id"), incident.assigneeId);
        detail.insert(QStringLiteral("new_owner_id"), wanted.assigneeId);
    }
    auto other = [&](const QString& field, const QString& text) {
        said << text;
        changed.append(field);
        onlyOwner = false;
    };
    if (wanted.severity != incident.severity) {
        other(QStringLiteral("severity"),
              tr("severity: %1 → %2").arg(severityWord(incident.severity), severityWord(wanted.severity)));
        detail.insert(QStringLiteral("old_severity"), severityWord(incident.severity));
        detail.insert(QStringLiteral("new_severity"), severityWord(wanted.severity));
    }
    if (wanted.impact != incident.impact) {
        other(QStringLiteral("impact"),
              tr("impact: %1 → %2").arg(impactWord(incident.impact), impactWord(wanted.impact)));
        detail.insert(QStringLiteral("old_impact"),
                      incident.impact ? QJsonValue(toString(*incident.impact)) : QJsonValue());
        detail.insert(QStringLiteral("new_impact"),
                      wanted.impact ? QJsonValue(toString(*wanted.impact)) : QJsonValue());
    }
    if (wanted.title != incident.title)
        other(QStringLiteral("title"), tr("title: %1").arg(wanted.title));
    if (wanted.description != incident.description)
        other(QStringLiteral("description"), tr("description changed"));
    if (said.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("Nothing was changed."));
    detail.insert(QStringLiteral("fields"), changed);
    if (!reason.isEmpty())
        detail.insert(QStringLiteral("reason"), reason);
    auto updated = incidents.updateFields(incident.id, incident.version, wanted);
    if (!updated)
        return updated.error();
    if (!*updated)
        return changedMeanwhile(incident.reference);
    Change change;
    change.incidentId = incident.id;
    change.action = QStringLiteral("incident.update");
    change.detail = detail;
    change.entry.at = at;
    change.entry.kind = onlyOwner ? QStringLiteral("assignment") : QStringLiteral("update");
    change.entry.text = reason.isEmpty() ? said.join(QStringLiteral("; "))
                                         : tr("%1. Reason: %2").arg(said.join(QStringLiteral("; ")), reason);
    // The fields as they are to be, and which of them this change made: the service applies only those, onto
    // what it holds, so that keeping this change over another supervisor's does not undo their other fields.
    change.push = { { QStringLiteral("action"), QStringLiteral("update") },
                    { QStringLiteral("changed"), changed },
                    { QStringLiteral("title"), wanted.title },
                    { QStringLiteral("description"), wanted.description },
                    { QStringLiteral("severity"), int(wanted.severity) },
                    { QStringLiteral("owner_id"), wanted.assigneeId },
                    { QStringLiteral("impact"), wanted.impact ? QJsonValue(int(*wanted.impact)) : QJsonValue() } };
    // Optional on the wire: the service records it in its own timeline entry, which replaces this one on pull.
    if (!reason.isEmpty())
        change.push.insert(QStringLiteral("reason"), reason);
    return change;
}

Status IncidentWorkflow::changePhase(Database& database, qint64 incidentId, IncidentPhase to, const QString& reason,
                                     const Actor& actor, qint64 atMs)
{
    if (!IncidentPhases::fromCode(qint64(to)))
        return Error(Error::Code::InvalidArgument, tr("Phase %1 is not a phase of an incident.").arg(int(to)));
    const QString trimmed = reason.trimmed();
    if (auto fits = reasonFits(trimmed); !fits)
        return fits;
    return done(step(
        database, incidentId, actor, atMs,
        [&](IncidentRepository& incidents, const IncidentRepository::Incident& incident, qint64 at) -> Result<Change> {
            const IncidentPhases::Move move = IncidentPhases::move(incident.phase, to);
            switch (move) {
            case IncidentPhases::Move::Same:
                return Error(Error::Code::InvalidArgument,
                             tr("%1 is already %2.").arg(incident.reference, Vocabulary::incidentPhase(to)));
            case IncidentPhases::Move::Close:
                return Error(Error::Code::InvalidArgument,
                             tr("Closing %1 needs an outcome and a summary: close it rather than change its phase.")
                                 .arg(incident.reference));
            case IncidentPhases::Move::Refused:
                return Error(Error::Code::InvalidArgument,
                             tr("%1 is closed: it can only be reopened, to analysing.").arg(incident.reference));
            case IncidentPhases::Move::Reopen:
                if (auto refused = reopenReason(trimmed); !refused)
                    return refused.error();
                return reopening(incidents, incident, trimmed, at);
            case IncidentPhases::Move::Back:
                if (trimmed.isEmpty())
                    return Error(
                        Error::Code::InvalidArgument,
                        tr("Moving %1 back from %2 to %3 needs a reason: what was found that reopens the work?")
                            .arg(incident.reference, Vocabulary::incidentPhase(incident.phase),
                                 Vocabulary::incidentPhase(to)));
                break;
            case IncidentPhases::Move::Forward:
                break;
            }
            auto moved = incidents.setPhase(incidentId, incident.version, to);
            if (!moved)
                return moved.error();
            if (!*moved)
                return changedMeanwhile(incident.reference);
            Change change;
            change.incidentId = incidentId;
            change.action = QStringLiteral("incident.phase");
            change.detail = { { QStringLiteral("old_phase"), toString(incident.phase) },
                              { QStringLiteral("new_phase"), toString(to) },
                              { QStringLiteral("back"), move == IncidentPhases::Move::Back } };
            if (!trimmed.isEmpty())
                change.detail.insert(QStringLiteral("reason"), trimmed);
            change.entry.at = at;
            change.entry.kind = QStringLiteral("phase_change");
            change.entry.phase = to;
            const QString moveText = tr("Moved from %1 to %2 (%3).")
                                         .arg(Vocabulary::incidentPhase(incident.phase), Vocabulary::incidentPhase(to),
                                              Vocabulary::csfFunction(IncidentPhases::csfFunction(to)));
            change.entry.text = trimmed.isEmpty() ? moveText : tr("%1 Reason: %2").arg(moveText, trimmed);
            change.push = { { QStringLiteral("action"), QStringLiteral("phase") },
                            { QStringLiteral("to"), int(to) },
                            { QStringLiteral("reason"), trimmed } };
            return change;
        }));
}

Status IncidentWorkflow::decideTask(Database& database, qint64 taskId, IncidentTaskState state, const QString& reason,
                                    const Actor& actor, qint64 atMs)
{
    const QString trimmed = reason.trimmed();
    if (state != IncidentTaskState::Done && state != IncidentTaskState::NotApplicable)
        return Error(Error::Code::InvalidArgument, tr("A task can be marked done or not applicable."));
    if (state == IncidentTaskState::NotApplicable && trimmed.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("Say why the task does not apply to this incident."));
    if (auto fits = reasonFits(trimmed); !fits)
        return fits;
    // The task names its incident; it is read inside the step's transaction, before the incident is.
    std::optional<IncidentRepository::Task> task;
    auto locate = [&](IncidentRepository& incidents) -> Result<qint64> {
        auto found = incidents.task(taskId);
        if (!found)
            return found.error();
        if (!*found)
            return Error(Error::Code::NotFound, tr("Task %1 does not exist.").arg(taskId));
        task = std::move(**found);
        return task->incidentId;
    };
    return done(step(
        database, locate, actor, atMs,
        [&](IncidentRepository& incidents, const IncidentRepository::Incident& incident, qint64 at) -> Result<Change> {
            if (incident.phase == IncidentPhase::Closed)
                return Error(Error::Code::InvalidArgument,
                             tr("%1 is closed; reopen it to change its tasks.").arg(incident.reference));
            if (task->state != IncidentTaskState::Open)
                return Error(Error::Code::InvalidArgument,
                             tr("The task “%1” was already decided by %2.").arg(task->title, task->decidedBy));
            IncidentRepository::TaskDecision decision { state, trimmed, at, actor.supervisorId, actor.auditActor };
            auto decided = incidents.decideTask(taskId, decision);
            if (!decided)
                return decided.error();
            auto touched = incidents.touch(incident.id, incident.version);
            if (!touched)
                return touched.error();
            if (!*decided || !*touched)
                return changedMeanwhile(incident.reference);
            Change change;
            change.incidentId = incident.id;
            change.action = QStringLiteral("incident.task");
            change.detail = { { QStringLiteral("task"), task->key },
                              { QStringLiteral("state"), toString(state) },
                              { QStringLiteral("mandatory"), task->mandatory } };
            if (!trimmed.isEmpty())
                change.detail.insert(QStringLiteral("reason"), trimmed);
            change.entry.at = at;
            change.entry.kind = QStringLiteral("task");
            change.entry.text = state == IncidentTaskState::Done
                ? (trimmed.isEmpty() ? tr("Task done: %1.").arg(task->title)
                                     : tr("Task done: %1. %2").arg(task->title, trimmed))
                : tr("Task not applicable: %1. Reason: %2").arg(task->title, trimmed);
            change.push = { { QStringLiteral("action"), QStringLiteral("task") },
                            { QStringLiteral("task_id"), taskId },
                            { QStringLiteral("state"), int(state) },
                            { QStringLiteral("reason"), trimmed } };
            return change;
        }));
}

Result<qint64> IncidentWorkflow::addNote(Database& database, qint64 incidentId, const QString& text, const Actor& actor,
                                         qint64 entryAtMs, qint64 atMs)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("A note needs a text."));
    if (trimmed.size() > MaxTextLength)
        return Error(Error::Code::InvalidArgument,
                     tr("The note is too long (%1 characters; at most %2).").arg(trimmed.size()).arg(MaxTextLength));
    const qint64 at = atMs < 0 ? Clock::nowMs() : atMs;
    const qint64 entryAt = entryAtMs < 0 ? at : entryAtMs;
    if (entryAt > at)
        return Error(Error::Code::InvalidArgument, tr("A note cannot be dated in the future."));

    return step(database, incidentId, actor, at,
                [&](IncidentRepository& incidents, const IncidentRepository::Incident& incident,
                    qint64 /*at*/) -> Result<Change> {
                    // A closed incident still takes notes: lessons learned are the Improve function, which follows
                    // closing.
                    auto touched = incidents.touch(incidentId, incident.version);
                    if (!touched)
                        return touched.error();
                    if (!*touched)
                        return changedMeanwhile(incident.reference);
                    Change change;
                    change.incidentId = incidentId;
                    change.action = QStringLiteral("incident.note");
                    change.detail = { { QStringLiteral("dated"), entryAt } };
                    change.entry.at = entryAt;
                    change.entry.kind = QStringLiteral("note");
                    change.entry.text = trimmed;
                    change.push = { { QStringLiteral("action"), QStringLiteral("note") },
                                    { QStringLiteral("text"), trimmed },
                                    { QStringLiteral("dated"), entryAt } };
                    return change;
                });
}

Status IncidentWorkflow::close(Database& database, qint64 incidentId, const Closing& closing, const Actor& actor,
                               qint64 atMs)
{
    return close(database, incidentId, closing, QString(), actor, atMs);
}

Status IncidentWorkflow::close(Database& database, qint64 incidentId, const Closing& closing, const QString& reason,
                               const Actor& actor, qint64 atMs)
{
    const QString summary = closing.summary.trimmed();
    const QString trimmed = reason.trimmed();
    if (auto fits = reasonFits(trimmed); !fits)
        return fits;
    if (!closing.outcome)
        return Error(Error::Code::InvalidArgument,
                     tr("Choose the outcome: true positive with or without impact, false positive, duplicate, or "
                        "benign activity."));
    if (int(*closing.outcome) < int(IncidentOutcome::TruePositiveWithImpact)
        || int(*closing.outcome) > int(IncidentOutcome::Benign))
        return Error(Error::Code::InvalidArgument, tr("Choose the outcome."));
    if (summary.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     tr("Closing needs a summary: what happened, what was done, what is left to learn."));
    if (summary.size() > MaxTextLength)
        return Error(Error::Code::InvalidArgument,
                     tr("The summary is too long (%1 characters; at most %2).").arg(summary.size()).arg(MaxTextLength));
    const bool duplicate = *closing.outcome == IncidentOutcome::Duplicate;
    if (duplicate && closing.duplicateOf <= 0)
        return Error(Error::Code::InvalidArgument, tr("Name the incident this one duplicates."));
    return done(step(
        database, incidentId, actor, atMs,
        [&](IncidentRepository& incidents, const IncidentRepository::Incident& incident, qint64 at) -> Result<Change> {
            if (incident.phase == IncidentPhase::Closed)
                return Error(Error::Code::InvalidArgument, tr("%1 is already closed.").arg(incident.reference));
            QString duplicated;
            if (duplicate) {
                if (closing.duplicateOf == incidentId)
                    return Error(Error::Code::InvalidArgument,
                                 tr("%1 cannot duplicate itself; name the other incident.").arg(incident.reference));
                auto original = incidents.find(closing.duplicateOf);
                if (!original)
                    return original.error();
                if (!*original)
                    return Error(
                        Error::Code::InvalidArgument,
                        tr("Incident %1, which this one would duplicate, does not exist.").arg(closing.duplicateOf));
                duplicated = (*original)->reference;
            }
            auto tasks = incidents.tasks(incidentId);
            if (!tasks)
                return tasks.error();
            QStringList open;
            for (const IncidentRepository::Task& task : *tasks)
                if (task.mandatory && task.state == IncidentTaskState::Open)
                    open << tr("“%1”").arg(task.title);
            if (!open.isEmpty())
                return Error(Error::Code::InvalidArgument,
                             tr("%1 cannot be closed while %n mandatory task(s) are open: %2. Mark each done, or not "
                                "applicable with a reason.",
                                nullptr, int(open.size()))
                                 .arg(incident.reference, open.join(QStringLiteral(", "))));
            IncidentRepository::Closure closure {
                *closing.outcome, summary, duplicate ? closing.duplicateOf : 0, at, actor.supervisorId, actor.auditActor
            };
            auto closed = incidents.close(incidentId, incident.version, closure);
            if (!closed)
                return closed.error();
            if (!*closed)
                return changedMeanwhile(incident.reference);
            Change change;
            change.incidentId = incidentId;
            change.action = QStringLiteral("incident.close");
            change.detail = { { QStringLiteral("outcome"), toString(*closing.outcome) },
                              { QStringLiteral("old_phase"), toString(incident.phase) } };
            if (duplicate)
                change.detail.insert(QStringLiteral("duplicate_of"), duplicated);
            if (!trimmed.isEmpty())
                change.detail.insert(QStringLiteral("reason"), trimmed);
            change.entry.at = at;
            change.entry.kind = QStringLiteral("closed");
            change.entry.phase = IncidentPhase::Closed;
            const QString outcome
                = duplicate ? tr("duplicate of %1").arg(duplicated) : Vocabulary::incidentOutcome(*closing.outcome);
            change.entry.text = trimmed.isEmpty() ? tr("Closed: %1. %2").arg(outcome, summary)
                                                  : tr("Closed: %1. %2 Reason: %3").arg(outcome, summary, trimmed);
            change.push
                = { { QStringLiteral("action"), QStringLiteral("close") },
                    { QStringLiteral("outcome"), int(*closing.outcome) },
                    { QStringLiteral("summary"), summary },
                    { QStringLiteral("duplicate_of"), duplicate ? QJsonValue(closing.duplicateOf) : QJsonValue() } };
            if (!trimmed.isEmpty())
                change.push.insert(QStringLiteral("reason"), trimmed);
            return change;
        }));
}

Status IncidentWorkflow::reopen(Database& database, qint64 incidentId, const QString& reason, const Actor& actor,
                                qint64 atMs)
{
    const QString trimmed = reason.trimmed();
    if (auto refused = reopenReason(trimmed); !refused)
        return refused;
    return done(step(database, incidentId, actor, atMs,
                     [&](IncidentRepository& incidents, const IncidentRepository::Incident& incident, qint64 at) {
                         return reopening(incidents, incident, trimmed, at);
                     }));
}

Status IncidentWorkflow::reopenReason(const QString& trimmed)
{
    if (trimmed.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     tr("Reopening needs a reason: what was found after the incident was closed?"));
    return reasonFits(trimmed);
}

Result<IncidentWorkflow::Change> IncidentWorkflow::reopening(IncidentRepository& incidents,
                                                             const IncidentRepository::Incident& incident,
                                                             const QString& trimmed, qint64 at)
{
    if (incident.phase != IncidentPhase::Closed)
        return Error(Error::Code::InvalidArgument, tr("%1 is not closed.").arg(incident.reference));
    auto reopened = incidents.reopen(incident.id, incident.version);
    if (!reopened)
        return reopened.error();
    if (!*reopened)
        return changedMeanwhile(incident.reference);
    Change change;
    change.incidentId = incident.id;
    change.action = QStringLiteral("incident.reopen");
    change.detail = { { QStringLiteral("reason"), trimmed } };
    if (incident.outcome)
        change.detail.insert(QStringLiteral("old_outcome"), toString(*incident.outcome));
    change.entry.at = at;
    change.entry.kind = QStringLiteral("reopened");
    change.entry.phase = IncidentPhase::Analysing;
    change.entry.text
        = tr("Reopened, back to analysing (closed as %1). Reason: %2")
              .arg(incident.outcome ? Vocabulary::incidentOutcome(*incident.outcome) : tr("no outcome"), trimmed);
    change.push = { { QStringLiteral("action"), QStringLiteral("reopen") }, { QStringLiteral("reason"), trimmed } };
    return change;
}

} // namespace custodian
