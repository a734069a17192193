#include "rules/TrainingReminderWorkflow.h"

#include "domain/Clock.h"
#include "rules/DetectionSettings.h"
#include "rules/TrainingRules.h"

#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/SyncOutbox.h"
#include "store/TrainingFactsReader.h"
#include "store/TrainingReminderRepository.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <set>

namespace custodian {

namespace {
QJsonValue optionalValue(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// Above this many agents one read of everyone costs less than one read per agent (docs/training.md).
constexpr std::size_t AgentsReadOneByOne = 200;

QString agentName(const TrainingFacts::Agent& agent)
{
    return agent.employeeNo.isEmpty() ? QString::number(agent.id)
                                      : QStringLiteral("%1 (%2)").arg(agent.displayName, agent.employeeNo);
}
} // namespace

ReminderLevel TrainingReminderWorkflow::levelFor(qint64 daysOverdue, const DetectionSettings& settings)
{
    if (daysOverdue >= settings.trainingEscalateManagerDays)
        return ReminderLevel::Manager;
    if (daysOverdue >= settings.trainingEscalateLeadDays)
        return ReminderLevel::TeamLead;
    return ReminderLevel::Agent;
}

Result<TrainingReminderWorkflow::Sent> TrainingReminderWorkflow::send(Database& database, const Request& request,
                                                                      const Actor& actor)
{
    const qint64 now = request.now < 0 ? Clock::nowMs() : request.now;
    const QString note = request.note.trimmed();
    const QString scope = request.scope.trimmed().isEmpty() ? QStringLiteral("selection") : request.scope.trimmed();
    if (request.pairs.empty())
        return Error(Error::Code::InvalidArgument, tr("Choose the agents and modules to remind."));
    if (request.pairs.size() > std::size_t(MaxPairs))
        return Error(Error::Code::InvalidArgument,
                     tr("At most %1 reminders go at once; %2 were chosen.").arg(MaxPairs).arg(request.pairs.size()));
    if (note.size() > MaxNoteLength)
        return Error(Error::Code::InvalidArgument,
                     tr("The note is %1 characters long; at most %2 are kept.").arg(note.size()).arg(MaxNoteLength));
    if (scope.size() > MaxScopeLength)
        return Error(Error::Code::InvalidArgument,
                     tr("The selection's description is longer than %1 characters.").arg(MaxScopeLength));
    if (actor.supervisorId <= 0)
        return Error(Error::Code::NotConfigured, tr("A reminder is sent by a supervisor this console knows."));

    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    auto settings = DetectionSettings::load(database);
    if (!settings)
        return settings.error();

    std::set<qint64> agentIds;
    for (const Pair& pair : request.pairs)
        agentIds.insert(pair.agentId);
    // The facts at now: per agent for a small selection, once for everyone for a large one.
    TrainingFactsReader reader(database);
    std::map<qint64, TrainingFacts> factsByAgent;
    std::optional<TrainingFacts> everyone;
    if (agentIds.size() > AgentsReadOneByOne) {
        auto facts = reader.read(TrainingFactsReader::Scope::all(), now);
        if (!facts)
            return facts.error();
        everyone = std::move(*facts);
    }
    auto factsFor = [&](qint64 agentId) -> Result<std::pair<const TrainingFacts*, const TrainingFacts::Agent*>> {
        const TrainingFacts* facts = nullptr;
        if (everyone) {
            facts = &*everyone;
        } else {
            auto known = factsByAgent.find(agentId);
            if (known == factsByAgent.end()) {
                auto read = reader.read(TrainingFactsReader::Scope::agent(agentId), now);
                if (!read)
                    return read.error();
                known = factsByAgent.emplace(agentId, std::move(*read)).first;
            }
            facts = &known->second;
        }
        auto agent = std::lower_bound(facts->agents.begin(), facts->agents.end(), agentId,
                                      [](const TrainingFacts::Agent& a, qint64 id) { return a.id < id; });
        if (agent == facts->agents.end() || agent->id != agentId) {
            // Everyone holds the agents in scope at now; one read by id holds them whatever their dates.
            if (everyone) {
                auto read = reader.read(TrainingFactsReader::Scope::agent(agentId), now);
                if (!read)
                    return read.error();
                facts = &factsByAgent.emplace(agentId, std::move(*read)).first->second;
                if (!facts->agents.empty() && facts->agents.front().id == agentId)
                    return std::pair { facts, &facts->agents.front() };
            }
            return Error(Error::Code::NotFound, tr("There is no agent %1.").arg(agentId));
        }
        return std::pair { facts, &*agent };
    };

    TrainingReminderRepository reminders(database);
    Sent sent;
    std::set<std::pair<qint64, qint64>> seen;
    std::map<QString, int> levels;
    for (const Pair& pair : request.pairs) {
        if (!seen.insert({ pair.agentId, pair.moduleId }).second)
            continue; // a pair chosen twice (a cell and the overdue list) is reminded once
        auto found = factsFor(pair.agentId);
        if (!found)
            return found.error();
        const auto [facts, agent] = *found;
        auto module = std::find_if(facts->modules.begin(), facts->modules.end(),
                                   [&pair](const TrainingFacts::Module& m) { return m.id == pair.moduleId; });
        if (module == facts->modules.end())
            return Error(Error::Code::NotFound, tr("There is no training module %1.").arg(pair.moduleId));
        const TrainingStanding standing = TrainingRules::standing(*facts, *agent, *module, now);
        const QString who = tr("%1, %2").arg(agentName(*agent), module->code);
        switch (standing.state) {
        case TrainingState::Overdue:
        case TrainingState::Expired:
        case TrainingState::DueSoon:
            break;
        case TrainingState::NotRequired:
            return Error(
                Error::Code::InvalidArgument,
                tr("%1: the module is not required of this agent; there is nothing to remind them of.").arg(who));
        case TrainingState::Compliant:
        case TrainingState::Pending:
            return Error(
                Error::Code::InvalidArgument,
                tr("%1: the training is %2, neither overdue nor due within %3 days; there is nothing to remind "
                   "them of.")
                    .arg(who, toString(standing.state))
                    .arg(TrainingRules::DefaultDueSoonDays));
        }
        if (!request.force) {
            auto last = reminders.lastSentAt(pair.agentId, pair.moduleId);
            if (!last)
                return last.error();
            if (*last && now - **last < qint64(RepeatGuardHours) * 3600 * 1000 && now >= **last)
                return Error(Error::Code::InvalidArgument,
                             tr("%1 was reminded less than %2 hours ago (%3 UTC); send again only on purpose "
                                "(force).")
                                 .arg(who)
                                 .arg(RepeatGuardHours)
                                 .arg(QDateTime::fromMSecsSinceEpoch(**last, QTimeZone::utc())
                                          .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        }
        TrainingReminder reminder;
        auto id = reminders.newId();
        if (!id)
            return id.error();
        reminder.id = *id;
        reminder.agentId = pair.agentId;
        reminder.moduleId = pair.moduleId;
        auto record = reminders.openRecord(pair.agentId, pair.moduleId);
        if (!record)
            return record.error();
        if (*record) {
            reminder.recordId = (*record)->id;
            reminder.campaignId = (*record)->campaignId;
        }
        reminder.sentBy = actor.supervisorId;
        reminder.sentAt = now;
        reminder.daysOverdue = standing.state == TrainingState::DueSoon ? 0 : standing.daysOverdue;
        reminder.level = levelFor(reminder.daysOverdue, *settings);
        reminder.note = note;
        if (reminder.level != ReminderLevel::Agent) {
            auto addressees = reminders.addressees(pair.agentId);
            if (!addressees)
                return addressees.error();
            reminder.teamLeadId = addressees->teamLeadId;
            ++(reminder.teamLeadId ? sent.toTeamLead : sent.withoutTeamLead);
            if (reminder.level == ReminderLevel::Manager) {
                reminder.managerId = addressees->managerId;
                ++(reminder.managerId ? sent.toManager : sent.withoutManager);
            }
        }
        if (auto status = reminders.insert(reminder); !status)
            return status.error();
        ++levels[toString(reminder.level)];
        const QJsonObject payload { { QStringLiteral("agent_id"), reminder.agentId },
                                    { QStringLiteral("module_id"), reminder.moduleId },
                                    { QStringLiteral("record_id"), optionalValue(reminder.recordId) },
                                    { QStringLiteral("campaign_id"), optionalValue(reminder.campaignId) },
                                    { QStringLiteral("level"), toString(reminder.level) },
                                    { QStringLiteral("team_lead_id"), optionalValue(reminder.teamLeadId) },
                                    { QStringLiteral("manager_id"), optionalValue(reminder.managerId) },
                                    { QStringLiteral("days_overdue"), reminder.daysOverdue },
                                    { QStringLiteral("note"), note.isEmpty() ? QJsonValue() : QJsonValue(note) },
                                    { QStringLiteral("at"), now } };
        if (auto status = SyncOutbox::enqueue(database, QStringLiteral("training.reminder"), reminder.id, std::nullopt,
                                              payload, now);
            !status)
            return status.error();
        sent.reminders.push_back(std::move(reminder));
    }

    QJsonObject byLevel;
    for (const auto& [level, count] : levels)
        byLevel.insert(level, count);
    QJsonObject detail { { QStringLiteral("count"), int(sent.reminders.size()) },
                         { QStringLiteral("scope"), scope },
                         { QStringLiteral("agents"), int(agentIds.size()) },
                         { QStringLiteral("levels"), byLevel } };
    if (!note.isEmpty())
        detail.insert(QStringLiteral("note"), note);
    if (request.force)
        detail.insert(QStringLiteral("forced"), true);
    if (sent.withoutTeamLead || sent.withoutManager)
        detail.insert(QStringLiteral("without_addressee"), sent.withoutTeamLead + sent.withoutManager);
    auto audited
        = ConsoleAudit::append(database, actor.auditActor, QStringLiteral("training.remind"),
                               QStringLiteral("training_reminders:%1").arg(sent.reminders.size()), detail, now);
    if (!audited)
        return audited.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return sent;
}

} // namespace custodian
