#include "demo/DemoOrganisation.h"

#include "demo/DemoRandom.h"
#include "demo/DemoSql.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace custodian {

namespace {
using TeamKind = DemoWorld::TeamKind;

struct TeamTemplate
{
    const char* name;
    TeamKind kind;
    int weight; // share of a site's agents
};

// In the order teams are opened as a site grows.
constexpr TeamTemplate teamTemplates[] = {
    { "Customer Care Voice", TeamKind::CareVoice, 30 },
    { "Payments", TeamKind::Payments, 24 },
    { "Chat Support", TeamKind::Chat, 20 },
    { "Complaints & Escalations", TeamKind::Complaints, 10 },
    { "Back Office", TeamKind::BackOffice, 8 },
    { "Fraud & Disputes", TeamKind::Fraud, 5 },
    { "Retention", TeamKind::Retention, 8 },
    { "Billing Enquiries", TeamKind::Billing, 8 },
};

// Distributes `total` over `weights` exactly (largest remainder).
std::vector<qint64> apportion(qint64 total, const std::vector<int>& weights)
{
    const qint64 sum = std::accumulate(weights.begin(), weights.end(), qint64(0));
    std::vector<qint64> out(weights.size());
    std::vector<std::pair<qint64, std::size_t>> remainders;
    qint64 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        out[i] = total * weights[i] / sum;
        given += out[i];
        remainders.emplace_back(total * weights[i] % sum, i);
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (std::size_t i = 0; given < total; ++i, ++given)
        ++out[remainders[i % remainders.size()].second];
    return out;
}

QString uniqueUsername(QString base, std::vector<QString>& taken)
{
    QString candidate = base;
    for (int n = 2; std::find(taken.begin(), taken.end(), candidate) != taken.end(); ++n)
        candidate = base + QString::number(n);
    taken.push_back(candidate);
    return candidate;
}
} // namespace

