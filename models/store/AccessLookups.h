#pragma once

#include "domain/Result.h"

#include <QString>
#include <vector>

namespace custodian {

class Database;

// The small tables the access page's filter bar offers choices from: agents, teams, sites, workstations.
// A few thousand rows at most (2 500 agents at 10 M events), read in one go; and where the events begin.
struct AccessLookups
{
    struct Agent
    {
        qint64 id = 0;
        QString name;
        QString employeeNo;
        qint64 teamId = 0;
    };
    struct Team
    {
        qint64 id = 0;
        QString name;
        qint64 siteId = 0;
    };
    struct Site
    {
        qint64 id = 0;
        QString code;
        QString name;
    };
    struct Workstation
    {
        qint64 id = 0;
        QString hostname;
    };
    std::vector<Agent> agents;
    std::vector<Team> teams;
    std::vector<Site> sites;
    std::vector<Workstation> workstations;
    // The smallest access_event id, 0 when there is none: ids are time-ordered, so it gives the first event's time.
    qint64 firstEventId = 0;

    [[nodiscard]] static Result<AccessLookups> load(Database& database);
};

} // namespace custodian
