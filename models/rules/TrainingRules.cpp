#include "rules/TrainingRules.h"

#include <algorithm>
#include <unordered_map>

namespace custodian {

namespace {
template <typename T> void addOnce(std::vector<T>& list, T value)
{
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}
} // namespace

qint64 TrainingRules::expiryOf(const TrainingFacts::Record& record, const TrainingFacts::Module& module)
{
    if (record.expiresAt)
        return *record.expiresAt;
    return record.completedAt.value_or(0) + qint64(module.validityDays) * DayMs;
}

std::optional<std::pair<qint64, qint64>> TrainingRules::validity(const TrainingFacts::Record& record,
                                                                 const TrainingFacts::Module& module)
{
    if (record.moduleId != module.id || !record.passed.value_or(false) || !record.completedAt)
        return std::nullopt;
    return std::make_pair(*record.completedAt, expiryOf(record, module));
}

bool TrainingRules::validAt(const TrainingFacts::Record& record, const TrainingFacts::Module& module, qint64 t)
{
    const auto valid = validity(record, module);
    return valid && valid->first <= t && t < valid->second;
}

bool TrainingRules::validAt(const TrainingFacts::Agent& agent, const TrainingFacts::Module& module, qint64 t)
{
    return std::any_of(agent.records.begin(), agent.records.end(),
                       [&](const TrainingFacts::Record& record) { return validAt(record, module, t); });
}

namespace {
// The rules on one module's records (the caller picks them), so that standings() buckets an agent's records once
// instead of scanning all of them for every module.
TrainingStanding decide(const TrainingFacts& facts, const TrainingFacts::Agent& agent,
                        const TrainingFacts::Module& module, const std::vector<const TrainingFacts::Record*>& records,
                        qint64 t, int dueSoonDays)
{
    using Rules = TrainingRules;
    constexpr qint64 DayMs = TrainingRules::DayMs;
    TrainingStanding s;
    s.moduleId = module.id;

    // Required by a role held at t; the earliest start of a window holding such a role, for the due date.
    std::optional<qint64> roleSince;
    for (const TrainingFacts::Requirement& requirement : facts.requirements) {
        if (requirement.moduleId != module.id)
            continue;
        for (const TrainingFacts::Holding& holding : agent.holdings) {
            if (holding.roleId == requirement.roleId && holding.from <= t && t < holding.until) {
                addOnce(s.requiredByRoles, holding.roleId);
                roleSince = std::min(roleSince.value_or(holding.from), holding.from);
            }
        }
    }

    const TrainingFacts::Record* validPass = nullptr; // the valid pass that runs longest
    const TrainingFacts::Record* endedPass = nullptr; // the pass that ended last
    const TrainingFacts::Record* failed = nullptr; // the latest failed attempt
    std::optional<qint64> earliestDue;
    bool assigned = false;
    for (const TrainingFacts::Record* record : records) {
        const TrainingFacts::Record& r = *record;
        if (r.assignedAt <= t) {
            assigned = true;
            if (r.campaignId)
                addOnce(s.requiredByCampaigns, *r.campaignId);
            else
                s.assignedIndividually = true;
            s.assignedAt = std::max(s.assignedAt.value_or(r.assignedAt), r.assignedAt);
            earliestDue = std::min(earliestDue.value_or(r.dueAt), r.dueAt);
        }
        if (!r.completedAt || *r.completedAt > t)
            continue; // not attempted by t: what happened later is unknown at t
        if (!r.passed.value_or(false)) {
            if (!failed || *r.completedAt > *failed->completedAt)
                failed = &r;
            continue;
        }
        const qint64 expiry = Rules::expiryOf(r, module);
        if (t < expiry) {
            if (!validPass || expiry > Rules::expiryOf(*validPass, module))
                validPass = &r;
        } else if (!endedPass || expiry > Rules::expiryOf(*endedPass, module)) {
            endedPass = &r;
        }
    }
    std::sort(s.requiredByCampaigns.begin(), s.requiredByCampaigns.end());
    const bool required = !s.requiredByRoles.empty() || assigned;
    if (failed)
        s.lastFailedAt = failed->completedAt;

    const TrainingFacts::Record* shown = validPass ? validPass : endedPass ? endedPass : failed;
    if (shown) {
        s.completedAt = shown->completedAt;
        s.score = shown->score;
        s.passed = shown->passed;
        if (shown->passed.value_or(false)) {
            s.expiresAt = Rules::expiryOf(*shown, module);
            s.certificateRef = shown->certificateRef;
        }
    }
    s.valid = validPass != nullptr;

    const qint64 window = qint64(dueSoonDays) * DayMs;
    if (validPass) {
        s.dueAt = s.expiresAt;
        s.daysLeft = (*s.dueAt - t) / DayMs;
        if (required)
            s.state = *s.dueAt - t <= window ? TrainingState::DueSoon : TrainingState::Compliant;
        return s;
    }
    if (endedPass) {
        s.dueAt = s.expiresAt;
        if (required) {
            s.state = TrainingState::Expired;
            s.daysOverdue = (t - *s.dueAt) / DayMs;
        }
        return s;
    }
    if (!required)
        return s;
    if (roleSince)
        earliestDue = std::min(earliestDue.value_or(*roleSince), *roleSince);
    s.dueAt = earliestDue;
    if (t >= *s.dueAt) {
        s.state = TrainingState::Overdue;
        s.daysOverdue = (t - *s.dueAt) / DayMs;
    } else {
        s.daysLeft = (*s.dueAt - t) / DayMs;
        s.state = *s.dueAt - t <= window ? TrainingState::DueSoon : TrainingState::Pending;
    }
    return s;
}
} // namespace

TrainingStanding TrainingRules::standing(const TrainingFacts& facts, const TrainingFacts::Agent& agent,
                                         const TrainingFacts::Module& module, qint64 t, int dueSoonDays)
{
    std::vector<const TrainingFacts::Record*> records;
    for (const TrainingFacts::Record& record : agent.records) {
        if (record.moduleId == module.id)
            records.push_back(&record);
    }
    return decide(facts, agent, module, records, t, dueSoonDays);
}

std::vector<TrainingStanding> TrainingRules::standings(const TrainingFacts& facts, const TrainingFacts::Agent& agent,
                                                       qint64 t, int dueSoonDays)
{
    std::unordered_map<qint64, std::vector<const TrainingFacts::Record*>> byModule;
    for (const TrainingFacts::Record& record : agent.records)
        byModule[record.moduleId].push_back(&record);
    static const std::vector<const TrainingFacts::Record*> none;
    std::vector<TrainingStanding> result;
    result.reserve(facts.modules.size());
    for (const TrainingFacts::Module& module : facts.modules) {
        const auto found = byModule.find(module.id);
        result.push_back(decide(facts, agent, module, found == byModule.end() ? none : found->second, t, dueSoonDays));
    }
    return result;
}

} // namespace custodian