void DemoOrganisation::build(DemoWorld& world, const Sizes& sizes, DemoRandom& random)
{
    using Locale = DemoNames::Locale;
    world.sites = {
        { QStringLiteral("LIS"), QStringLiteral("Lisbon"), QStringLiteral("Europe/Lisbon"), QStringLiteral("PT"),
          Locale::Portuguese, DemoClock(0, true), 30, 0 },
        { QStringLiteral("MNL"), QStringLiteral("Manila"), QStringLiteral("Asia/Manila"), QStringLiteral("PH"),
          Locale::Filipino, DemoClock(480, false), 35, 0 },
        { QStringLiteral("DUB"), QStringLiteral("Dublin"), QStringLiteral("Europe/Dublin"), QStringLiteral("IE"),
          Locale::Irish, DemoClock(0, true), 15, 0 },
        { QStringLiteral("KRK"), QStringLiteral("Kraków"), QStringLiteral("Europe/Warsaw"), QStringLiteral("PL"),
          Locale::Polish, DemoClock(60, true), 20, 0 },
    };
    constexpr int weekdays = 0b0011111;
    world.shifts = {
        { QStringLiteral("Early (06:00-14:00, Mon-Fri)"), 6 * 60, 8 * 60, weekdays },
        { QStringLiteral("Day (09:00-17:30, Mon-Fri)"), 9 * 60, 8 * 60 + 30, weekdays },
        { QStringLiteral("Late (14:00-22:00, Mon-Sat)"), 14 * 60, 8 * 60, 0b0111111 },
        { QStringLiteral("Night (22:00-06:00, Sun-Thu)"), 22 * 60, 8 * 60, 0b1001111 },
        { QStringLiteral("Weekend (08:00-20:00, Sat-Sun)"), 8 * 60, 12 * 60, 0b1100000 },
    };

    // Central staff first: they approve sensitive roles and own incidents.
    std::vector<QString> usernames;
    auto addSupervisor = [&](Locale locale, int site) {
        const DemoNames::Person person = DemoNames::person(locale, random);
        world.supervisors.push_back(
            { uniqueUsername(DemoNames::username(person), usernames), person.displayName(), site });
        return qint64(world.supervisors.size());
    };
    world.securityOfficerId = addSupervisor(Locale::Irish, -1);
    world.dataProtectionOfficerId = addSupervisor(Locale::Portuguese, -1);
    addSupervisor(Locale::Polish, -1); // workforce planning lead

    std::vector<int> shares;
    for (const auto& site : world.sites)
        shares.push_back(site.share);
    const std::vector<qint64> perSite = apportion(sizes.agents, shares);

    for (int s = 0; s < int(world.sites.size()); ++s) {
        DemoWorld::Site& site = world.sites[std::size_t(s)];
        site.managerId = addSupervisor(site.locale, s);
        const int teamCount = int(std::clamp<qint64>(perSite[std::size_t(s)] / 20, 4, 8));
        const int firstTeam = int(world.teams.size());
        std::vector<int> teamWeights;
        for (int t = 0; t < teamCount; ++t) {
            const TeamTemplate& tt = teamTemplates[t];
            world.teams.push_back({ s, QString::fromUtf8(tt.name), tt.kind, addSupervisor(site.locale, s) });
            teamWeights.push_back(tt.weight);
        }
        // Night work is mostly in Manila, which covers European evenings and nights.
        const std::array<int, DemoWorld::ShiftCount> shiftWeights = site.code == QLatin1String("MNL")
            ? std::array<int, 5> { 10, 20, 25, 35, 10 }
            : std::array<int, 5> { 20, 40, 25, 5, 10 };
        const std::vector<qint64> perTeam = apportion(perSite[std::size_t(s)], teamWeights);
        for (int t = 0; t < teamCount; ++t) {
            for (qint64 i = 0; i < perTeam[std::size_t(t)]; ++i) {
                DemoWorld::Agent agent;
                agent.site = s;
                agent.team = firstTeam + t;
                // Back office and fraud work office hours.
                const TeamKind kind = world.teams[std::size_t(agent.team)].kind;
                agent.shift = (kind == TeamKind::BackOffice || kind == TeamKind::Fraud)
                    ? (random.chance(0.7) ? DemoWorld::Day : DemoWorld::Early)
                    : int(random.weighted(shiftWeights));
                agent.managerId = world.teams[std::size_t(agent.team)].supervisorId;
                agent.displayName = DemoNames::person(site.locale, random).displayName();
                agent.productivity = std::clamp(1.0 + 0.22 * random.normal(), 0.55, 1.6);
                world.agents.push_back(std::move(agent));
            }
        }
    }

    // Lifecycle: joiners, leavers (during and before the log) and suspensions, by exact counts.
    const qint64 agentCount = qint64(world.agents.size());
    std::vector<std::size_t> order(world.agents.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[random.below(i)]);
    const qint64 joiners = std::max<qint64>(3, std::llround(double(agentCount) * 0.08));
    const qint64 leavers = std::max<qint64>(sizes.departedInLog, std::llround(double(agentCount) * 0.06));
    const qint64 formerLeavers = std::max<qint64>(1, std::llround(double(agentCount) * 0.02));
    const qint64 suspended = std::max<qint64>(1, std::llround(double(agentCount) * 0.015));
    const qint64 day = DemoClock::DayMs;
    std::size_t next = 0;
    auto hireLongAgo = [&](DemoWorld::Agent& agent, qint64 before) {
        agent.hiredAt = (before - random.range(60, 8 * 365) * day) / day * day + 8 * DemoClock::HourMs;
    };
    for (DemoWorld::Agent& agent : world.agents)
        hireLongAgo(agent, world.startMs);
    for (qint64 i = 0; i < joiners; ++i) {
        DemoWorld::Agent& agent = world.agents[order[next++]];
        agent.hiredAt = random.range(world.at(0.05), world.at(0.6)) / day * day + 8 * DemoClock::HourMs;
    }
    for (qint64 i = 0; i < leavers; ++i) {
        DemoWorld::Agent& agent = world.agents[order[next++]];
        agent.status = AgentStatus::Departed;
        agent.departedAt = random.range(world.at(0.3), world.at(0.6)) / day * day + 17 * DemoClock::HourMs;
        agent.statusChangedAt = agent.departedAt;
    }
    for (qint64 i = 0; i < formerLeavers; ++i) {
        DemoWorld::Agent& agent = world.agents[order[next++]];
        agent.status = AgentStatus::Departed;
        agent.departedAt = world.startMs - random.range(10, 200) * day + 17 * DemoClock::HourMs;
        agent.statusChangedAt = agent.departedAt;
        hireLongAgo(agent, *agent.departedAt);
    }
    for (qint64 i = 0; i < suspended; ++i) {
        DemoWorld::Agent& agent = world.agents[order[next++]];
        agent.status = AgentStatus::Suspended;
        agent.statusChangedAt = random.range(world.at(0.5), world.at(0.9));
    }
    // Employee numbers grow with the hiring date, with gaps for the people who are not agents.
    std::vector<std::size_t> byHire(world.agents.size());
    std::iota(byHire.begin(), byHire.end(), std::size_t(0));
    std::stable_sort(byHire.begin(), byHire.end(),
                     [&](std::size_t a, std::size_t b) { return world.agents[a].hiredAt < world.agents[b].hiredAt; });
    qint64 employeeNo = 104000 + qint64(random.below(900));
    for (std::size_t i : byHire) {
        employeeNo += random.range(1, 60);
        world.agents[i].employeeNo = QStringLiteral("E%1").arg(employeeNo);
    }
    for (DemoWorld::Agent& agent : world.agents) {
        agent.activeFrom = std::max(world.startMs, agent.hiredAt + 2 * day);
        agent.activeUntil = world.endMs;
        if (agent.departedAt)
            agent.activeUntil = std::min(agent.activeUntil, *agent.departedAt);
        else if (agent.statusChangedAt)
            agent.activeUntil = std::min(agent.activeUntil, *agent.statusChangedAt);
    }

    // Workstations: about three for every four agents of a site (shifts share desks), plus spares.
    for (int s = 0; s < int(world.sites.size()); ++s) {
        std::vector<std::size_t> siteAgents;
        for (std::size_t i = 0; i < world.agents.size(); ++i) {
            if (world.agents[i].site == s)
                siteAgents.push_back(i);
        }
        const qint64 count = qint64(siteAgents.size()) * 3 / 4 + 3;
        const qint64 first = qint64(world.workstations.size()) + 1;
        for (qint64 k = 0; k < count; ++k) {
            const qint64 number = 100 + k * 3 + qint64(random.below(3)); // gaps, as in any real inventory
            world.workstations.push_back(
                { s,
                  QStringLiteral("%1-WS-%2").arg(world.sites[std::size_t(s)].code).arg(number, 4, 10, QLatin1Char('0')),
                  QStringLiteral("10.%1.%2.%3").arg(10 + s).arg(k / 200).arg(k % 200 + 20) });
        }
        for (std::size_t j = 0; j < siteAgents.size(); ++j) {
            DemoWorld::Agent& agent = world.agents[siteAgents[j]];
            agent.workstations[0] = first + qint64(j) % count;
            if (random.chance(0.3)) {
                qint64 second = first + qint64(random.below(quint64(count)));
                if (second == agent.workstations[0])
                    second = first + (second - first + 1) % count;
                agent.workstations[1] = second;
            }
        }
    }
}

