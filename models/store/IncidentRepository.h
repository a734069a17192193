#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// The incident, incident_task and incident_timeline tables as the incident workflow and the incident page read and
// change them (docs/incidents.md). Every change is made against the version the caller read (optimistic: false when
// someone changed the incident meanwhile) and raises it, so that a later push to the central service can say which
// version a change was made on. Timeline entries are written through IncidentTimeline. Runs inside the caller's
// transaction.
class IncidentRepository
{
public:
    struct Incident
    {
        qint64 id = 0;
        QString reference;
        QString title;
        QString description;
        Severity severity = Severity::Medium;
        QString category;
        IncidentPhase phase = IncidentPhase::Declared;
        qint64 assigneeId = 0; // the owner; 0: none
        QString assigneeName;
        qint64 reportedBy = 0;
        qint64 openedAt = 0; // declared: IncidentSla counts from here
        qint64 detectedAt = 0;
        std::optional<IncidentImpact> impact; // none: not assessed yet
        std::optional<IncidentOutcome> outcome;
        QString closureSummary;
        qint64 duplicateOf = 0;
        QString duplicateOfReference;
        std::optional<qint64> closedAt;
        QString closedBy; // the supervisor's name when known, else the console-audit actor
        bool personalDataBreach = false;
        std::optional<qint64> breachEstablishedAt; // GDPR "aware at"
        qint64 version = 1;
        bool fromService = false; // the central service has a version of it
    };

    struct Task
    {
        qint64 id = 0;
        qint64 incidentId = 0;
        int position = 0;
        QString key;
        QString title;
        QString guidance;
        bool mandatory = true;
        IncidentPhase phase = IncidentPhase::Analysing;
        IncidentTaskState state = IncidentTaskState::Open;
        QString reason;
        QString decidedBy;
        std::optional<qint64> decidedAt;
    };

    struct TimelineEntry
    {
        qint64 id = 0;
        qint64 at = 0;
        QString author; // the supervisor's name when known, else the console-audit actor
        QString kind;
        std::optional<IncidentPhase> phase;
        QString text;
        std::optional<qint64> position; // in the incident's chain; none: an entry pulled from the central service
    };

    struct Detail
    {
        Incident incident;
        std::vector<Task> tasks; // in template order
        std::vector<TimelineEntry> timeline; // by time, then in the order written
    };

    struct Draft
    {
        qint64 id = 0; // 0: a new random id (newId); else the id a console chose, kept by the central service
        QString reference;
        QString title;
        QString description;
        Severity severity = Severity::Medium;
        QString category;
        qint64 assigneeId = 0;
        qint64 reportedBy = 0;
        qint64 openedAt = 0;
        qint64 detectedAt = 0;
    };

    struct NewTask
    {
        QString key;
        QString title;
        QString guidance;
        bool mandatory = true;
        IncidentPhase phase = IncidentPhase::Analysing;
        qint64 id = 0; // as Draft::id
    };

    // The fields a supervisor edits, as they are to be.
    struct Fields
    {
        QString title;
        QString description;
        Severity severity = Severity::Medium;
        qint64 assigneeId = 0;
        std::optional<IncidentImpact> impact;
    };

    struct Closure
    {
        IncidentOutcome outcome = IncidentOutcome::TruePositiveWithImpact;
        QString summary;
        qint64 duplicateOf = 0;
        qint64 at = 0;
        qint64 bySupervisorId = 0;
        QString actor;
    };

    struct TaskDecision
    {
        IncidentTaskState state = IncidentTaskState::Done;
        QString reason;
        qint64 at = 0;
        qint64 bySupervisorId = 0;
        QString actor;
    };

    explicit IncidentRepository(Database& database);

    [[nodiscard]] Result<std::optional<Incident>> find(qint64 id);
    [[nodiscard]] Result<std::optional<Incident>> findByReference(const QString& reference);
    // The incident with its tasks and timeline (the incident page, the report).
    [[nodiscard]] Result<std::optional<Detail>> load(qint64 id);
    [[nodiscard]] Result<std::vector<Task>> tasks(qint64 incidentId);
    [[nodiscard]] Result<std::optional<Task>> task(qint64 taskId);
    [[nodiscard]] Result<std::vector<TimelineEntry>> timeline(qint64 incidentId);
    // The next free reference of the year: INC-YYYY-NNNN, one past the highest of that year in the store.
    [[nodiscard]] Result<QString> nextReference(int year);
    // The display name of supervisor `id`; none when this store does not know them.
    [[nodiscard]] Result<std::optional<QString>> supervisorName(qint64 id);

    // A random id in 1 .. 2^53 - 1 not yet used in `table` (incident, incident_task, incident_timeline). Rows made on a
    // console get ids no central service's sequence will reach, so they need no renumbering when they sync — which
    // would break the timeline chain, whose first hash binds the incident's id. As review campaigns do.
    [[nodiscard]] static Result<qint64> newId(Database& database, const char* table);

    [[nodiscard]] Result<qint64> insert(const Draft& draft);
    // Returns the task's id.
    [[nodiscard]] Result<qint64> insertTask(qint64 incidentId, int position, const NewTask& task);
    // Each: false when the incident is no longer at `expectedVersion`.
    [[nodiscard]] Result<bool> updateFields(qint64 id, qint64 expectedVersion, const Fields& fields);
    [[nodiscard]] Result<bool> setPhase(qint64 id, qint64 expectedVersion, IncidentPhase phase);
    [[nodiscard]] Result<bool> close(qint64 id, qint64 expectedVersion, const Closure& closure);
    // Back to analysing, the closure cleared (the timeline keeps what it was).
    [[nodiscard]] Result<bool> reopen(qint64 id, qint64 expectedVersion);
    // Raises the version alone: a note or a task decision changes the incident too.
    [[nodiscard]] Result<bool> touch(qint64 id, qint64 expectedVersion);
    // Decides a task that is still open; false when it is not open any more.
    [[nodiscard]] Result<bool> decideTask(qint64 taskId, const TaskDecision& decision);

private:
    Database& m_database;
};

} // namespace custodian
