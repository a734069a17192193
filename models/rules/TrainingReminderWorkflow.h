#pragma once

#include "domain/Result.h"
#include "domain/TrainingReminder.h"
#include "rules/RoleAssignmentWorkflow.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace custodian {

class Database;
struct DetectionSettings;

// A supervisor sends training reminders for a selection of (agent, module) pairs — a cell of the matrix, the overdue
// list, or chosen agents (docs/training.md "Reminders"). Each pair must be required of the agent and overdue, expired
// or due soon at "now" (TrainingRules); its reminder escalates by the days overdue: to the agent, also to the team
// lead from training_escalate_lead_days on, also to the site's manager from training_escalate_manager_days on
// (DetectionSettings). One transaction holds every reminder (training_reminder), ONE console-audit entry naming the
// count and the scope ("training.remind"), and one outbox entry per reminder ("training.reminder",
// docs/sync-api.md). A refusal of any pair writes nothing. Delivery (mail, chat) is not done here: the reminder is
// a record that travels through sync.
class TrainingReminderWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(TrainingReminderWorkflow)

public:
    using Actor = RoleAssignmentWorkflow::Actor;

    struct Pair
    {
        qint64 agentId = 0;
        qint64 moduleId = 0;
        bool operator==(const Pair&) const = default;
    };

    struct Request
    {
        std::vector<Pair> pairs;
        QString note; // optional, at most MaxNoteLength characters after trimming
        // What the selection was, for the audit entry ("team 4 × PCI-AWARE", "overdue list, site LIS", "agents"):
        // 1–200 characters; empty: "selection".
        QString scope;
        // Send even when the pair had a reminder within the last RepeatGuardHours.
        bool force = false;
        qint64 now = -1; // < 0: Clock::nowMs()
    };

    struct Sent
    {
        std::vector<TrainingReminder> reminders; // in the request's order
        int toTeamLead = 0; // copied to a team lead (levels team_lead and manager)
        int toManager = 0;
        // Escalations whose addressee is not known to this store (no agent.manager_id, no site.manager_id): the
        // reminder is kept at its level all the same, and the page says who could not be named.
        int withoutTeamLead = 0;
        int withoutManager = 0;
    };

    static constexpr int MaxNoteLength = 2000;
    static constexpr int MaxScopeLength = 200;
    static constexpr int MaxPairs = 20'000;
    static constexpr int RepeatGuardHours = 24;

    // The level a reminder goes to at `daysOverdue` (0 for due soon).
    [[nodiscard]] static ReminderLevel levelFor(qint64 daysOverdue, const DetectionSettings& settings);

    [[nodiscard]] static Result<Sent> send(Database& database, const Request& request, const Actor& actor);
};

} // namespace custodian
