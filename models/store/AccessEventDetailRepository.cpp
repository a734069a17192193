#include "store/AccessEventDetailRepository.h"

#include "store/AssignmentHistoryRow.h"
#include "store/AssignmentInForce.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>

namespace custodian {

// Why this stays fast at 10 M events — each statement is a look-up on a key, never a scan of access_event:
//  * the event and its agent, team, site, shift, manager, workstation and record: INTEGER PRIMARY KEY look-ups;
//  * the session: access_event_agent_time (agent_id, occurred_at) range over ONE agent's events within ±16 h
//    (a shift's worth, a few hundred rows at the very most), session_id filtered on the rows found; the index
//    order (occurred_at, then rowid = id) is the ORDER BY, so SQLite neither sorts nor reads further than LIMIT
//    (INDEXED BY: an index added later for the page's filters must not lure the planner away from this one);
//  * assignments and their changes: role_assignment_agent (agent_id, valid_from) and
//    role_assignment_change_assignment (assignment_id, changed_at) — a handful of rows per agent;
//  * training: training_record_agent (agent_id, module_id, completed_at); requirements and modules are tiny tables.
// AccessEventDetailRepositoryTest checks the plans with EXPLAIN QUERY PLAN.

namespace {
constexpr qint64 DayMs = 24ll * 3600 * 1000;

const char* const EventSql
    = "SELECT e.id, e.occurred_at, e.agent_id, e.record_id, e.data_class, e.action, e.outcome, e.channel, "
      "e.workstation_id, e.source_address, e.session_id, "
      "a.id, a.display_name, a.employee_no, a.status, a.hired_at, a.departed_at, a.status_changed_at, "
      "t.name, s.code, s.name, s.timezone, sh.name, m.display_name, "
      "w.hostname, ws.name, "
      "r.id, r.kind, r.masked, r.data_class, r.sealed_value IS NOT NULL AND length(r.sealed_value) > 0 "
      "FROM access_event e "
      "LEFT JOIN agent a ON a.id = e.agent_id "
      "LEFT JOIN team t ON t.id = a.team_id "
      "LEFT JOIN site s ON s.id = t.site_id "
      "LEFT JOIN shift sh ON sh.id = a.shift_id "
      "LEFT JOIN supervisor m ON m.id = a.manager_id "
      "LEFT JOIN workstation w ON w.id = e.workstation_id "
      "LEFT JOIN site ws ON ws.id = w.site_id "
      "LEFT JOIN customer_record r ON r.id = e.record_id "
      "WHERE e.id = ?1";

// finding_evidence_event (event_id): an event is evidence of at most one finding per kind.
const char* const FindingSql
    = "SELECT f.id, f.kind, f.status, f.severity FROM finding_evidence fe JOIN finding f ON f.id = fe.finding_id "
      "WHERE fe.event_id = ?1 ORDER BY f.kind, f.id";

// ?1 agent, ?2/?3 time range, ?4 session, ?5 the event's time, ?6 the event's id, ?7 limit.
const char* const SessionBeforeSql
    = "SELECT e.id, e.occurred_at, e.action, e.outcome, e.data_class, e.channel, e.record_id, r.masked, r.kind, "
      "w.hostname FROM access_event e INDEXED BY access_event_agent_time "
      "LEFT JOIN customer_record r ON r.id = e.record_id LEFT JOIN workstation w ON w.id = e.workstation_id "
      "WHERE e.agent_id = ?1 AND e.occurred_at BETWEEN ?2 AND ?3 AND e.session_id = ?4 "
      "AND (e.occurred_at < ?5 OR e.id < ?6) "
      "ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?7";
const char* const SessionAfterSql
    = "SELECT e.id, e.occurred_at, e.action, e.outcome, e.data_class, e.channel, e.record_id, r.masked, r.kind, "
      "w.hostname FROM access_event e INDEXED BY access_event_agent_time "
      "LEFT JOIN customer_record r ON r.id = e.record_id LEFT JOIN workstation w ON w.id = e.workstation_id "
      "WHERE e.agent_id = ?1 AND e.occurred_at BETWEEN ?2 AND ?3 AND e.session_id = ?4 "
      "AND (e.occurred_at > ?5 OR e.id >= ?6) "
      "ORDER BY e.occurred_at, e.id LIMIT ?7";

const char* const AssignmentSql
    = "SELECT ra.id, ra.role_id, ro.code, ro.name, ro.sensitive, ra.status, ra.valid_from, ra.valid_until, "
      "ra.approved_at, ra.ended_at, ra.sod_exception_reason "
      "FROM role_assignment ra JOIN role ro ON ro.id = ra.role_id "
      "WHERE ra.agent_id = ?1 AND ra.valid_from <= ?2 ORDER BY ra.valid_from, ra.id";
const char* const ChangeSql
    = "SELECT c.assignment_id, c.changed_at, c.new_status, c.old_valid_until, c.new_valid_until "
      "FROM role_assignment ra JOIN role_assignment_change c ON c.assignment_id = ra.id "
      "WHERE ra.agent_id = ?1 AND ra.valid_from <= ?2 ORDER BY c.assignment_id, c.changed_at, c.id";
const char* const RoleDataClassSql
    = "SELECT rd.role_id, dc.name FROM role_data_class rd JOIN data_class dc ON dc.code = rd.data_class "
      "ORDER BY rd.role_id, rd.data_class";
const char* const RequirementSql
    = "SELECT q.role_id, m.id, m.code, m.title, m.framework, m.control_ref, m.validity_days "
      "FROM role_training_requirement q JOIN training_module m ON m.id = q.module_id ORDER BY m.id";
const char* const TrainingSql
    = "SELECT module_id, assigned_at, due_at, completed_at, passed, expires_at FROM training_record "
      "WHERE agent_id = ?1 AND withdrawn_at IS NULL ORDER BY module_id, completed_at";

QString sql(const char* text)
{
    return QString::fromLatin1(text);
}

struct AssignmentRow
{
    AccessEventDetailRepository::RoleAtTime role;
    AssignmentInForce::History history;
};

AccessEventDetailRepository::SessionEvent sessionEventFrom(const Statement& s)
{
    AccessEventDetailRepository::SessionEvent e;
    e.id = s.int64(0);
    e.occurredAt = s.int64(1);
    e.action = AccessAction(s.int64(2));
    e.outcome = AccessOutcome(s.int64(3));
    e.dataClass = DataClass(s.int64(4));
    e.channel = Channel(s.int64(5));
    e.recordId = s.isNull(6) ? 0 : s.int64(6);
    e.recordMasked = s.text(7);
    e.recordKind = s.text(8);
    e.workstation = s.text(9);
    return e;
}
} // namespace

QStringList AccessEventDetailRepository::queriesForPlanCheck()
{
    return { sql(EventSql),  sql(SessionBeforeSql), sql(SessionAfterSql), sql(AssignmentSql),
             sql(ChangeSql), sql(TrainingSql),      sql(FindingSql) };
}

Result<AccessEventDetailRepository::Detail> AccessEventDetailRepository::load(Database& database, qint64 eventId,
                                                                              const Options& options)
{
    Detail d;
    {
        auto s = database.prepare(sql(EventSql));
        if (!s)
            return s.error();
        s->bind(1, eventId);
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            return Error(Error::Code::NotFound, tr("Access event %1 is not in this store.").arg(eventId));
        AccessEvent& e = d.event;
        e.id = s->int64(0);
        e.occurredAt = s->int64(1);
        e.agentId = s->int64(2);
        e.recordId = s->isNull(3) ? 0 : s->int64(3);
        e.dataClass = DataClass(s->int64(4));
        e.action = AccessAction(s->int64(5));
        e.outcome = AccessOutcome(s->int64(6));
        e.channel = Channel(s->int64(7));
        e.workstationId = s->isNull(8) ? 0 : s->int64(8);
        e.sourceAddress = s->text(9);
        e.sessionId = s->int64(10);
        d.agentKnown = !s->isNull(11);
        d.agentName = s->text(12);
        d.employeeNo = s->text(13);
        d.agentStatusNow = d.agentKnown ? AgentStatus(s->int64(14)) : AgentStatus::Active;
        d.hiredAt = s->int64(15);
        d.departedAt = s->optionalInt64(16);
        d.statusChangedAt = s->optionalInt64(17);
        d.teamName = s->text(18);
        d.siteCode = s->text(19);
        d.siteName = s->text(20);
        d.siteTimezone = s->text(21);
        d.shiftName = s->text(22);
        d.managerName = s->text(23);
        d.workstationHostname = s->text(24);
        d.workstationSiteName = s->text(25);
        d.recordKnown = !s->isNull(26);
        d.recordKind = s->text(27);
        d.recordMasked = s->text(28);
        d.recordDataClass = d.recordKnown ? DataClass(s->int64(29)) : DataClass::None;
        d.recordSealed = d.recordKnown && s->int64(30) != 0;
    }
    const qint64 t = d.event.occurredAt;

    {
        auto s = database.prepare(sql(FindingSql));
        if (!s)
            return s.error();
        s->bind(1, eventId);
        for (;;) {
            auto row = s->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            d.findings.push_back(
                { s->int64(0), FindingKind(s->int64(1)), FindingStatus(s->int64(2)), Severity(s->int64(3)) });
        }
    }

    // The agent's standing at the event: departure and suspension are dated; today's status is not the answer.
    const std::optional<qint64> departed
        = d.departedAt ? d.departedAt : (d.agentStatusNow == AgentStatus::Departed ? d.statusChangedAt : std::nullopt);
    if (departed && *departed <= t)
        d.agentStatusAtTime = AgentStatus::Departed;
    else if (d.agentStatusNow == AgentStatus::Suspended && d.statusChangedAt && *d.statusChangedAt <= t)
        d.agentStatusAtTime = AgentStatus::Suspended;

    // Other events of the session, around the event.
    {
        const int cap = std::max(1, options.sessionEventCap);
        auto fetch = [&](const char* text, qint64 from, qint64 to) -> Result<std::vector<SessionEvent>> {
            auto s = database.prepare(sql(text));
            if (!s)
                return s.error();
            s->bind(1, d.event.agentId).bind(2, from).bind(3, to).bind(4, d.event.sessionId);
            s->bind(5, t).bind(6, d.event.id).bind(7, qint64(cap) + 1);
            std::vector<SessionEvent> out;
            for (;;) {
                auto row = s->step();
                if (!row)
                    return row.error();
                if (!*row)
                    break;
                out.push_back(sessionEventFrom(*s));
            }
            return out;
        };
        auto before = fetch(SessionBeforeSql, t - options.sessionWindowMs, t);
        if (!before)
            return before.error();
        auto after = fetch(SessionAfterSql, t, t + options.sessionWindowMs);
        if (!after)
            return after.error();
        const std::size_t half = std::size_t(cap) / 2;
        const std::size_t keepAfter
            = std::min(after->size(), std::max(std::size_t(cap) - std::min(before->size(), half), half));
        const std::size_t keepBefore = std::min(before->size(), std::size_t(cap) - keepAfter);
        d.moreSessionEventsBefore = before->size() > keepBefore;
        d.moreSessionEventsAfter = after->size() > keepAfter;
        d.sessionEvents.reserve(keepBefore + keepAfter);
        for (std::size_t i = keepBefore; i-- > 0;)
            d.sessionEvents.push_back(std::move((*before)[i]));
        for (std::size_t i = 0; i < keepAfter; ++i)
            d.sessionEvents.push_back(std::move((*after)[i]));
    }

    if (!d.agentKnown)
        return d;

    // Role assignments held at t (rule in the header).
    std::vector<AssignmentRow> assignments;
    {
        auto s = database.prepare(sql(AssignmentSql));
        if (!s)
            return s.error();
        s->bind(1, d.event.agentId).bind(2, t);
        for (;;) {
            auto row = s->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            AssignmentRow a;
            a.role.assignmentId = s->int64(0);
            a.role.roleId = s->int64(1);
            a.role.roleCode = s->text(2);
            a.role.roleName = s->text(3);
            a.role.sensitive = s->int64(4) != 0;
            a.history = AssignmentHistoryRow::history(*s, 5);
            a.role.currentStatus = a.history.status;
            a.role.validFrom = a.history.validFrom;
            a.role.approvedAt = a.history.approvedAt;
            a.role.endedAt = a.history.endedAt;
            a.role.sodExceptionReason = s->text(10);
            assignments.push_back(std::move(a));
        }
    }
    std::map<qint64, std::vector<AssignmentInForce::History::Change>> changes;
    {
        auto s = database.prepare(sql(ChangeSql));
        if (!s)
            return s.error();
        s->bind(1, d.event.agentId).bind(2, t);
        for (;;) {
            auto row = s->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            changes[s->int64(0)].push_back(AssignmentHistoryRow::change(*s, 1));
        }
    }
    std::map<qint64, QStringList> roleClasses;
    {
        auto s = database.prepare(sql(RoleDataClassSql));
        if (!s)
            return s.error();
        for (;;) {
            auto row = s->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            roleClasses[s->int64(0)].append(s->text(1));
        }
    }
    std::set<qint64> heldRoles;
    for (AssignmentRow& a : assignments) {
        AssignmentInForce::History& history = a.history;
        if (auto found = changes.find(a.role.assignmentId); found != changes.end())
            history.changes = std::move(found->second);
        std::optional<qint64> validUntilAtTime;
        if (!AssignmentInForce::heldAt(history, t, &validUntilAtTime))
            continue;
        a.role.validUntilAtTime = validUntilAtTime;
        a.role.dataClasses = roleClasses[a.role.roleId];
        heldRoles.insert(a.role.roleId);
        d.roles.push_back(std::move(a.role));
    }

    // Training required by those roles, and its state at t.
    std::map<qint64, TrainingAtTime> required;
    std::map<qint64, qint64> validityDays;
    {
        std::map<qint64, QString> roleCodes;
        for (const RoleAtTime& role : d.roles)
            roleCodes[role.roleId] = role.roleCode;
        auto s = database.prepare(sql(RequirementSql));
        if (!s)
            return s.error();
        for (;;) {
            auto row = s->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const qint64 roleId = s->int64(0);
            if (!heldRoles.count(roleId))
                continue;
            TrainingAtTime& m = required[s->int64(1)];
            m.moduleId = s->int64(1);
            m.code = s->text(2);
            m.title = s->text(3);
            m.framework = s->text(4);
            m.controlRef = s->text(5);
            validityDays[m.moduleId] = s->int64(6);
            if (!m.requiredBy.contains(roleCodes[roleId]))
                m.requiredBy.append(roleCodes[roleId]);
        }
    }
    if (!required.empty()) {
        auto s = database.prepare(sql(TrainingSql));
        if (!s)
            return s.error();
        s->bind(1, d.event.agentId);
        struct Best
        {
            std::optional<qint64> validExpiry, validCompleted; // the pass valid at t with the latest expiry
            std::optional<qint64> expiredExpiry, expiredCompleted; // the latest pass expired by t
            std::optional<qint64> failedCompleted; // the latest failed attempt by t
            std::optional<qint64> openDue; // an assignment open at t (earliest due)
        };
        std::map<qint64, Best> best;
        for (;;) {
            auto row = s->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const qint64 module = s->int64(0);
            if (!required.count(module))
                continue;
            const qint64 assignedAt = s->int64(1);
            const qint64 dueAt = s->int64(2);
            const std::optional<qint64> completedAt = s->optionalInt64(3);
            const bool passed = !s->isNull(4) && s->int64(4) == 1;
            Best& b = best[module];
            if (completedAt && *completedAt <= t) {
                if (passed) {
                    const qint64 expiry = s->optionalInt64(5).value_or(*completedAt + validityDays[module] * DayMs);
                    if (t < expiry) {
                        if (!b.validExpiry || expiry > *b.validExpiry) {
                            b.validExpiry = expiry;
                            b.validCompleted = completedAt;
                        }
                    } else if (!b.expiredExpiry || expiry > *b.expiredExpiry) {
                        b.expiredExpiry = expiry;
                        b.expiredCompleted = completedAt;
                    }
                } else if (!b.failedCompleted || *completedAt > *b.failedCompleted) {
                    b.failedCompleted = completedAt;
                }
            } else if (assignedAt <= t && (!b.openDue || dueAt < *b.openDue)) {
                b.openDue = dueAt; // assigned, not completed by t
            }
        }
        for (auto& [module, m] : required) {
            const Best& b = best[module];
            m.dueAt = b.openDue;
            if (b.validExpiry) {
                m.state = TrainingState::Valid;
                m.completedAt = b.validCompleted;
                m.expiresAt = b.validExpiry;
            } else if (b.expiredExpiry) {
                m.state = TrainingState::Expired;
                m.completedAt = b.expiredCompleted;
                m.expiresAt = b.expiredExpiry;
            } else if (b.failedCompleted) {
                m.state = TrainingState::Failed;
                m.completedAt = b.failedCompleted;
            } else if (b.openDue) {
                m.state = *b.openDue <= t ? TrainingState::Overdue : TrainingState::Assigned;
            } else {
                m.state = TrainingState::Never;
            }
        }
    }
    for (auto& [module, m] : required)
        d.training.push_back(std::move(m));
    return d;
}

} // namespace custodian
