#include "central/CentralIncidentChanges.h"

#include "central/CentralReplies.h"
#include "domain/IncidentPhases.h"
#include "rules/BreachWorkflow.h"
#include "rules/IncidentFromEvidence.h"
#include "store/Database.h"
#include "store/IncidentEventLink.h"
#include "store/IncidentRepository.h"

#include <QCborArray>

#include <set>

namespace custodian {

using namespace CentralReplies;

namespace {
constexpr qint64 MaxTime = 32'503'680'000'000;
constexpr qint64 MaxId = (qint64(1) << 53) - 1;
constexpr qint64 MaxEventId = MaxTime * 65'536;
constexpr qsizetype MaxTasks = 1000;
// How far ahead of the service's clock a console's own instant (detected at, a note's date) may be and still be taken
// as "now": the same tolerance as for a change's "at" (ConsoleTime).
constexpr qint64 ClockSkewMs = 5 * 60'000;

using Field = SyncCatalogue::Field;
using Type = SyncCatalogue::FieldType;

bool noBase(const QCborValue& baseVersion)
{
    return baseVersion.isNull() || baseVersion.isUndefined();
}

// A list of ids (whole numbers in range), or nothing when the value is not such a list.
std::optional<std::vector<qint64>> ids(const QCborValue& value, qsizetype maxItems, qint64 maximum)
{
    if (!value.isArray() || value.toArray().size() > maxItems)
        return std::nullopt;
    std::vector<qint64> list;
    for (const QCborValue& entry : value.toArray()) {
        if (!entry.isInteger() || entry.toInteger() < 1 || entry.toInteger() > maximum)
            return std::nullopt;
        list.push_back(entry.toInteger());
    }
    return list;
}
} // namespace

CentralIncidentChanges::CentralIncidentChanges(CentralRepository& repository)
    : m_repository(repository)
{
}

CentralService::Reply CentralIncidentChanges::refused(const Error& error)
{
    if (error.code() == Error::Code::InvalidArgument || error.code() == Error::Code::NotFound)
        return invalid(error.message());
    return internal();
}

CentralService::Reply CentralIncidentChanges::decide(const CentralRepository::Supervisor& supervisor,
                                                     const QString& entity, const QCborValue& baseVersion,
                                                     const QCborMap& payload, qint64 now)
{
    Database* database = m_repository.consoleSchema();
    if (!database)
        return CentralService::error(422, QStringLiteral("unsupported_kind"),
                                     tr("This service does not keep incidents."));
    bool numeric = false;
    const qint64 id = entity.toLongLong(&numeric);
    if (!numeric || id < 1 || id > MaxId)
        return invalid(tr("An incident change names the incident by its id."));
    if (QString problem
        = checkFields(payload, { { "at", Type::Integer, false, 0, MaxTime }, { "action", Type::Text, false, 1, 16 } });
        !problem.isEmpty())
        return invalid(tr("The incident change is invalid: %1.").arg(problem));
    // The token's supervisor acts, whatever the console claims; the workflow queues nothing here.
    IncidentWorkflow::Actor actor;
    actor.supervisorId = supervisor.id;
    actor.auditActor = QStringLiteral("central:%1").arg(supervisor.username);
    actor.queueForSync = false;
    const QString action = payload.value(QLatin1String("action")).toString();
    if (action == QLatin1String("open"))
        return open(*database, actor, id, baseVersion, payload, now);

    IncidentRepository incidents(*database);
    auto incident = incidents.find(id);
    if (!incident)
        return internal();
    if (!*incident)
        return invalid(
            tr("The central service does not hold incident %1: its opening was refused or has not arrived.").arg(id));
    if (!baseVersion.isInteger() || baseVersion.toInteger() != (*incident)->version) {
        auto current = m_repository.streamItem(QStringLiteral("incidents"), QStringLiteral("incident"), id);
        if (!current)
            return internal();
        return conflict(
            tr("%1 was changed meanwhile (version %2).").arg((*incident)->reference).arg((*incident)->version),
            *current);
    }
    CentralService::Reply reply = step(*database, actor, id, action, payload, now);
    if (reply.status != 200)
        return reply;
    auto changed = incidents.find(id);
    if (!changed || !*changed)
        return internal();
    // Every applied change steps the version by one (a notification's later phase or an Art. 34 decision does not
    // change the incident's row on a console, but it is a change of the incident all the same).
    if ((*changed)->version == (*incident)->version) {
        auto touched = incidents.touch(id, (*changed)->version);
        if (!touched || !*touched)
            return internal();
        ++(*changed)->version;
    }
    if (auto status = m_repository.publishIncident(id); !status)
        return internal();
    return applied((*changed)->version, id);
}

CentralService::Reply CentralIncidentChanges::open(Database& database, const IncidentWorkflow::Actor& actor, qint64 id,
                                                   const QCborValue& baseVersion, const QCborMap& payload, qint64 now)
{
    if (!noBase(baseVersion))
        return invalid(tr("A new incident has no base version."));
    if (QString problem = checkFields(payload,
                                      { { "reference", Type::Text, true, 0, 64 },
                                        { "title", Type::Text, false, 1, IncidentWorkflow::MaxTitleLength },
                                        { "description", Type::Text, false, 0, IncidentWorkflow::MaxDescriptionLength },
                                        { "severity", Type::Integer, false, 1, 4 },
                                        { "category", Type::Text, false, 1, 64 },
                                        { "owner_id", Type::Integer, false, 1, MaxId },
                                        { "detected_at", Type::Integer, false, 0, MaxTime } });
        !problem.isEmpty())
        return invalid(tr("The incident is invalid: %1.").arg(problem));
    const auto taskIds = ids(payload.value(QLatin1String("task_ids")), MaxTasks, MaxId);
    if (!taskIds)
        return invalid(tr("An incident's opening lists the ids of its tasks, at most %1.").arg(MaxTasks));

    // Ids the console chose at random: one the service holds already is refused, and the console chooses again.
    auto taken = database.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM incident WHERE id = ?)"));
    auto taskTaken = database.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM incident_task WHERE id = ?)"));
    if (!taken || !taskTaken)
        return internal();
    taken->bind(1, id);
    auto held = taken->firstRow([](const Statement& s) { return s.int64(0) != 0; });
    if (!held)
        return internal();
    if (held->value_or(false))
        return invalid(tr("The id %1 is taken already on the central service; ids are chosen at random, so this change "
                          "was made for another one.")
                           .arg(id));
    std::set<qint64> seen;
    for (qint64 taskId : *taskIds) {
        if (!seen.insert(taskId).second)
            return invalid(tr("The opening names task %1 twice.").arg(taskId));
        taskTaken->bind(1, taskId);
        auto heldTask = taskTaken->firstRow([](const Statement& s) { return s.int64(0) != 0; });
        taskTaken->reset();
        if (!heldTask)
            return internal();
        if (heldTask->value_or(false))
            return invalid(tr("The id %1 is taken already on the central service; ids are chosen at random, so this "
                              "change was made for another one.")
                               .arg(taskId));
    }

    IncidentWorkflow::OpenDraft draft;
    draft.id = id;
    draft.taskIds = *taskIds;
    draft.title = payload.value(QLatin1String("title")).toString();
    draft.description = payload.value(QLatin1String("description")).toString();
    draft.severity = Severity(payload.value(QLatin1String("severity")).toInteger());
    draft.category = payload.value(QLatin1String("category")).toString();
    draft.ownerId = payload.value(QLatin1String("owner_id")).toInteger();
    // Detected when the console said, but never after the service opens it: a console's clock a little ahead makes
    // "just now" a few seconds in the service's future.
    const qint64 detectedAt = payload.value(QLatin1String("detected_at")).toInteger();
    draft.detectedAt = detectedAt > now && detectedAt <= now + ClockSkewMs ? now : detectedAt;
    auto opened = IncidentWorkflow::open(database, draft, actor, now);
    if (!opened)
        return refused(opened.error());
    if (auto status = m_repository.publishIncident(id); !status)
        return internal();
    return applied(1, id);
}

