#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"
#include "rules/RoleAssignmentWorkflow.h"
#include "store/IncidentRepository.h"
#include "store/IncidentTimeline.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace custodian {

class Database;

// A supervisor's work on an incident (issue 17, points 1, 2 and 4; docs/incidents.md): open it (its reference
// INC-YYYY-NNNN, its category's tasks, its first timeline entry), edit its fields, move it between phases, decide its
// tasks, add notes, close it, reopen it. Each is ONE transaction holding the change, its timeline entry (hash-chained,
// IncidentTimeline) and its console-audit entry ("incident.open", "incident.update", "incident.phase", "incident.task",
// "incident.note", "incident.close", "incident.reopen"; target "incident:<id>"; the detail names fields, codes and
// positions, never a note's or description's text, which may hold a customer's identifiers). A refusal writes nothing
// and is an Error whose message can be shown as is.
//
// Each change is also queued for the central service in the same transaction (IncidentOutbox, kind "incident.change",
// docs/sync-api.md section 6), whose service runs this same workflow on its own store to decide it, with the token's
// supervisor as the actor (Actor::queueForSync false: nothing queued there) and its own clock. Not pushed yet: links
// between incidents (docs/incidents.md, "Sync").
class IncidentWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(IncidentWorkflow)

public:
    using Actor = RoleAssignmentWorkflow::Actor;

    static constexpr int MaxTitleLength = 500; // the sync contract's limits (docs/sync-api.md, `incidents`)
    static constexpr int MaxDescriptionLength = 20'000;
    static constexpr int MaxTextLength = 10'000; // a timeline entry's text: a note, a closing summary
    static constexpr int MaxReasonLength = 2000;

    struct OpenDraft
    {
        QString title;
        QString category; // IncidentTemplates::categories()
        Severity severity = Severity::Medium;
        qint64 ownerId = 0; // a supervisor this store knows
        QString description;
        qint64 detectedAt = 0; // ms; not after the opening
        // Set by the central service only: the ids the opening console chose for the incident and its template's tasks
        // (in template order), which the service keeps so that neither side renumbers. 0 / empty: new random ids.
        qint64 id = 0;
        std::vector<qint64> taskIds;
    };

    struct Opened
    {
        qint64 id = 0;
        QString reference;
        int tasks = 0;
    };

    struct Closing
    {
        std::optional<IncidentOutcome> outcome;
        QString summary;
        qint64 duplicateOf = 0; // the incident a duplicate duplicates; required for that outcome only
    };

    // `atMs` < 0: now. It is when the change is made: the opening instant, the audit's time and the timeline entry's.
    [[nodiscard]] static Result<Opened> open(Database& database, const OpenDraft& draft, const Actor& actor,
                                             qint64 atMs = -1);
    // Title, description, severity, owner and impact as they are to be; refuses when nothing changes. A non-empty
    // `reason` (why, e.g. a bulk change's shared reason) goes into the audit detail, the timeline entry and the push.
    [[nodiscard]] static Status update(Database& database, qint64 incidentId, const IncidentRepository::Fields& fields,
                                       const Actor& actor, qint64 atMs = -1);
    [[nodiscard]] static Status update(Database& database, qint64 incidentId, const IncidentRepository::Fields& fields,
                                       const QString& reason, const Actor& actor, qint64 atMs = -1);
    // A new owner and nothing else, the other fields as the transaction finds them (an update of the owner alone):
    // for a change made without looking at the incident's fields first, such as a bulk assignment, so that it never
    // writes back fields read earlier. Refuses when the incident has that owner already.
    [[nodiscard]] static Status assign(Database& database, qint64 incidentId, qint64 ownerId, const QString& reason,
                                       const Actor& actor, qint64 atMs = -1);
    // Forward by any number of steps; back only with a reason; closed → analysing is reopen(); to closed is close().
    [[nodiscard]] static Status changePhase(Database& database, qint64 incidentId, IncidentPhase to,
                                            const QString& reason, const Actor& actor, qint64 atMs = -1);
    // Done, or not applicable with a reason; a task is decided once, on an incident that is not closed.
    [[nodiscard]] static Status decideTask(Database& database, qint64 taskId, IncidentTaskState state,
                                           const QString& reason, const Actor& actor, qint64 atMs = -1);
    // A note dated `entryAtMs` (< 0: now), which may lie in the past (an access event's time); the chain keeps the
    // order it was written in. Returns the entry's position in the chain.
    [[nodiscard]] static Result<qint64> addNote(Database& database, qint64 incidentId, const QString& text,
                                                const Actor& actor, qint64 entryAtMs = -1, qint64 atMs = -1);
    // Needs an outcome, a summary, the duplicated incident for a duplicate, and no open mandatory task: the refusal
    // names every open one.
    [[nodiscard]] static Status close(Database& database, qint64 incidentId, const Closing& closing, const Actor& actor,
                                      qint64 atMs = -1);
    // As close(), with why it was closed this way besides the summary (a bulk closing's shared reason), recorded as
    // update()'s reason is.
    [[nodiscard]] static Status close(Database& database, qint64 incidentId, const Closing& closing,
                                      const QString& reason, const Actor& actor, qint64 atMs = -1);
    // Closed → analysing, with a reason; the closure is cleared (the timeline keeps it).
    [[nodiscard]] static Status reopen(Database& database, qint64 incidentId, const QString& reason, const Actor& actor,
                                       qint64 atMs = -1);

    // Whether a trimmed reason is short enough for the store and the sync contract (MaxReasonLength).
    [[nodiscard]] static Status reasonFits(const QString& trimmed);