Status DemoOrganisation::write(Database& database, const DemoWorld& world)
{
    auto site = DemoSql::prepare(database, "INSERT INTO site (id, code, name, timezone, country) VALUES (?,?,?,?,?)");
    DEMO_TRY(site);
    for (std::size_t i = 0; i < world.sites.size(); ++i) {
        const auto& s = world.sites[i];
        DEMO_TRY(DemoSql::run(*site, qint64(i + 1), s.code, s.name, s.timezone, s.country));
    }
    auto shift = DemoSql::prepare(
        database, "INSERT INTO shift (id, name, start_minute, end_minute, weekdays) VALUES (?,?,?,?,?)");
    DEMO_TRY(shift);
    for (std::size_t i = 0; i < world.shifts.size(); ++i) {
        const auto& s = world.shifts[i];
        DEMO_TRY(DemoSql::run(*shift, qint64(i + 1), s.name, s.startMinute, s.endMinute(), s.weekdays));
    }
    auto supervisor
        = DemoSql::prepare(database, "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (?,?,?,?)");
    DEMO_TRY(supervisor);
    for (std::size_t i = 0; i < world.supervisors.size(); ++i) {
        const auto& s = world.supervisors[i];
        DEMO_TRY(DemoSql::run(*supervisor, qint64(i + 1), s.username, s.displayName,
                              s.site < 0 ? std::optional<qint64>() : std::optional<qint64>(s.site + 1)));
    }
    // Each site's manager, to whom overdue training escalates (docs/training.md "Reminders").
    auto siteManager = DemoSql::prepare(database, "UPDATE site SET manager_id = ? WHERE id = ?");
    DEMO_TRY(siteManager);
    for (std::size_t i = 0; i < world.sites.size(); ++i)
        DEMO_TRY(DemoSql::run(*siteManager, world.sites[i].managerId, qint64(i + 1)));
    auto team = DemoSql::prepare(database, "INSERT INTO team (id, site_id, name) VALUES (?,?,?)");
    DEMO_TRY(team);
    for (std::size_t i = 0; i < world.teams.size(); ++i)
        DEMO_TRY(DemoSql::run(*team, qint64(i + 1), qint64(world.teams[i].site + 1), world.teams[i].name));
    auto agent
        = DemoSql::prepare(database,
                           "INSERT INTO agent (id, employee_no, display_name, team_id, shift_id, manager_id, status, "
                           "hired_at, status_changed_at, departed_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
    DEMO_TRY(agent);
    for (std::size_t i = 0; i < world.agents.size(); ++i) {
        const auto& a = world.agents[i];
        DEMO_TRY(DemoSql::run(*agent, qint64(i + 1), a.employeeNo, a.displayName, qint64(a.team + 1),
                              qint64(a.shift + 1), a.managerId, int(a.status), a.hiredAt, a.statusChangedAt,
                              a.departedAt));
    }
    auto workstation = DemoSql::prepare(database, "INSERT INTO workstation (id, hostname, site_id) VALUES (?,?,?)");
    DEMO_TRY(workstation);
    for (std::size_t i = 0; i < world.workstations.size(); ++i) {
        const auto& w = world.workstations[i];
        DEMO_TRY(DemoSql::run(*workstation, qint64(i + 1), w.hostname, qint64(w.site + 1)));
    }
    return {};
}

} // namespace custodian