CentralService::Reply CentralIncidentChanges::step(Database& database, const IncidentWorkflow::Actor& actor, qint64 id,
                                                   const QString& action, const QCborMap& payload, qint64 now)
{
    const Field reasonField { "reason", Type::Text, true, 0, IncidentWorkflow::MaxReasonLength };
    const QString reason = payload.value(QLatin1String("reason")).toString();
    if (action == QLatin1String("update")) {
        if (QString problem
            = checkFields(payload,
                          { { "title", Type::Text, false, 1, IncidentWorkflow::MaxTitleLength },
                            { "description", Type::Text, false, 0, IncidentWorkflow::MaxDescriptionLength },
                            { "severity", Type::Integer, false, 1, 4 },
                            { "owner_id", Type::Integer, false, 1, MaxId },
                            { "impact", Type::Integer, true, 1, 4 },
                            reasonField });
            !problem.isEmpty())
            return invalid(tr("The incident's fields are invalid: %1.").arg(problem));
        const QCborValue changedList = payload.value(QLatin1String("changed"));
        if (!changedList.isArray() || changedList.toArray().isEmpty())
            return invalid(tr("An update names the fields it changed."));
        IncidentRepository incidents(database);
        auto incident = incidents.find(id);
        if (!incident || !*incident)
            return internal();
        // Only the fields this change made, onto what the service holds: another supervisor's change of the other
        // fields stays.
        IncidentRepository::Fields fields { (*incident)->title, (*incident)->description, (*incident)->severity,
                                            (*incident)->assigneeId, (*incident)->impact };
        for (const QCborValue& name : changedList.toArray()) {
            const QString field = name.toString();
            if (field == QLatin1String("title"))
                fields.title = payload.value(QLatin1String("title")).toString();
            else if (field == QLatin1String("description"))
                fields.description = payload.value(QLatin1String("description")).toString();
            else if (field == QLatin1String("severity"))
                fields.severity = Severity(payload.value(QLatin1String("severity")).toInteger());
            else if (field == QLatin1String("owner"))
                fields.assigneeId = payload.value(QLatin1String("owner_id")).toInteger();
            else if (field == QLatin1String("impact"))
                fields.impact = payload.value(QLatin1String("impact")).isInteger()
                    ? std::optional<IncidentImpact>(IncidentImpact(payload.value(QLatin1String("impact")).toInteger()))
                    : std::nullopt;
            else
                return invalid(tr("An incident has no field '%1' a supervisor changes.").arg(field.left(32)));
        }
        if (auto status = IncidentWorkflow::update(database, id, fields, reason, actor, now); !status)
            return refused(status.error());
        return applied(0, id);
    }
    if (action == QLatin1String("phase")) {
        if (QString problem = checkFields(payload, { { "to", Type::Integer, false, 1, 7 }, reasonField });
            !problem.isEmpty())
            return invalid(tr("The phase change is invalid: %1.").arg(problem));
        const auto to = IncidentPhases::fromCode(payload.value(QLatin1String("to")).toInteger());
        if (!to)
            return invalid(
                tr("Phase %1 is not a phase of an incident.").arg(payload.value(QLatin1String("to")).toInteger()));
        if (auto status = IncidentWorkflow::changePhase(database, id, *to, reason, actor, now); !status)
            return refused(status.error());
        return applied(0, id);
    }
    if (action == QLatin1String("task")) {
        if (QString problem = checkFields(payload,
                                          { { "task_id", Type::Integer, false, 1, MaxId },
                                            { "state", Type::Integer, false, 1, 2 },
                                            reasonField });
            !problem.isEmpty())
            return invalid(tr("The task decision is invalid: %1.").arg(problem));
        const qint64 taskId = payload.value(QLatin1String("task_id")).toInteger();
        auto task = IncidentRepository(database).task(taskId);
        if (!task)
            return internal();
        if (!*task || (*task)->incidentId != id)
            return invalid(tr("Task %1 is not a task of this incident.").arg(taskId));
        if (auto status = IncidentWorkflow::decideTask(
                database, taskId, IncidentTaskState(payload.value(QLatin1String("state")).toInteger()), reason, actor,
                now);
            !status)
            return refused(status.error());
        return applied(0, id);
    }
    if (action == QLatin1String("note")) {
        if (QString problem = checkFields(payload,
                                          { { "text", Type::Text, false, 1, IncidentWorkflow::MaxTextLength },
                                            { "dated", Type::Integer, false, 0, MaxTime } });
            !problem.isEmpty())
            return invalid(tr("The note is invalid: %1.").arg(problem));
        // A note keeps the date its writer gave it (an access event's time), never later than the service's now.
        const qint64 dated = std::min(payload.value(QLatin1String("dated")).toInteger(), now);
        if (auto added = IncidentWorkflow::addNote(database, id, payload.value(QLatin1String("text")).toString(), actor,
                                                   dated, now);
            !added)
            return refused(added.error());
        return applied(0, id);
    }
    if (action == QLatin1String("close")) {
        if (QString problem = checkFields(payload,
                                          { { "outcome", Type::Integer, false, 1, 5 },
                                            { "summary", Type::Text, false, 1, IncidentWorkflow::MaxTextLength },
                                            { "duplicate_of", Type::Integer, true, 1, MaxId },
                                            reasonField });
            !problem.isEmpty())
            return invalid(tr("The closure is invalid: %1.").arg(problem));
        IncidentWorkflow::Closing closing;
        closing.outcome = IncidentOutcome(payload.value(QLatin1String("outcome")).toInteger());
        closing.summary = payload.value(QLatin1String("summary")).toString();
        closing.duplicateOf = payload.value(QLatin1String("duplicate_of")).toInteger();
        if (auto status = IncidentWorkflow::close(database, id, closing, reason, actor, now); !status)
            return refused(status.error());
        return applied(0, id);
    }
    if (action == QLatin1String("reopen")) {
        if (QString problem = checkFields(payload, { reasonField }); !problem.isEmpty())
            return invalid(tr("The reopening is invalid: %1.").arg(problem));
        if (auto status = IncidentWorkflow::reopen(database, id, reason, actor, now); !status)
            return refused(status.error());
        return applied(0, id);
    }
    if (action == QLatin1String("events")) {
        const auto events = ids(payload.value(QLatin1String("events")), IncidentEventLink::MaxEvents, MaxEventId);
        if (!events || events->empty())
            return invalid(
                tr("Linking events lists the access events' ids, 1 to %1.").arg(IncidentEventLink::MaxEvents));
        if (auto added = IncidentFromEvidence::addEvents(database, id, *events, actor, now); !added)
            return refused(added.error());
        return applied(0, id);
    }
    if (action == QLatin1String("merge")) {
        if (QString problem = checkFields(payload,
                                          { { "from", Type::Integer, false, 1, MaxId },
                                            { "reason", Type::Text, false, 1, IncidentWorkflow::MaxReasonLength } });
            !problem.isEmpty())
            return invalid(tr("The merge is invalid: %1.").arg(problem));
        const auto carried = ids(payload.value(QLatin1String("carried_task_ids")), MaxTasks, MaxId);
        if (!carried)
            return invalid(tr("A merge lists the ids of the tasks it carries over, at most %1.").arg(MaxTasks));
        const qint64 fromId = payload.value(QLatin1String("from")).toInteger();
        auto from = IncidentRepository(database).find(fromId);
        if (!from)
            return internal();
        if (!*from)
            return invalid(tr("The central service does not hold incident %1, which was to be merged.").arg(fromId));
        // Only the surviving incident's version is checked: the merged one is taken as the service holds it (its
        // events and open tasks now), so another supervisor's change of it is carried over rather than lost — and a
        // merged incident opened on the same console has no version the console could have known when it merged.
        auto taskTaken = database.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM incident_task WHERE id = ?)"));
        if (!taskTaken)
            return internal();
        for (qint64 taskId : *carried) {
            taskTaken->bind(1, taskId);
            auto held = taskTaken->firstRow([](const Statement& s) { return s.int64(0) != 0; });
            taskTaken->reset();
            if (!held)
                return internal();
            if (held->value_or(false))
                return invalid(tr("The id %1 is taken already on the central service; ids are chosen at random, so "
                                  "this change was made for another one.")
                                   .arg(taskId));
        }
        // The merged incident closes as a duplicate of this one: publishing this one publishes it after.
        if (auto status = IncidentFromEvidence::merge(
                database, id, fromId, payload.value(QLatin1String("reason")).toString(), actor, now, *carried);
            !status)
            return refused(status.error());
        return applied(0, id);
    }
    if (action.startsWith(QLatin1String("breach_")))
        return breach(database, actor, id, action, payload, now);
    return invalid(tr("There is no incident action '%1'.").arg(action.left(32)));
}

