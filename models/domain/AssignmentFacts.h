#pragma once

#include "domain/Enums.h"

#include <QString>

#include <optional>
#include <vector>

namespace custodian {

// What the rules of a grant look at (AssignmentRules), read from a store by AssignmentFactsReader — the console's
// or the central service's, which share the schema — so that both sides decide alike.
struct AssignmentFacts
{
    struct Role
    {
        qint64 id = 0;
        QString code;
        QString name;
        bool sensitive = false;
        std::optional<qint64> maxDurationDays;
        bool trainingBlocks = true; // training_gate 'block'; false: 'warn'
    };

    // Another assignment of the same agent whose window meets the requested one (active or pending).
    struct Holding
    {
        qint64 assignmentId = 0;
        qint64 roleId = 0;
        QString roleName;
        AssignmentStatus status = AssignmentStatus::Active;
        qint64 validFrom = 0;
        std::optional<qint64> validUntil;
    };

    struct SodRule
    {
        qint64 id = 0;
        QString name;
        qint64 otherRoleId = 0; // the rule's role that is not the requested one
        bool allowException = false;
        QString controlRef;
        QString rationale;
    };

    // A training module the role requires, and the agent's best standing in it at the start of the window.
    struct Training
    {
        qint64 moduleId = 0;
        QString title;
        std::optional<qint64> validUntil; // the latest passed completion's expiry; nothing: never passed
    };

    std::optional<Role> role; // nothing: no such role
    bool agentExists = false;
    QString agentName;
    AgentStatus agentStatus = AgentStatus::Active;
    std::vector<Holding> holdings;
    std::vector<SodRule> sodRules; // the rules that name the requested role
    std::vector<Training> training;
};

} // namespace custodian
