#include "demo/DemoAnomalyPlan.h"

#include "demo/DemoRandom.h"

#include <algorithm>
#include <numeric>

namespace custodian {

namespace {
using W = DemoWorld;
using Kind = W::AnomalyKind;

int scaled(qint64 events, int base, qint64 per, int most)
{
    return int(std::clamp<qint64>(base + events / per, base, most));
}
} // namespace

DemoAnomalyPlan::Counts DemoAnomalyPlan::countsFor(qint64 events)
{
    Counts counts;
    counts.offHours = scaled(events, 2, 200'000, 30);
    counts.bulkAccess = scaled(events, 1, 1'000'000, 8);
    counts.failedLoginBurst = scaled(events, 2, 500'000, 12);
    counts.paymentWithoutTraining = scaled(events, 3, 2'000'000, 8);
    counts.inactiveAgentAccess = scaled(events, 2, 1'000'000, 8);
    counts.newWorkstation = scaled(events, 2, 500'000, 12);
    counts.accessBeyondRole = scaled(events, 2, 1'000'000, 8);
    return counts;
}

const char* DemoAnomalyPlan::kindName(Kind kind)
{
    switch (kind) {
    case Kind::OffHours:
        return "off_hours";
    case Kind::BulkAccess:
        return "bulk_access";
    case Kind::FailedLoginBurst:
        return "failed_login_burst";
    case Kind::PaymentWithoutTraining:
        return "payment_data_without_training";
    case Kind::InactiveAgentAccess:
        return "inactive_agent_access";
    case Kind::NewWorkstation:
        return "new_workstation";
    case Kind::AccessBeyondRole:
        return "access_beyond_role";
    }
    return "unknown";
}

void DemoAnomalyPlan::choose(DemoWorld& world, const Counts& counts, DemoRandom& random)
{
    std::vector<int> order(world.agents.size());
    std::iota(order.begin(), order.end(), 0);
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[random.below(i)]);

    const qint64 week = 7 * DemoClock::DayMs;
    auto tenured = [&](const W::Agent& a) {
        return a.status == AgentStatus::Active && a.hiredAt < world.startMs && !a.reserved;
    };
    auto teamKind = [&](const W::Agent& a) { return world.teams[std::size_t(a.team)].kind; };
    auto plant = [&](Kind kind, int wanted, auto&& eligible, auto&& setUp) {
        for (int agentIndex : order) {
            if (wanted <= 0)
                break;
            W::Agent& agent = world.agents[std::size_t(agentIndex)];
            if (agent.reserved || !eligible(agent))
                continue;
            agent.reserved = true;
            W::Anomaly anomaly;
            anomaly.kind = kind;
            anomaly.agent = agentIndex;
            setUp(agent, anomaly);
            world.anomalies.push_back(anomaly);
            --wanted;
        }
    };
    const bool small = world.events < 20'000;

    // Off-hours: 03:00 site time is far outside every shift but the night shift.
    plant(
        Kind::OffHours, counts.offHours, [&](const W::Agent& a) { return tenured(a) && a.shift != W::Night; },
        [&](W::Agent&, W::Anomaly& x) { x.size = int(random.range(3, 8)); });
    // Bulk access: a front-line agent opens far more distinct records within one hour than the threshold.
    plant(
        Kind::BulkAccess, counts.bulkAccess,
        [&](const W::Agent& a) {
            const W::TeamKind k = teamKind(a);
            return tenured(a) && k != W::TeamKind::Payments && k != W::TeamKind::Fraud && k != W::TeamKind::BackOffice;
        },
        [&](W::Agent&, W::Anomaly& x) {
            x.size = small ? int(std::max<qint64>(world.bulkThreshold + 10, random.range(110, 130)))
                           : int(std::max<qint64>(world.bulkThreshold + 20, random.range(150, 300)));
        });
    plant(
        Kind::FailedLoginBurst, counts.failedLoginBurst,
        [&](const W::Agent& a) { return tenured(a) && a.shift != W::Night; },
        [&](W::Agent&, W::Anomaly& x) { x.size = std::max(8, world.failedLoginCount + 3); });
    // Payment-card data without valid PCI DSS training: lapsed (expired), failed the re-test, or a joiner who
    // never took it. The first two are tenured payments agents; the joiner is moved into a payments team.
    const int pci = counts.paymentWithoutTraining;
    for (int n = 0; n < pci; ++n) {
        const int type = n % 3;
        const std::size_t before = world.anomalies.size();
        if (type == 2) {
            plant(
                Kind::PaymentWithoutTraining, 1,
                [&](const W::Agent& a) {
                    return a.status == AgentStatus::Active && a.hiredAt >= world.startMs && a.hiredAt <= world.at(0.4)
                        && a.shift != W::Night;
                },
                [&](W::Agent& a, W::Anomaly& x) {
                    for (std::size_t t = 0; t < world.teams.size(); ++t) {
                        if (world.teams[t].site == a.site && world.teams[t].kind == W::TeamKind::Payments) {
                            a.team = int(t);
                            a.managerId = world.teams[t].supervisorId;
                        }
                    }
                    x.reason = QStringLiteral("never_trained");
                    x.size = int(random.range(3, 6));
                });
        }
        if (world.anomalies.size() == before) { // a lapsed agent when no joiner fits
            plant(
                Kind::PaymentWithoutTraining, 1,
                [&](const W::Agent& a) {
                    return tenured(a) && teamKind(a) == W::TeamKind::Payments && a.shift != W::Night;
                },
                [&](W::Agent& a, W::Anomaly& x) {
                    x.reason = type == 1 ? QStringLiteral("failed") : QStringLiteral("expired");
                    x.invalidFrom = random.range(world.at(0.25), world.at(0.6));
                    a.pciInvalidFrom = x.invalidFrom;
                    x.size = int(random.range(3, 6));
                });
        }
    }
    // Access after leaving: a leaver with some history in the log before the last day (a week, or a fifth of
    // a short log).
    const qint64 history = std::min(week, world.spanMs() / 5);
    plant(
        Kind::InactiveAgentAccess, counts.inactiveAgentAccess,
        [&](const W::Agent& a) {
            return a.status == AgentStatus::Departed && a.departedAt && *a.departedAt > world.startMs
                && *a.departedAt - a.activeFrom >= history;
        },
        [&](W::Agent&, W::Anomaly& x) { x.size = int(random.range(3, 8)); });
    // New workstation: the first access ever from a workstation of another site, after weeks at home.
    plant(
        Kind::NewWorkstation, counts.newWorkstation,
        [&](const W::Agent& a) { return tenured(a) && a.shift != W::Night; },
        [&](W::Agent& a, W::Anomaly& x) {
            std::vector<qint64> foreign;
            for (std::size_t w = 0; w < world.workstations.size(); ++w) {
                if (world.workstations[w].site != a.site)
                    foreign.push_back(qint64(w + 1));
            }
            x.foreignWorkstation = foreign[random.below(foreign.size())];
            x.size = int(random.range(4, 10));
        });
    // Access beyond role: a front-line agent whose roles grant personal data only (customer service, chat,
    // retention and billing teams hold the agent_basic role and at most team_lead, DemoAccessControl) listens
    // to call recordings and reads chat transcripts — communications data no role of theirs grants. Not card
    // data: that would also be card data without PCI DSS training, and each anomaly stands alone.
    plant(
        Kind::AccessBeyondRole, counts.accessBeyondRole,
        [&](const W::Agent& a) {
            const W::TeamKind k = teamKind(a);
            return tenured(a) && a.shift != W::Night
                && (k == W::TeamKind::CareVoice || k == W::TeamKind::Chat || k == W::TeamKind::Retention
                    || k == W::TeamKind::Billing);
        },
        [&](W::Agent&, W::Anomaly& x) {
            x.size = int(random.range(3, 7));
            x.dataClass = DataClass::Communications;
            x.planted = true;
        });
    // Remember which anomaly each payments agent carries, for the access log's bookkeeping.
    for (std::size_t i = 0; i < world.anomalies.size(); ++i) {
        if (world.anomalies[i].kind == Kind::PaymentWithoutTraining)
            world.agents[std::size_t(world.anomalies[i].agent)].pciAnomaly = int(i);
    }
}

} // namespace custodian