CentralService::Reply CentralIncidentChanges::breach(Database& database, const IncidentWorkflow::Actor& actor,
                                                     qint64 id, const QString& action, const QCborMap& payload,
                                                     qint64 now)
{
    const Field reasonField { "reason", Type::Text, false, 1, BreachWorkflow::MaxReasonLength };
    const QString reason = payload.value(QLatin1String("reason")).toString();
    // An instant the supervisor gave as "now or before" on a clock a little ahead of the service's: the service's now.
    auto notAhead = [now](qint64 at) { return at > now && at <= now + ClockSkewMs ? now : at; };
    if (action == QLatin1String("breach_aware") || action == QLatin1String("breach_change")) {
        if (QString problem = checkFields(payload, { { "aware_at", Type::Integer, false, 0, MaxTime }, reasonField });
            !problem.isEmpty())
            return invalid(tr("The aware-at is invalid: %1.").arg(problem));
        const qint64 awareAt = notAhead(payload.value(QLatin1String("aware_at")).toInteger());
        auto recorded = action == QLatin1String("breach_aware")
            ? BreachWorkflow::recordAwareness(database, id, awareAt, reason, actor, now)
            : BreachWorkflow::changeAwareness(database, id, awareAt, reason, actor, now);
        if (!recorded)
            return refused(recorded.error());
        return applied(0, id);
    }
    if (action == QLatin1String("breach_withdraw")) {
        if (QString problem = checkFields(payload, { reasonField }); !problem.isEmpty())
            return invalid(tr("The withdrawal is invalid: %1.").arg(problem));
        if (auto status = BreachWorkflow::withdraw(database, id, reason, actor, now); !status)
            return refused(status.error());
        return applied(0, id);
    }
    if (action == QLatin1String("breach_notify")) {
        const qint64 text = BreachWorkflow::MaxTextLength;
        if (QString problem
            = checkFields(payload,
                          { { "sent_at", Type::Integer, false, 0, MaxTime },
                            { "authority_reference", Type::Text, false, 0, BreachWorkflow::MaxReferenceLength },
                            { "delay_reasons", Type::Text, false, 0, text },
                            { "nature", Type::Text, false, 1, text },
                            { "subject_categories", Type::Text, false, 0, text },
                            { "subjects_approx", Type::Integer, true, 0, MaxId },
                            { "record_categories", Type::Text, false, 0, text },
                            { "records_approx", Type::Integer, true, 0, MaxId },
                            { "contact_point", Type::Text, false, 1, text },
                            { "likely_consequences", Type::Text, false, 0, text },
                            { "measures", Type::Text, false, 0, text } });
            !problem.isEmpty())
            return invalid(tr("The notification is invalid: %1.").arg(problem));
        auto textOf = [&payload](const char* name) { return payload.value(QLatin1String(name)).toString(); };
        auto countOf = [&payload](const char* name) {
            const QCborValue value = payload.value(QLatin1String(name));
            return value.isInteger() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
        };
        BreachWorkflow::Notification notification;
        notification.sentAt = notAhead(payload.value(QLatin1String("sent_at")).toInteger());
        notification.authorityReference = textOf("authority_reference");
        notification.delayReasons = textOf("delay_reasons");
        notification.form.nature = textOf("nature");
        notification.form.subjectCategories = textOf("subject_categories");
        notification.form.subjectsApprox = countOf("subjects_approx");
        notification.form.recordCategories = textOf("record_categories");
        notification.form.recordsApprox = countOf("records_approx");
        notification.form.contactPoint = textOf("contact_point");
        notification.form.likelyConsequences = textOf("likely_consequences");
        notification.form.measures = textOf("measures");
        if (auto notified = BreachWorkflow::notifyAuthority(database, id, notification, actor, now); !notified)
            return refused(notified.error());
        return applied(0, id);
    }
    if (action == QLatin1String("breach_subjects")) {
        if (QString problem = checkFields(payload,
                                          { { "notify", Type::Boolean, false, 0, 1 },
                                            { "exemption", Type::Text, true, 0, 32 },
                                            { "communicated_at", Type::Integer, true, 0, MaxTime },
                                            { "means", Type::Text, false, 0, BreachWorkflow::MaxTextLength },
                                            reasonField });
            !problem.isEmpty())
            return invalid(tr("The decision about the data subjects is invalid: %1.").arg(problem));
        SubjectDecision decision;
        decision.notify = payload.value(QLatin1String("notify")).toBool();
        if (payload.value(QLatin1String("exemption")).isString()) {
            decision.exemption = subjectExemptionFromString(payload.value(QLatin1String("exemption")).toString());
            if (!decision.exemption)
                return invalid(tr("'%1' is not a ground of Art. 34 this service knows.")
                                   .arg(payload.value(QLatin1String("exemption")).toString().left(32)));
        }
        if (payload.value(QLatin1String("communicated_at")).isInteger())
            decision.communicatedAt = payload.value(QLatin1String("communicated_at")).toInteger();
        decision.means = payload.value(QLatin1String("means")).toString();
        decision.reason = reason;
        if (auto status = BreachWorkflow::decideSubjects(database, id, decision, actor, now); !status)
            return refused(status.error());
        return applied(0, id);
    }
    return invalid(tr("There is no incident action '%1'.").arg(action.left(32)));
}

} // namespace custodian
