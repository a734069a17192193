#pragma once

#include "domain/AccessFilter.h"

#include <QList>
#include <optional>
#include <vector>

namespace custodian {

// An AccessFilter resolved against the store at one moment: relative times turned into a range, teams and sites
// into their agents, the full-text search into the agents, records and workstations it names, a finding into
// its evidence events. What AccessEventRepository turns into SQL; made by AccessEventRepository::resolve().
struct AccessQuery
{
    using Ids = std::vector<qint64>; // sorted, unique

    qint64 fromMs = 0; // [fromMs, toMs)
    qint64 toMs = 0;
    bool matchesNothing = false; // e.g. a search that names nobody: no SQL needed
    std::optional<Ids> agents; // nullopt: any agent
    std::optional<Ids> records;
    std::optional<Ids> workstations;
    std::optional<Ids> events; // a finding's evidence
    // Full-text matches: an event matches when its agent, record or workstation is among them.
    struct TextMatch
    {
        Ids agents;
        Ids records;
        Ids workstations;
    };
    std::optional<TextMatch> text;
    QList<int> dataClasses;
    QList<int> actions;
    QList<int> outcomes;
    QList<int> channels;
    // Agents that can have matching events when the filter names workstations only: the agents seen at them
    // (agent_workstation). Not a filter — a way to reach the events through the agent index.
    std::optional<Ids> agentHint;

    // Estimates from the rollups for choosing how to read (AccessEventRepository::page): events in the time range,
    // the share of them that passes the row filters, and how many agents there are.
    qint64 rangeEvents = 0;
    double rowSelectivity = 1.0; // all row filters together
    double outcomeSelectivity = 1.0; // the outcome filter alone
    qint64 agentCount = 1;
    qint64 notableActionEvents = -1; // exports/prints/bulk searches of the action filter in range (-1: not counted)
    // For a few agents (at most MaxSpannedAgents): the hours in which each has events passing the data-class and
    // outcome filters, from access_hourly. Agents without any are absent.
    struct AgentSpan
    {
        qint64 agentId = 0;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        qint64 events = 0;
    };
    std::optional<std::vector<AgentSpan>> agentSpans;
    static constexpr std::size_t MaxSpannedAgents = 8;
};

} // namespace custodian
