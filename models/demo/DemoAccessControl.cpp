#include "demo/DemoAccessControl.h"

#include "demo/DemoRandom.h"
#include "demo/DemoSql.h"

#include <algorithm>

namespace custodian {

namespace {
using W = DemoWorld;
constexpr qint64 Day = DemoClock::DayMs;
constexpr qint64 Hour = DemoClock::HourMs;

struct PermissionDef
{
    const char* code;
    const char* description;
};

constexpr PermissionDef permissionDefs[] = {
    { "customer.read", "View customer records" },
    { "customer.search", "Search customer records" },
    { "customer.update", "Update customer records" },
    { "payment.read", "View masked payment card data" },
    { "payment.take", "Take card payments over the phone (secure IVR hand-off)" },
    { "payment.reveal", "Reveal a full card number (audited)" },
    { "communications.read", "Listen to call recordings, read chat transcripts and e-mails" },
    { "complaint.manage", "Open, handle and close complaints" },
    { "qa.score", "Score interactions for quality assurance" },
    { "team.report", "View team reports" },
    { "refund.initiate", "Initiate a refund" },
    { "refund.approve", "Approve a refund" },
    { "export.bulk", "Export customer data in bulk" },
    { "customer.export", "Export one customer's data (subject access requests)" },
    { "fraud.investigate", "Open fraud investigations and freeze accounts" },
    { "customer.reveal", "Reveal a full customer identifier (audited)" },
    { "workforce.manage", "Manage schedules and shift patterns" },
    { "agent.view", "View agent profiles" },
};

const char* justificationFor(int role, DemoRandom& random)
{
    switch (role) {
    case W::AgentBasic:
        return "Standard access for customer service agents (joiner process)";
    case W::PaymentsAgent:
        return "Takes card payments on the payments queue";
    case W::ComplaintsHandler:
        return "Member of the complaints and escalations team";
    case W::QualityReviewer:
        return "Quality assurance sampling for the team";
    case W::TeamLead:
        return random.chance(0.5) ? "Acting team lead while the team supervisor is on leave"
                                  : "Senior agent leading the late shift";
    case W::RefundsInitiator:
        return "Handles refund requests from the payments queue";
    case W::RefundsApprover:
        return "Second-line approval of refunds above the agent limit";
    case W::DataExporter: {
        static const char* const reasons[]
            = { "Subject access request batch (GDPR Art. 15)", "Regulator information request, case file export",
                "Migration of archived complaint cases to the new CRM" };
        return reasons[random.below(3)];
    }
    case W::FraudInvestigator:
        return "Fraud and disputes investigation rota";
    case W::WorkforceAdmin:
        return "Schedules the site's shifts";
    default:
        return "Business need";
    }
}
} // namespace

void DemoAccessControl::build(DemoWorld& world, DemoRandom& random)
{
    for (const PermissionDef& p : permissionDefs) {
        world.permissionCodes.push_back(QString::fromLatin1(p.code));
        world.permissionDescriptions.push_back(QString::fromLatin1(p.description));
    }
    using DC = DataClass;
    auto role = [&](const char* code, const char* name, const char* description, bool sensitive,
                    std::optional<qint64> maxDays, const char* gate, std::vector<int> permissions,
                    std::vector<DataClass> classes, std::vector<int> modules) {
        world.roles.push_back({ QString::fromLatin1(code), QString::fromLatin1(name), QString::fromLatin1(description),
                                sensitive, maxDays, QString::fromLatin1(gate), std::move(permissions),
                                std::move(classes), std::move(modules) });
    };
    role("agent_basic", "Customer service agent", "Find, view and update customer records on calls and chats", false,
         std::nullopt, "block", { 0, 1, 2 }, { DC::Pii }, { W::Gdpr, W::Phishing });
    role("payments_agent", "Payments agent", "Takes card payments; sees masked card data", false, std::nullopt, "block",
         { 0, 3, 4 }, { DC::PaymentCard }, { W::PciDss });
    role("complaints_handler", "Complaints handler", "Handles complaints, including recordings of the calls concerned",
         false, std::nullopt, "block", { 0, 6, 7 }, { DC::Pii, DC::Communications }, { W::Gdpr });
    role("quality_reviewer", "Quality reviewer", "Listens to sampled calls and reads chats to score quality", false,
         std::nullopt, "block", { 6, 8 }, { DC::Communications }, { W::Gdpr });
    role("team_lead", "Team lead", "Team reports and agent profiles", false, std::nullopt, "warn", { 0, 9, 17 },
         { DC::Pii }, { W::SocialEngineering });
    role("refunds_initiator", "Refunds initiator", "Initiates refunds to the customer's card", false, std::nullopt,
         "block", { 3, 10 }, { DC::PaymentCard }, { W::PciDss });
    role("refunds_approver", "Refunds approver", "Approves refunds above the agent limit", true, 180, "block",
         { 3, 11 }, { DC::PaymentCard }, { W::PciDss });
    role("data_exporter", "Data exporter", "Exports customer data in bulk (subject access requests, regulators)", true,
         30, "block", { 12, 13 }, { DC::Pii, DC::Communications }, { W::Gdpr });
    role("fraud_investigator", "Fraud investigator", "Investigates fraud; may reveal full identifiers", true, 90,
         "block", { 5, 6, 14, 15 }, { DC::Pii, DC::PaymentCard, DC::Communications },
         { W::PciDss, W::SocialEngineering });
    role("workforce_admin", "Workforce administrator", "Maintains schedules and shift patterns", false, std::nullopt,
         "warn", { 16, 17 }, {}, { W::Phishing });

    auto rule = [&](const char* name, int a, int b, bool allow, const char* control, const char* rationale) {
        world.sodRules.push_back({ QString::fromLatin1(name), std::min(a, b), std::max(a, b), allow,
                                   QString::fromLatin1(control), QString::fromLatin1(rationale) });
    };
    rule("Refund initiation vs approval", W::RefundsInitiator, W::RefundsApprover, false, "PCI DSS 7.2.2",
         "No one may both initiate and approve the same kind of refund.");
    rule("Quality review vs bulk export", W::QualityReviewer, W::DataExporter, true, "GDPR Art. 32(1)(b)",
         "Reviewers hear many customers' calls; bulk export would let them take those customers' data out.");
    rule("Card payments vs refund approval", W::PaymentsAgent, W::RefundsApprover, true, "PCI DSS 7.2.2",
         "An agent taking payments should not approve refunds to the same cards.");
    rule("Bulk export vs fraud investigation", W::DataExporter, W::FraudInvestigator, false, "ISO/IEC 27001 A.5.3",
         "Investigators can reveal identifiers; combined with bulk export that is a data-exfiltration path.");
    rule("Complaints handling vs quality review", W::ComplaintsHandler, W::QualityReviewer, true, "ISO/IEC 27001 A.5.3",
         "Handlers should not score the quality of their own complaint calls.");
    rule("Team lead vs workforce administration", W::TeamLead, W::WorkforceAdmin, true, "ISO/IEC 27001 A.5.3",
         "A team lead should not set their own team's schedules and overtime.");

    const qint64 siteCount = qint64(world.sites.size());
    auto approverFor = [&](const W::Agent& agent, int r) -> qint64 {
        return world.roles[std::size_t(r)].sensitive ? world.securityOfficerId
                                                     : world.sites[std::size_t(agent.site)].managerId;
    };
    auto grant = [&](int agentIndex, int r, qint64 validFrom, std::optional<qint64> validUntil) -> W::Assignment& {
        const W::Agent& agent = world.agents[std::size_t(agentIndex)];
        W::Assignment a;
        a.agent = agentIndex;
        a.role = r;
        a.validFrom = validFrom;
        a.validUntil = validUntil;
        a.justification = QString::fromLatin1(justificationFor(r, random));
        a.requestedBy = agent.managerId;
        a.requestedAt = validFrom - random.range(1, 5) * Day - random.range(0, 8) * Hour;
        a.approvedBy = approverFor(agent, r);
        a.approvedAt = std::min(validFrom, a.requestedAt + random.range(1, 40) * Hour);
        a.status = AssignmentStatus::Active;
        if (validUntil && *validUntil <= world.endMs) {
            a.status = AssignmentStatus::Expired;
            a.endedAt = validUntil;
            a.endReason = QStringLiteral("Validity period ended");
        }
        world.assignments.push_back(a);
        world.agents[std::size_t(agentIndex)].roles |= 1u << r;
        return world.assignments.back();
    };

    std::vector<int> perSiteApprovers(std::size_t(siteCount), 0);
    std::vector<int> perSiteWorkforce(std::size_t(siteCount), 0);
    for (int i = 0; i < int(world.agents.size()); ++i) {
        W::Agent& agent = world.agents[std::size_t(i)];
        const W::TeamKind kind = world.teams[std::size_t(agent.team)].kind;
        const qint64 joined = agent.hiredAt + 3 * Day / 2;
        const qint64 horizon = agent.departedAt.value_or(world.endMs);
        const bool tenured = agent.hiredAt < world.startMs && agent.status == AgentStatus::Active;
        grant(i, W::AgentBasic, agent.hiredAt + Day / 2, std::nullopt);
        switch (kind) {
        case W::TeamKind::Payments:
            grant(i, W::PaymentsAgent, joined, std::nullopt);
            if (random.chance(0.25))
                grant(i, W::RefundsInitiator, std::max(joined, world.startMs - random.range(30, 400) * Day),
                      std::nullopt);
            if (tenured && perSiteApprovers[std::size_t(agent.site)] < 1 + int(world.agents.size()) / 400) {
                ++perSiteApprovers[std::size_t(agent.site)];
                const qint64 from
                    = std::max(agent.hiredAt + 30 * Day, random.range(world.startMs - 150 * Day, world.at(0.3)));
                grant(i, W::RefundsApprover, from, from + 180 * Day);
            }
            break;
        case W::TeamKind::Fraud: {
            grant(i, W::PaymentsAgent, joined, std::nullopt);
            // 90-day grants renewed back to back; the last one runs past the end of the log.
            qint64 from = std::max(joined, world.startMs - random.range(20, 200) * Day);
            agent.fraudFrom = std::max(from, agent.activeFrom);
            while (from < horizon) {
                grant(i, W::FraudInvestigator, from, from + 90 * Day);
                from += 90 * Day;
            }
            agent.fraudUntil = agent.activeUntil;
            break;
        }
        case W::TeamKind::Complaints:
            grant(i, W::ComplaintsHandler, joined, std::nullopt);
            break;
        case W::TeamKind::BackOffice:
            if (random.chance(0.5))
                grant(i, W::QualityReviewer, joined, std::nullopt);
            if (tenured && perSiteWorkforce[std::size_t(agent.site)] < 1) {
                ++perSiteWorkforce[std::size_t(agent.site)];
                grant(i, W::WorkforceAdmin, joined, std::nullopt);
            } else if (tenured && random.chance(0.25)) {
                // Time-bound export rights: 30 days at most; some ran out during the log, some are current.
                qint64 from = random.range(world.startMs - 20 * Day, world.endMs - 5 * Day);
                grant(i, W::DataExporter, from, from + 30 * Day);
                agent.exportFrom = std::max(from, agent.activeFrom);
                agent.exportUntil = std::min(from + 30 * Day, agent.activeUntil);
            }
            break;
        default:
            break;
        }
        if (tenured && kind != W::TeamKind::BackOffice && random.chance(0.03))
            grant(i, W::TeamLead,
                  std::max(agent.hiredAt + 30 * Day, random.range(world.startMs - 300 * Day, world.at(0.5))),
                  std::nullopt);
    }

    // Leavers: every grant still running on the last day is revoked by the site manager.
    for (W::Assignment& a : world.assignments) {
        const W::Agent& agent = world.agents[std::size_t(a.agent)];
        if (!agent.departedAt || a.status != AssignmentStatus::Active)
            continue;
        const qint64 revokedAt = *agent.departedAt + random.range(1, 20) * Hour;
        if (a.validUntil && *a.validUntil <= revokedAt) {
            a.status = AssignmentStatus::Expired; // ran out before the leaver process reached it
            a.endedAt = a.validUntil;
            a.endReason = QStringLiteral("Validity period ended");
            continue;
        }
        if (revokedAt > world.endMs)
            continue;
        a.status = AssignmentStatus::Revoked;
        a.endedAt = revokedAt;
        a.endedBy = world.sites[std::size_t(agent.site)].managerId;
        a.endReason = QStringLiteral("Leaver: employment ended");
    }

    // Hand-picked cases among active, tenured agents (deterministic picks by team kind).
    auto pick = [&](W::TeamKind kind, int skip) -> int {
        int seen = 0;
        for (int i = 0; i < int(world.agents.size()); ++i) {
            const W::Agent& agent = world.agents[std::size_t(i)];
            if (agent.status == AgentStatus::Active && agent.hiredAt < world.startMs && !agent.reserved
                && world.teams[std::size_t(agent.team)].kind == kind && seen++ == skip)
                return i;
        }
        return -1;
    };
    // A planted SoD conflict: refunds initiator and approver at once, no exception.
    if (int i = pick(W::TeamKind::Payments, 0); i >= 0) {
        const W::Agent& agent = world.agents[std::size_t(i)];
        qint64 initiator = 0;
        for (std::size_t k = 0; k < world.assignments.size(); ++k) {
            if (world.assignments[k].agent == i && world.assignments[k].role == W::RefundsInitiator)
                initiator = qint64(k + 1);
        }
        if (initiator == 0) {
            grant(i, W::RefundsInitiator, agent.hiredAt + 30 * Day, std::nullopt);
            initiator = qint64(world.assignments.size());
        }
        const qint64 from = world.at(0.2);
        grant(i, W::RefundsApprover, from, world.endMs + 120 * Day);
        world.sodConflicts.push_back({ i, 0, initiator, qint64(world.assignments.size()) });
    }
    // Granted SoD exceptions.
    if (int i = pick(W::TeamKind::Complaints, 0); i >= 0) {
        grant(i, W::QualityReviewer, world.at(0.1), std::nullopt).sodExceptionReason
            = QStringLiteral("Only Portuguese-speaking reviewer on site; reviews exclude the handler's own calls");
        world.agents[std::size_t(i)].communications = true;
    }
    if (int i = pick(W::TeamKind::BackOffice, 0); i >= 0) {
        W::Agent& agent = world.agents[std::size_t(i)];
        if (!world.holds(agent, W::QualityReviewer))
            grant(i, W::QualityReviewer, agent.hiredAt + Day, std::nullopt);
        const qint64 from = world.endMs - 12 * Day;
        grant(i, W::DataExporter, from, from + 30 * Day).sodExceptionReason
            = QStringLiteral("Regulator deadline; exports are reviewed by the DPO before release");
        agent.exportFrom = agent.exportFrom ? std::min(agent.exportFrom, from) : from;
        agent.exportUntil = agent.activeUntil;
    }
    // Supervisor revocations.
    for (int n = 0, done = 0; done < 2 && n < 8; ++n) {
        const int i = pick(W::TeamKind::Payments, 1 + n);
        if (i < 0)
            break;
        for (W::Assignment& a : world.assignments) {
            if (a.agent == i && a.role == W::RefundsInitiator && a.status == AssignmentStatus::Active) {
                a.status = AssignmentStatus::Revoked;
                a.endedAt = world.at(0.4 + 0.2 * done);
                a.endedBy = world.agents[std::size_t(i)].managerId;
                a.endReason = QStringLiteral("No longer needed: moved to the inbound payments queue");
                ++done;
            }
        }
    }
    // Pending requests and one rejection.
    auto request = [&](int i, int r, AssignmentStatus status) {
        if (i < 0)
            return;
        const W::Agent& agent = world.agents[std::size_t(i)];
        W::Assignment a;
        a.agent = i;
        a.role = r;
        a.status = status;
        a.validFrom = world.endMs + 2 * Day;
        a.validUntil = world.roles[std::size_t(r)].maxDurationDays
            ? std::optional<qint64>(a.validFrom + *world.roles[std::size_t(r)].maxDurationDays * Day)
            : std::nullopt;
        a.justification = QString::fromLatin1(justificationFor(r, random));
        a.requestedBy = agent.managerId;
        a.requestedAt = world.endMs - random.range(1, 4) * Day;
        if (status == AssignmentStatus::Rejected) {
            a.endedAt = a.requestedAt + 20 * Hour;
            a.endedBy = world.securityOfficerId;
            a.endReason = QStringLiteral("Rejected: no PCI DSS training on record and no business case");
        }
        world.assignments.push_back(a);
    };
    request(pick(W::TeamKind::BackOffice, 1), W::DataExporter, AssignmentStatus::Pending);
    request(pick(W::TeamKind::CareVoice, 0), W::TeamLead, AssignmentStatus::Pending);
    request(pick(W::TeamKind::Chat, 0), W::FraudInvestigator, AssignmentStatus::Rejected);

    // The windows the access log follows.
    for (int i = 0; i < int(world.agents.size()); ++i) {
        W::Agent& agent = world.agents[std::size_t(i)];
        if (world.holds(agent, W::ComplaintsHandler) || world.holds(agent, W::QualityReviewer)
            || world.holds(agent, W::FraudInvestigator))
            agent.communications = true;
        if (world.holds(agent, W::PaymentsAgent)) {
            agent.payFrom = std::max(agent.activeFrom, agent.hiredAt + 3 * Day / 2);
            agent.payUntil = agent.activeUntil;
        }
    }
}

Status DemoAccessControl::write(Database& database, const DemoWorld& world)
{
    auto permission = DemoSql::prepare(database, "INSERT INTO permission (id, code, description) VALUES (?,?,?)");
    DEMO_TRY(permission);
    for (std::size_t i = 0; i < world.permissionCodes.size(); ++i)
        DEMO_TRY(DemoSql::run(*permission, qint64(i + 1), world.permissionCodes[i], world.permissionDescriptions[i]));
    auto role = DemoSql::prepare(database,
                                 "INSERT INTO role (id, code, name, description, sensitive, max_duration_days, "
                                 "training_gate) VALUES (?,?,?,?,?,?,?)");
    auto rolePermission
        = DemoSql::prepare(database, "INSERT INTO role_permission (role_id, permission_id) VALUES (?,?)");
    auto roleClass = DemoSql::prepare(database, "INSERT INTO role_data_class (role_id, data_class) VALUES (?,?)");
    auto roleTraining
        = DemoSql::prepare(database, "INSERT INTO role_training_requirement (role_id, module_id) VALUES (?,?)");
    DEMO_TRY(role);
    DEMO_TRY(rolePermission);
    DEMO_TRY(roleClass);
    DEMO_TRY(roleTraining);
    for (std::size_t i = 0; i < world.roles.size(); ++i) {
        const W::Role& r = world.roles[i];
        const qint64 id = qint64(i + 1);
        DEMO_TRY(
            DemoSql::run(*role, id, r.code, r.name, r.description, r.sensitive, r.maxDurationDays, r.trainingGate));
        for (int p : r.permissions)
            DEMO_TRY(DemoSql::run(*rolePermission, id, qint64(p + 1)));
        for (DataClass c : r.dataClasses)
            DEMO_TRY(DemoSql::run(*roleClass, id, int(c)));
        for (int m : r.modules)
            DEMO_TRY(DemoSql::run(*roleTraining, id, qint64(m + 1)));
    }
    auto sod = DemoSql::prepare(database,
                                "INSERT INTO sod_rule (id, name, role_a_id, role_b_id, allow_exception, "
                                "control_ref, rationale) VALUES (?,?,?,?,?,?,?)");
    DEMO_TRY(sod);
    for (std::size_t i = 0; i < world.sodRules.size(); ++i) {
        const W::SodRule& r = world.sodRules[i];
        DEMO_TRY(DemoSql::run(*sod, qint64(i + 1), r.name, qint64(r.roleA + 1), qint64(r.roleB + 1), r.allowException,
                              r.controlRef, r.rationale));
    }
    auto assignment = DemoSql::prepare(
        database,
        "INSERT INTO role_assignment (id, agent_id, role_id, status, valid_from, valid_until, justification, "
        "requested_by, requested_at, approved_by, approved_at, sod_exception_reason, ended_at, ended_by, "
        "end_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    auto change
        = DemoSql::prepare(database,
                           "INSERT INTO role_assignment_change (assignment_id, changed_at, changed_by, change, reason, "
                           "old_status, new_status, old_valid_until, new_valid_until) VALUES (?,?,?,?,?,?,?,?,?)");
    DEMO_TRY(assignment);
    DEMO_TRY(change);
    const std::optional<qint64> none;
    for (std::size_t i = 0; i < world.assignments.size(); ++i) {
        const W::Assignment& a = world.assignments[i];
        const qint64 id = qint64(i + 1);
        DEMO_TRY(DemoSql::run(*assignment, id, qint64(a.agent + 1), qint64(a.role + 1), int(a.status), a.validFrom,
                              a.validUntil, a.justification, a.requestedBy, a.requestedAt, a.approvedBy, a.approvedAt,
                              a.sodExceptionReason, a.endedAt, a.endedBy, a.endReason));
        const qint64 pending = qint64(AssignmentStatus::Pending);
        const qint64 active = qint64(AssignmentStatus::Active);
        DEMO_TRY(DemoSql::run(*change, id, a.requestedAt, std::optional<qint64>(a.requestedBy),
                              QStringLiteral("requested"), std::optional<QString>(a.justification), none,
                              std::optional<qint64>(pending), none, a.validUntil));
        if (a.approvedAt)
            DEMO_TRY(DemoSql::run(*change, id, *a.approvedAt, a.approvedBy, QStringLiteral("approved"),
                                  a.sodExceptionReason, std::optional<qint64>(pending), std::optional<qint64>(active),
                                  a.validUntil, a.validUntil));
        if (a.endedAt) {
            const bool fromPending = a.status == AssignmentStatus::Rejected;
            const QString what = a.status == AssignmentStatus::Rejected ? QStringLiteral("rejected")
                : a.status == AssignmentStatus::Expired                 ? QStringLiteral("expired")
                                                                        : QStringLiteral("revoked");
            DEMO_TRY(DemoSql::run(*change, id, *a.endedAt, a.endedBy, what, a.endReason,
                                  std::optional<qint64>(fromPending ? pending : active),
                                  std::optional<qint64>(qint64(a.status)), a.validUntil, a.validUntil));
        }
    }
    return {};
}

} // namespace custodian