private:
    struct Change
    {
        qint64 incidentId = 0;
        QString action; // console audit
        QJsonObject detail; // console audit; the reference and the entry's position are added
        IncidentTimeline::Entry entry;
        QJsonObject push; // the sync payload, with its "action" (IncidentOutbox); empty: nothing to push
    };
    // Every change's writes besides the row itself: its timeline entry, its console-audit entry and its sync-outbox
    // entry. Returns the entry's chain position.
    [[nodiscard]] static Result<qint64> record(Database& database, const QString& reference, Change change,
                                               const Actor& actor, qint64 at);
    [[nodiscard]] static Result<IncidentRepository::Incident> existing(IncidentRepository& incidents,
                                                                       qint64 incidentId);
    // A step's own part, inside its transaction and after the incident was found: refuse, or change the row and say
    // what to record. `at` is the step's instant.
    using Body = std::function<Result<Change>(IncidentRepository& incidents,
                                              const IncidentRepository::Incident& incident, qint64 at)>;
    // Which incident a step is on, read inside its transaction (a task's decision finds it through the task).
    using Locate = std::function<Result<qint64>(IncidentRepository& incidents)>;
    // The frame every step on an existing incident shares, written once: its instant (`atMs` < 0: now), ONE
    // transaction, the incident or the refusal that it does not exist, the body, the record, the commit. Returns the
    // recorded entry's chain position.
    [[nodiscard]] static Result<qint64> step(Database& database, qint64 incidentId, const Actor& actor, qint64 atMs,
                                             const Body& body);
    [[nodiscard]] static Result<qint64> step(Database& database, const Locate& locate, const Actor& actor, qint64 atMs,
                                             const Body& body);
    // Reopening's own part, shared by reopen() and changePhase() from closed to analysing.
    [[nodiscard]] static Result<Change> reopening(IncidentRepository& incidents,
                                                  const IncidentRepository::Incident& incident, const QString& trimmed,
                                                  qint64 at);
    // Updating's own part, shared by update() and assign(): `wanted` as the incident is to be (trimmed, checked).
    [[nodiscard]] static Result<Change> updating(IncidentRepository& incidents,
                                                 const IncidentRepository::Incident& incident,
                                                 const IncidentRepository::Fields& wanted, const QString& reason,
                                                 qint64 at);
    [[nodiscard]] static Status reopenReason(const QString& trimmed);
    [[nodiscard]] static Error changedMeanwhile(const QString& reference);
};

} // namespace custodian
