#include "store/SyncCatalogue.h"

#include "store/IncidentObservableIndex.h"

namespace custodian {

namespace {
using F = SyncCatalogue::Field;
using T = SyncCatalogue::FieldType;

constexpr qint64 MaxId = qint64(1) << 53; // exact in a JSON number read as a double by any client
constexpr qint64 MaxTime = 32'503'680'000'000; // 3000-01-01, ms
constexpr qint64 MaxEventId = MaxTime * 65'536;

F id(const char* name = "id")
{
    return { name, T::Integer, false, 1, MaxId };
}
F ref(const char* name, bool nullable = false)
{
    return { name, T::Integer, nullable, 1, MaxId };
}
F time(const char* name, bool nullable = false)
{
    return { name, T::Integer, nullable, 0, MaxTime };
}
F text(const char* name, qint64 maxLength, bool nullable = false)
{
    return { name, T::Text, nullable, 0, maxLength };
}
F code(const char* name, qint64 minimum, qint64 maximum, bool nullable = false)
{
    return { name, T::Integer, nullable, minimum, maximum };
}
F flag(const char* name, bool nullable = false)
{
    return { name, T::Boolean, nullable, 0, 1 };
}
F number(const char* name, qint64 minimum, qint64 maximum, bool nullable = false)
{
    return { name, T::Integer, nullable, minimum, maximum };
}
// An incident's phase (NIST SP 800-61 Rev. 3): 1 declared, 2 analysing, 3 containing, 4 eradicating, 5 recovering,
// 7 closed; 6 (Rev. 2's post-incident activity) is withdrawn (schema 15, Enums.h).
F phase(bool nullable)
{
    return { "phase", T::Integer, nullable, 1, 7, nullptr, 6 };
}
// The central service's version of a row a supervisor may change: the console keeps it as server_version.
F version()
{
    return { "version", T::Integer, false, 1, MaxId, "server_version" };
}

// docid = ref_id × 8 + kind (SyncCatalogue::ItemType::searchKind), so that an item's entry can be replaced by docid
// without scanning the full-text table; the demo generator uses the same numbering.
constexpr int SearchAgent = 1;
constexpr int SearchWorkstation = 2;
constexpr int SearchRecord = 3;
constexpr int SearchIncident = 4;
constexpr int SearchRole = 5;

std::vector<SyncCatalogue::Stream> build()
{
    using S = SyncCatalogue::Stream;
    using K = SyncCatalogue::StreamKind;
    std::vector<S> streams;

    streams.push_back(S { "organisation",
                          K::Items,
                          {
                              { "site",
                                "site",
                                { id(), text("code", 32), text("name", 200), text("timezone", 64), text("country", 64),
                                  ref("manager_id", true) } },
                              { "shift",
                                "shift",
                                { id(), text("name", 200), number("start_minute", 0, 1439),
                                  number("end_minute", 0, 1439), number("weekdays", 1, 127) } },
                              { "team", "team", { id(), ref("site_id"), text("name", 200) } },
                              { "supervisor",
                                "supervisor",
                                { id(), text("username", 64), text("display_name", 200), ref("site_id", true) } },
                              { "workstation",
                                "workstation",
                                { id(), text("hostname", 255), ref("site_id", true) },
                                {},
                                "INSERT INTO search_text (docid, body, kind, ref_id) SELECT ?1 * 8 + 2, hostname, "
                                "'workstation', id FROM workstation WHERE id = ?1",
                                SearchWorkstation },
                          },
                          2000 });

    streams.push_back(S { "agents",
                          K::Items,
                          { { "agent",
                              "agent",
                              { id(), text("employee_no", 32), text("display_name", 200), ref("team_id"),
                                ref("shift_id", true), ref("manager_id", true), code("status", 1, 3), time("hired_at"),
                                time("status_changed_at", true), time("departed_at", true), version() },
                              {},
                              "INSERT INTO search_text (docid, body, kind, ref_id) SELECT ?1 * 8 + 1, a.display_name "
                              "|| ' ' || a.employee_no || ' ' || t.name || ' ' || s.name, 'agent', a.id FROM agent a "
                              "JOIN team t ON t.id = a.team_id JOIN site s ON s.id = t.site_id WHERE a.id = ?1",
                              SearchAgent } },
                          2000 });

    streams.push_back(
        S { "training",
            K::Items,
            {
                { "training_module",
                  "training_module",
                  { id(), text("code", 64), text("title", 200), text("framework", 64), text("control_ref", 64, true),
                    number("validity_days", 1, 36500), number("pass_score", 0, 100) } },
                { "training_campaign",
                  "training_campaign",
                  { id(), text("name", 200), ref("module_id"), time("starts_at"), time("due_at") } },
                { "training_record",
                  "training_record",
                  { id(), ref("agent_id"), ref("module_id"), ref("campaign_id", true), time("assigned_at"),
                    time("due_at"), time("completed_at", true), number("score", 0, 100, true), flag("passed", true),
                    time("expires_at", true), text("certificate_ref", 64, true), time("withdrawn_at", true) } },
            },
            5000 });

    streams.push_back(
        S { "roles",
            K::Items,
            {
                { "permission", "permission", { id(), text("code", 64), text("description", 2000) } },
                { "role",
                  "role",
                  { id(), text("code", 64), text("name", 200), text("description", 4000), flag("sensitive"),
                    number("max_duration_days", 1, 36500, true), text("training_gate", 8), version() },
                  {
                      { "permissions", "role_permission", "role_id", { ref("permission_id") }, 1000 },
                      { "data_classes", "role_data_class", "role_id", { code("data_class", 0, 3) }, 4 },
                      { "training_modules", "role_training_requirement", "role_id", { ref("module_id") }, 100 },
                  },
                  "INSERT INTO search_text (docid, body, kind, ref_id) SELECT ?1 * 8 + 5, code || ' ' || "
                  "name || ' ' || description, 'role', id FROM role WHERE id = ?1",
                  SearchRole },
            },
            2000 });

    streams.push_back(S { "sod_rules",
                          K::Items,
                          { { "sod_rule",
                              "sod_rule",
                              { id(), text("name", 200), ref("role_a_id"), ref("role_b_id"), flag("allow_exception"),
                                text("control_ref", 64, true), text("rationale", 4000), version() } } },
                          2000 });

    streams.push_back(
        S { "assignments",
            K::Items,
            { { "assignment",
                "role_assignment",
                { id(), ref("agent_id"), ref("role_id"), code("status", 1, 5), time("valid_from"),
                  time("valid_until", true), text("justification", 2000), ref("requested_by"), time("requested_at"),
                  ref("approved_by", true), time("approved_at", true), text("sod_exception_reason", 2000, true),
                  time("ended_at", true), ref("ended_by", true), text("end_reason", 2000, true), version() },
                { { "changes",
                    "role_assignment_change",
                    "assignment_id",
                    { id(), time("changed_at"), ref("changed_by", true), text("change", 32), text("reason", 2000, true),
                      code("old_status", 1, 5, true), code("new_status", 1, 5, true), time("old_valid_until", true),
                      time("new_valid_until", true) },
                    1000 } },
                nullptr,
                0,
                "assignment.change" } },
            1000 });

    streams.push_back(
        S { "reviews",
            K::Items,
            {
                { "review_campaign",
                  "review_campaign",
                  { id(), text("name", 200), text("scope_kind", 16), ref("scope_id", true), ref("reviewer_id"),
                    ref("created_by"), time("created_at"), time("due_at"), number("evidence_days", 1, 3650),
                    text("default_decision", 8), time("closed_at", true), version() },
                  {},
                  nullptr,
                  0,
                  "review.campaign" },
                { "review_item",
                  "review_item",
                  { id(), ref("campaign_id"), ref("assignment_id"), text("decision", 8, true),
                    time("new_valid_until", true), text("justification", 2000, true), ref("decided_by", true),
                    time("decided_at", true), flag("by_default"), version() },
                  {},
                  nullptr,
                  0,
                  "review.decision" },
            },
            2000 });

    // Training reminders (TrainingReminderWorkflow): every console sees who was reminded, by whom, and to whom it
    // escalated, also when another supervisor sent it. Never changed once sent, so no version.
    streams.push_back(
        S { "training_reminders",
            K::Items,
            { { "training_reminder",
                "training_reminder",
                { id(), ref("agent_id"), ref("module_id"), ref("record_id", true), ref("campaign_id", true),
                  ref("sent_by"), time("sent_at"), text("level", 16), ref("team_lead_id", true),
                  ref("manager_id", true), number("days_overdue", 0, 36500), text("note", 2000, true) },
                {},
                nullptr,
                0,
                "training.reminder" } },
            2000 });

    streams.push_back(S { "detection_settings", K::DetectionSettings, {}, 1 });

    streams.push_back(
        S { "records",
            K::Records,
            { { "record",
                "customer_record",
                // identifier: in clear for records the console may hold (it tokenises, masks and
                // seals it), never for payment card data; token and masked instead for records only the
                // service holds in full (CustomerRecordWriter, docs/sync-api.md section 5).
                { id(), text("identifier", SyncCatalogue::MaxIdentifierLength, true), code("data_class", 0, 3),
                  text("kind", 32), text("masked", SyncCatalogue::MaxIdentifierLength, true),
                  text("token", SyncCatalogue::TokenHexLength, true) },
                {},
                "INSERT INTO search_text (docid, body, kind, ref_id) SELECT ?1 * 8 + 3, masked || ' ' "
                "|| kind, 'record', id FROM customer_record WHERE id = ?1",
                SearchRecord } },
            10'000 });

    streams.push_back(S { "access_events", K::AccessEvents, {}, 20'000 });

    streams.push_back(
        S { "incidents",
            K::Items,
            { { "incident",
                "incident",
                { id(),
                  text("reference", 64),
                  text("title", 500),
                  text("description", 20'000),
                  code("severity", 1, 4),
                  text("category", 64),
                  phase(false),
                  ref("assignee_id", true),
                  ref("reported_by", true),
                  time("opened_at"),
                  time("detected_at"),
                  flag("personal_data_breach"),
                  time("breach_established_at", true),
                  time("notification_deadline_at", true),
                  time("authority_notified_at", true),
                  time("closed_at", true),
                  code("impact", 1, 4, true),
                  code("closure_outcome", 1, 5, true),
                  text("closure_summary", 10'000, true),
                  ref("duplicate_of", true),
                  ref("closed_by", true),
                  version() },
                {
                    { "agents", "incident_agent", "incident_id", { ref("agent_id"), text("involvement", 16) }, 1000 },
                    { "events",
                      "incident_event",
                      "incident_id",
                      { { "event_id", T::Integer, false, 1, MaxEventId } },
                      10'000 },
                    { "timeline",
                      "incident_timeline",
                      "incident_id",
                      { id(), time("at"), ref("author_id", true), text("kind", 32), phase(true), text("text", 10'000) },
                      10'000 },
                    // The category template's tasks as copied at the opening, and how each was decided.
                    { "tasks",
                      "incident_task",
                      "incident_id",
                      { id(), number("position", 1, 1000), text("task_key", 64), text("title", 500),
                        text("guidance", 4000), flag("mandatory"), phase(false), code("state", 0, 2),
                        text("reason", 2000, true), ref("decided_by", true), time("decided_at", true) },
                      1000 },
                },
                "INSERT INTO search_text (docid, body, kind, ref_id) SELECT ?1 * 8 + 4, reference || ' ' || title || ' "
                "' || "
                "description || ' ' || category, 'incident', id FROM incident WHERE id = ?1",
                SearchIncident,
                // Held back while a change of this console waits for the service or is in conflict: the pulled
                // timeline replaces the local one, chained entries included (docs/incidents.md, "Sync").
                "incident.change",
                { IncidentObservableIndex::ClearSql, IncidentObservableIndex::FillSql,
                  // The timeline is the service's now, outside this store's chain: the chain starts again.
                  "UPDATE incident SET timeline_head_seq = 0, timeline_head_hash = NULL WHERE id = ?1" },
                // The service numbers references; a local incident holding the pulled one (not yet renumbered by
                // the service, or opened offline) takes the next free number of its year here.
                "reference",
                "UPDATE incident SET reference = CASE WHEN ?2 GLOB 'INC-[0-9][0-9][0-9][0-9]-[0-9]*' THEN "
                "substr(?2, 1, 9) || printf('%04d', (SELECT coalesce(max(CAST(substr(reference, 10) AS INTEGER)), 0) "
                "+ 1 FROM incident WHERE reference GLOB substr(?2, 1, 9) || '[0-9]*')) ELSE ?2 || '-' || id END "
                "WHERE reference = ?2 AND id <> ?1" } },
            200 });

    streams.push_back(S { "finding_status",
                          K::FindingStatus,
                          { { "finding_status",
                              "finding",
                              { text("dedupe_key", 200),
                                code("status", 1, 4),
                                text("reason", 2000, true),
                                text("by", 64, true),
                                time("at"),
                                text("to", 64, true),
                                { "version", T::Integer, false, 1, MaxId } } } },
                          2000 });
    return streams;
}
} // namespace

const std::vector<SyncCatalogue::Stream>& SyncCatalogue::streams()
{
    static const std::vector<Stream> all = build();
    return all;
}

const SyncCatalogue::Stream* SyncCatalogue::stream(QStringView name)
{
    for (const Stream& stream : streams()) {
        if (name == QLatin1String(stream.name))
            return &stream;
    }
    return nullptr;
}

const SyncCatalogue::ItemType* SyncCatalogue::itemType(const Stream& stream, QStringView type)
{
    for (const ItemType& itemType : stream.types) {
        if (type == QLatin1String(itemType.name))
            return &itemType;
    }
    return nullptr;
}

} // namespace custodian
