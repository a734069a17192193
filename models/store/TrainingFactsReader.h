#pragma once

#include "domain/Result.h"
#include "domain/TrainingFacts.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace custodian {

class Database;

// Reads the facts the training rules (rules/TrainingRules) decide on, for one agent or for every agent of a scope
// (the whole organisation, a team, a site) at an instant t, on the caller's connection — a worker's, so that a page
// can run it through LatestResultRunner. A fixed number of set-based statements whatever the number of agents (no
// query per agent): the module catalogue, the role requirements, the campaigns and the roles (tiny tables); the
// agents of the scope; their assignments of roles that require training, with their change history (for
// AssignmentInForce's point-in-time rule); and their training records, joined from the agents through
// training_record_agent (agent_id, module_id, completed_at). The cost is one pass over the scope's records:
// docs/training.md gives the figures.
//
// An agent is in scope at t when hired by t and not departed by t (departed_at, or the status change of a departed
// agent that has no departed_at). One agent read by id is returned whatever their dates, so that the agent view can
// still show someone who has left.
class TrainingFactsReader
{
public:
    struct Scope
    {
        enum class Kind { All, Team, Site, Agent };
        Kind kind = Kind::All;
        qint64 id = 0;

        [[nodiscard]] static Scope all() { return {}; }
        [[nodiscard]] static Scope team(qint64 id) { return { Kind::Team, id }; }
        [[nodiscard]] static Scope site(qint64 id) { return { Kind::Site, id }; }
        [[nodiscard]] static Scope agent(qint64 id) { return { Kind::Agent, id }; }
    };

    explicit TrainingFactsReader(Database& database);

    [[nodiscard]] Result<TrainingFacts> read(const Scope& scope, qint64 at);

    // The scope in words for a report's header: "Cards (LIS)" for a team, "LIS — Lisbon" for a site, the agent's
    // name and employee number; empty for everyone. NotFound when the team, site or agent does not exist.
    [[nodiscard]] Result<QString> describe(const Scope& scope);

    // An agent by employee number, else by numeric id; nothing when neither names one.
    [[nodiscard]] Result<std::optional<qint64>> findAgent(const QString& employeeNoOrId);

    // The SQL of each statement over a large table, for tests that check their query plans.
    [[nodiscard]] static QStringList queriesForPlanCheck(const Scope& scope);

private:
    Database& m_database;
};

} // namespace custodian
