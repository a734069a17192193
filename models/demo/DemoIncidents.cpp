#include "demo/DemoIncidents.h"

#include "demo/DemoRandom.h"
#include "demo/DemoSql.h"
#include "rules/IncidentTemplates.h"
#include "store/IncidentObservableIndex.h"
#include "store/IncidentTimeline.h"

#include <algorithm>
#include <map>

namespace custodian {

namespace {
using W = DemoWorld;
constexpr qint64 Minute = DemoClock::MinuteMs;
constexpr qint64 Hour = DemoClock::HourMs;
constexpr qint64 Day = DemoClock::DayMs;

// By code; 6, Rev. 2's post-incident activity, is withdrawn (Enums.h).
const char* const phaseNames[]
    = { "", "Declared", "Analysing", "Containing", "Eradicating", "Recovering", "", "Closed" };

struct Template
{
    const char* category;
    const char* title;
    const char* description;
};

constexpr Template templates[] = {
    { "phishing", "Credential phishing e-mail reported by agents",
      "Several agents received an e-mail imitating the single sign-on page. Links blocked at the proxy; mailbox sweep "
      "and password resets for anyone who clicked." },
    { "phishing", "Agent entered credentials on a fake SSO page",
      "The agent reported entering their password on a look-alike login page. Session tokens revoked, MFA re-enrolled, "
      "access log of the account reviewed." },
    { "social_engineering", "Caller impersonating a customer to change the registered phone number",
      "A caller passed two of three security questions and asked to change the phone number on the account. The "
      "agent escalated; the account was flagged for step-up verification." },
    { "social_engineering", "Vishing call pretending to be IT support",
      "An agent was called by someone claiming to be the service desk and asked for a one-time code. No code was "
      "given; the number was reported to the telecom provider." },
    { "insider_misuse", "Agent browsing customer records without a related contact",
      "Quality sampling found record views that do not match any call, chat or e-mail handled by the agent." },
    { "lost_device", "Laptop lost in transit between sites",
      "A team laptop was left on a train. Full-disk encryption was on; remote wipe issued and certificates revoked." },
    { "lost_device", "Lost access badge and hardware token",
      "An agent reported losing their badge and token after a shift. Both were disabled within the hour." },
    { "misdirected_email", "Customer statement e-mailed to the wrong customer",
      "A statement with name, address and the last four digits of a card went to a customer with a similar name." },
    { "misdirected_email", "Complaint response sent to a wrong address",
      "A reply to a complaint, with the complaint details, was sent to a mistyped e-mail address." },
};

// What an investigator writes between milestones; the largest demo's tickets carry a dozen or more of them.
const char* const investigationNotes[] = {
    "Interviewed the reporting team leader; statement filed.",
    "Pulled the telephony and CRM logs for the agents involved.",
    "Checked the proxy and mail gateway logs for the same indicators.",
    "Asked the service desk whether other agents reported the same.",
    "Reviewed the access log of the agents involved for the last 30 days.",
    "Confirmed with the data protection officer which data were affected.",
    "Passwords reset and sessions revoked for the accounts involved.",
    "Customer contacted and informed of the steps taken.",
    "Awaiting the vendor's answer on the affected system.",
    "Lessons learned noted for the quarterly awareness session.",
};

struct Incident
{
    QString title;
    QString description;
    QString category;
    int severity = 2;
    int phase = 1;
    qint64 assignee = 0;
    qint64 reporter = 0;
    qint64 openedAt = 0;
    qint64 detectedAt = 0;
    bool breach = false;
    std::optional<qint64> establishedAt;
    std::optional<qint64> deadlineAt;
    std::optional<qint64> notifiedAt;
    std::optional<qint64> closedAt;
    std::vector<std::pair<int, QString>> agents; // agent index, involvement
    qint64 linkedSession = 0; // anomaly session whose record events are evidence
    qint64 linkedFirstEventId = 0; // the session's events lie in this id range (no index on session_id)
    qint64 linkedLastEventId = 0;
    int evidenceAgent = -1; // else: a few of this agent's events before detection
};
} // namespace

qint64 DemoIncidents::countFor(qint64 events)
{
    // At least ten, so that every phase appears next to the tickets for planted anomalies.
    return std::clamp<qint64>(events / 50'000, 10, 200);
}

Result<qint64> DemoIncidents::write(Database& database, const DemoWorld& world, qint64 count, int timelineLength,
                                    DemoRandom& random)
{
    std::vector<Incident> incidents;
    const qint64 latest = world.endMs - Hour;
    auto clampEnd = [&](qint64 t) { return std::min(t, latest); };

    // Responses to planted anomalies: up to two bulk-access cases and one leaver's account.
    int bulk = 0;
    int leaver = 0;
    for (const W::Anomaly& x : world.anomalies) {
        const bool isBulk = x.kind == W::AnomalyKind::BulkAccess && bulk < 2;
        const bool isLeaver = x.kind == W::AnomalyKind::InactiveAgentAccess && leaver < 1;
        if ((!isBulk && !isLeaver) || x.events == 0 || x.lastAt + 2 * Hour > latest)
            continue;
        (isBulk ? bulk : leaver)++;
        const W::Agent& agent = world.agents[std::size_t(x.agent)];
        Incident incident;
        incident.category = QStringLiteral("insider_misuse");
        incident.title = isBulk ? QStringLiteral("Bulk access to customer records by an agent")
                                : QStringLiteral("Customer records opened with a leaver's account");
        incident.description = isBulk
            ? QStringLiteral("The agent opened %1 distinct customer records within one hour without related contacts. "
                             "Account suspended pending interview; records reviewed for exfiltration.")
                  .arg(x.recordEvents)
            : QStringLiteral("The account of an agent who had left was used from a site workstation after the leaving "
                             "date. Account disabled; badge logs requested.");
        incident.severity = int(Severity::High);
        incident.detectedAt = clampEnd(x.lastAt + random.range(1, 20) * Hour);
        incident.breach = isBulk;
        incident.linkedSession = x.sessionId;
        incident.linkedFirstEventId = x.firstEventId;
        incident.linkedLastEventId = x.lastEventId;
        incident.agents.emplace_back(x.agent, QStringLiteral("subject"));
        incident.reporter = agent.managerId;
        incidents.push_back(incident);
    }

    const int linked = int(incidents.size());
    const std::array<int, 7> phaseWeights { 8, 12, 12, 8, 15, 0, 45 }; // by code: declared .. closed, 6 withdrawn
    for (qint64 i = linked; i < std::max<qint64>(count, linked + 7); ++i) {
        const Template& t = templates[random.below(std::size(templates))];
        Incident incident;
        incident.category = QString::fromLatin1(t.category);
        incident.title = QString::fromLatin1(t.title);
        incident.description = QString::fromLatin1(t.description);
        incident.severity = 1 + int(random.weighted(std::array<int, 4> { 25, 40, 25, 10 }));
        const qint64 ordinal = i - linked;
        incident.phase = ordinal < 7 ? int((ordinal + 6) % 7) + 1 : 1 + int(random.weighted(phaseWeights));
        if (incident.phase == 6) // the withdrawn code: the ticket that showed post-incident activity now recovers
            incident.phase = int(IncidentPhase::Recovering);
        // Closed tickets are older; open ones are spread over the recent part of the log, later phases older.
        if (incident.phase == int(IncidentPhase::Closed))
            incident.detectedAt = random.range(world.startMs, world.at(0.7));
        else
            incident.detectedAt = random.range(world.at(0.95 - 0.1 * incident.phase), world.at(0.98));
        const bool personal = incident.category == QLatin1String("misdirected_email") ? random.chance(0.7)
            : incident.category == QLatin1String("lost_device")                       ? random.chance(0.4)
                                                                                      : random.chance(0.2);
        incident.breach = personal;
        const bool victims = incident.category == QLatin1String("phishing")
            || incident.category == QLatin1String("social_engineering");
        for (int n = 0, wanted = 1 + (random.chance(0.3) ? 1 : 0), tries = 0; n < wanted && tries < 50; ++tries) {
            const int a = int(random.below(world.agents.size()));
            const W::Agent& agent = world.agents[std::size_t(a)];
            if (agent.activeFrom > incident.detectedAt || agent.activeUntil <= incident.detectedAt)
                continue;
            if (std::any_of(incident.agents.begin(), incident.agents.end(),
                            [a](const auto& p) { return p.first == a; }))
                continue;
            incident.agents.emplace_back(a,
                                         n == 0 ? (victims ? QStringLiteral("victim") : QStringLiteral("subject"))
                                                : QStringLiteral("witness"));
            if (n == 0) {
                incident.reporter = agent.managerId;
                if (incident.category != QLatin1String("lost_device")
                    && incident.category != QLatin1String("misdirected_email"))
                    incident.evidenceAgent = a;
            }
            ++n;
        }
        incidents.push_back(incident);
    }
    // Phases for the anomaly responses, and the fields every ticket shares.
    for (std::size_t i = 0; i < incidents.size(); ++i) {
        Incident& incident = incidents[i];
        if (int(i) < linked)
            incident.phase = int(i) % 2 ? int(IncidentPhase::Containing) : int(IncidentPhase::Analysing);
        incident.assignee
            = random.chance(0.6) ? world.securityOfficerId : world.sites[random.below(world.sites.size())].managerId;
        if (incident.reporter == 0)
            incident.reporter = world.sites[random.below(world.sites.size())].managerId;
        incident.openedAt = clampEnd(incident.detectedAt + random.range(10, 240) * Minute);
        if (incident.breach) {
            incident.establishedAt = clampEnd(incident.detectedAt + random.range(2, 30) * Hour);
            incident.deadlineAt = *incident.establishedAt + 72 * Hour;
            if (incident.phase >= int(IncidentPhase::Containing)) {
                // One regulator notification in ten misses the 72 hours: the console should show it.
                const qint64 notified = *incident.establishedAt
                    + (random.chance(0.1) ? random.range(80, 110) : random.range(12, 70)) * Hour;
                if (notified <= latest)
                    incident.notifiedAt = notified;
            }
        }
        if (incident.phase == int(IncidentPhase::Closed)) {
            qint64 closed = clampEnd(incident.openedAt + random.range(3, 25) * Day);
            if (incident.notifiedAt)
                closed = std::max(closed, std::min(latest, *incident.notifiedAt + Hour));
            incident.closedAt = std::max(closed, incident.openedAt);
        }
    }
    // Ids and references in the order tickets were opened.
    std::vector<std::size_t> order(incidents.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return incidents[a].openedAt < incidents[b].openedAt; });

    auto insert = DemoSql::prepare(
        database,
        "INSERT INTO incident (id, reference, title, description, severity, category, phase, assignee_id, reported_by, "
        "opened_at, detected_at, personal_data_breach, breach_established_at, notification_deadline_at, "
        "authority_notified_at, closed_at, closure_outcome, closure_summary) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    auto task = DemoSql::prepare(database,
                                 "INSERT INTO incident_task (incident_id, position, task_key, title, guidance, "
                                 "mandatory, phase, state, reason, decided_by, decided_actor, decided_at) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    auto timeline = DemoSql::prepare(database,
                                     "INSERT INTO incident_timeline (incident_id, at, author_id, author_actor, kind, "
                                     "phase, text, chain_seq, chain_hash) VALUES (?,?,?,?,?,?,?,?,?)");
    auto head
        = DemoSql::prepare(database, "UPDATE incident SET timeline_head_seq = ?, timeline_head_hash = ? WHERE id = ?");
    auto agentLink = DemoSql::prepare(database,
                                      "INSERT INTO incident_agent (incident_id, agent_id, involvement) "
                                      "VALUES (?,?,?)");
    auto sessionEvents = DemoSql::prepare(database,
                                          "INSERT INTO incident_event (incident_id, event_id) SELECT ?, id "
                                          "FROM access_event WHERE id BETWEEN ? AND ? AND session_id = ? "
                                          "AND record_id IS NOT NULL");
    auto agentEvents = DemoSql::prepare(
        database,
        "INSERT INTO incident_event (incident_id, event_id) SELECT ?, id FROM access_event WHERE agent_id = ? AND "
        "occurred_at BETWEEN ? AND ? AND record_id IS NOT NULL ORDER BY occurred_at DESC LIMIT 5");
    DEMO_TRY(insert);
    DEMO_TRY(timeline);
    DEMO_TRY(head);
    DEMO_TRY(task);
    DEMO_TRY(agentLink);
    DEMO_TRY(sessionEvents);
    DEMO_TRY(agentEvents);
    std::map<int, int> perYear;
    for (std::size_t n = 0; n < order.size(); ++n) {
        const Incident& x = incidents[order[n]];
        const qint64 id = qint64(n + 1);
        const int year = DemoClock::utcDate(x.openedAt).year();
        const QString reference = QStringLiteral("INC-%1-%2").arg(year).arg(++perYear[year], 4, 10, QLatin1Char('0'));
        // A closed ticket's outcome and summary, as closing asks for them; drawn from the id rather than the random
        // stream so that the tickets' other fields stay what they were before closures were written.
        std::optional<qint64> outcome;
        std::optional<QString> summary;
        if (x.closedAt) {
            const IncidentOutcome o = x.breach ? IncidentOutcome::TruePositiveWithImpact
                : id % 10 < 2                  ? IncidentOutcome::FalsePositive
                : id % 10 == 2                 ? IncidentOutcome::Benign
                                               : IncidentOutcome::TruePositiveWithoutImpact;
            outcome = qint64(o);
            summary = o == IncidentOutcome::TruePositiveWithImpact
                ? QStringLiteral("Confirmed. Personal data affected; contained, notified where required, accounts "
                                 "secured and the agents concerned retrained.")
                : o == IncidentOutcome::FalsePositive
                ? QStringLiteral("Not an incident: the activity matched a documented contact or an approved task.")
                : o == IncidentOutcome::Benign
                ? QStringLiteral("Expected activity (a test or an approved change); no action beyond the review.")
                : QStringLiteral("Confirmed without impact: the attempt was stopped before any data left; awareness "
                                 "reminder sent to the team.");
        }
        DEMO_TRY(DemoSql::run(*insert, id, reference, x.title, x.description, x.severity, x.category, x.phase,
                              std::optional<qint64>(x.assignee), std::optional<qint64>(x.reporter), x.openedAt,
                              x.detectedAt, x.breach, x.establishedAt, x.deadlineAt, x.notifiedAt, x.closedAt, outcome,
                              summary));
        // Timeline: opened, assigned, then each phase in turn up to the current one, gathered first so that the chain
        // runs in time order, as a ticket worked on the console appends it.
        const qint64 last = x.closedAt.value_or(latest);
        std::vector<IncidentTimeline::Entry> entries;
        auto entry = [&](qint64 at, qint64 author, const char* kind, std::optional<int> phase, const QString& text) {
            IncidentTimeline::Entry e;
            e.at = at;
            e.authorId = author;
            e.authorActor = QStringLiteral("system:demo");
            e.kind = QLatin1String(kind);
            if (phase)
                e.phase = IncidentPhase(*phase);
            e.text = text;
            entries.push_back(std::move(e));
        };
        entry(x.openedAt, x.reporter, "note", 1, QString(QStringLiteral("Ticket opened: ") + x.title));
        const qint64 assignedAt = std::min(last, x.openedAt + random.range(5, 30) * Minute);
        entry(assignedAt, world.securityOfficerId, "assignment", std::nullopt,
              QString(QStringLiteral("Assigned to ") + world.supervisors[std::size_t(x.assignee - 1)].displayName));
        if (x.establishedAt)
            entry(std::max(*x.establishedAt, assignedAt), world.dataProtectionOfficerId, "note", std::nullopt,
                  QStringLiteral("Personal data breach established; the GDPR Art. 33 72-hour clock runs from now."));
        for (int p = 2; p <= x.phase; ++p) {
            if (p == 6) // withdrawn
                continue;
            const qint64 at = assignedAt + (last - assignedAt) * (p - 1) / std::max(1, x.phase);
            entry(at, x.assignee, "phase_change", p,
                  QString(QStringLiteral("Moved to ") + QString::fromLatin1(phaseNames[p])));
        }
        if (x.notifiedAt)
            entry(*x.notifiedAt, world.dataProtectionOfficerId, "notification", std::nullopt,
                  QStringLiteral("Supervisory authority notified (GDPR Art. 33)."));
        if (x.linkedSession)
            entry(assignedAt, x.assignee, "evidence", std::nullopt,
                  QStringLiteral("Access log extract of the session attached."));
        // The category's template tasks, as opening copies them: those of the phases behind the ticket decided (every
        // one on a closed ticket; an optional one now and then not applicable), the rest open.
        int taskPosition = 0;
        for (const IncidentTemplates::Task& t : IncidentTemplates::tasksFor(x.category)) {
            const int taskPhase = int(t.phase);
            const bool decided = x.closedAt || taskPhase < x.phase;
            const bool notApplicable = decided && !t.mandatory && (id + taskPosition) % 3 == 0;
            std::optional<qint64> decidedAt;
            std::optional<QString> reason;
            if (decided) {
                decidedAt = std::min(last, assignedAt + (last - assignedAt) * taskPhase / std::max(2, x.phase + 1));
                if (notApplicable)
                    reason = QStringLiteral("Not needed for this ticket: covered by the containment already done.");
                entry(*decidedAt, x.assignee, "task", std::nullopt,
                      QString((notApplicable ? QStringLiteral("Task not applicable: ") : QStringLiteral("Task done: "))
                              + t.title));
            }
            DEMO_TRY(DemoSql::run(
                *task, id, qint64(++taskPosition), t.key, t.title, t.guidance, t.mandatory, qint64(t.phase),
                qint64(decided ? (notApplicable ? IncidentTaskState::NotApplicable : IncidentTaskState::Done)
                               : IncidentTaskState::Open),
                reason, decided ? std::optional<qint64>(x.assignee) : std::nullopt,
                decided ? std::optional<QString>(QStringLiteral("system:demo")) : std::nullopt, decidedAt));
        }
        // Investigation notes up to about the asked length on average: a closed ticket a little more, one still open a
        // little less (it is not over), so that 100 000 tickets of 20 make the 2 000 000 entries.
        const qint64 wanted = timelineLength <= 0 ? 0
            : x.closedAt                          ? random.range(timelineLength - 2, timelineLength + 6)
                                                  : random.range(timelineLength - 6, timelineLength + 2);
        for (qint64 k = qint64(entries.size()); k < wanted; ++k)
            entry(random.range(assignedAt, last), x.assignee, "note", std::nullopt,
                  QString::fromLatin1(investigationNotes[random.below(std::size(investigationNotes))]));
        std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
        QByteArray hash = IncidentTimeline::genesis(id);
        qint64 position = 0;
        for (const IncidentTimeline::Entry& e : entries) {
            hash = IncidentTimeline::hashFor(hash, ++position, e);
            DEMO_TRY(DemoSql::run(*timeline, id, e.at, std::optional<qint64>(e.authorId), e.authorActor, e.kind,
                                  e.phase ? std::optional<qint64>(qint64(*e.phase)) : std::nullopt, e.text, position,
                                  hash));
        }
        DEMO_TRY(DemoSql::run(*head, position, hash, id));
        for (const auto& [agent, involvement] : x.agents)
            DEMO_TRY(DemoSql::run(*agentLink, id, qint64(agent + 1), involvement));
        if (x.linkedSession) {
            DEMO_TRY(DemoSql::run(*sessionEvents, id, x.linkedFirstEventId, x.linkedLastEventId, x.linkedSession));
        } else if (x.evidenceAgent >= 0) {
            DEMO_TRY(
                DemoSql::run(*agentEvents, id, qint64(x.evidenceAgent + 1), x.detectedAt - 8 * Hour, x.detectedAt));
        }
    }
    // The links were written with plain statements; what they add up to follows them (IncidentObservableIndex).
    if (auto status = IncidentObservableIndex::rebuildAll(database); !status)
        return status.error();
    return qint64(incidents.size());
}

} // namespace custodian
