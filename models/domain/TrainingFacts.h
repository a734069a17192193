#pragma once

#include <QString>

#include <limits>
#include <optional>
#include <vector>

namespace custodian {

// What the training rules (rules/TrainingRules) look at, read from a store by TrainingFactsReader or made by hand in
// a test: the module catalogue, which roles require which module, the campaigns, and for each agent the role windows
// and the training records. Plain values with no SQL behind them, so a worker can read them and hand them over.
struct TrainingFacts
{
    struct Module
    {
        qint64 id = 0;
        QString code;
        QString title;
        QString framework;
        QString controlRef;
        int validityDays = 365; // a pass is valid this long after completed_at
        int passScore = 0;
    };

    // role_training_requirement: holding `roleId` requires `moduleId`.
    struct Requirement
    {
        qint64 roleId = 0;
        qint64 moduleId = 0;
    };

    // training_campaign: a module assigned to an audience with a due date. The audience is the set of agents with a
    // training_record carrying the campaign's id (the schema has no other audience column).
    struct Campaign
    {
        qint64 id = 0;
        QString name;
        qint64 moduleId = 0;
        qint64 startsAt = 0;
        qint64 dueAt = 0;
    };

    struct Role
    {
        qint64 id = 0;
        QString code;
        QString name;
    };

    // An interval [from, until) in which the agent held a role (AssignmentInForce's point-in-time rule).
    struct Holding
    {
        static constexpr qint64 Open = std::numeric_limits<qint64>::max();
        qint64 roleId = 0;
        qint64 from = 0;
        qint64 until = Open;
    };

    // One training_record: an assignment of a module (from a campaign or individually), and its attempt if any.
    struct Record
    {
        qint64 id = 0;
        qint64 moduleId = 0;
        std::optional<qint64> campaignId;
        qint64 assignedAt = 0;
        qint64 dueAt = 0;
        std::optional<qint64> completedAt;
        std::optional<int> score;
        std::optional<bool> passed;
        std::optional<qint64> expiresAt; // stored for passes; missing: completed_at + the module's validity
        QString certificateRef; // of a pass: the xAPI statement that passed it (docs/xapi.md); empty when unknown
    };

    struct Agent
    {
        qint64 id = 0;
        QString employeeNo;
        QString displayName;
        qint64 teamId = 0;
        QString teamName;
        qint64 siteId = 0;
        QString siteCode;
        std::vector<Holding> holdings;
        std::vector<Record> records;
    };

    qint64 at = 0; // the instant the facts were read for (records and holdings after it are left out)
    std::vector<Module> modules; // by id
    std::vector<Requirement> requirements;
    std::vector<Campaign> campaigns;
    std::vector<Role> roles;
    std::vector<Agent> agents; // by id

    [[nodiscard]] const Module* module(qint64 id) const;
    [[nodiscard]] const Campaign* campaign(qint64 id) const;
    [[nodiscard]] const Role* role(qint64 id) const;
};

} // namespace custodian
