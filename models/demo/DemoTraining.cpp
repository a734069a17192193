#include "demo/DemoTraining.h"

#include "demo/DemoRandom.h"
#include "demo/DemoSql.h"

#include <algorithm>

namespace custodian {

namespace {
using W = DemoWorld;
constexpr qint64 Day = DemoClock::DayMs;
constexpr qint64 Hour = DemoClock::HourMs;
constexpr qint64 Cycle = 330 * Day; // campaigns recur before the 365-day validity runs out

QString monthYear(qint64 ms)
{
    static const char* const months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const QDate date = DemoClock::utcDate(ms);
    return QString::fromLatin1(months[date.month() - 1]) + QLatin1Char(' ') + QString::number(date.year());
}
} // namespace

void DemoTraining::defineModules(DemoWorld& world)
{
    world.modules = {
        { QStringLiteral("pci_dss_awareness"), QStringLiteral("PCI DSS security awareness for card handling"),
          QStringLiteral("PCI DSS"), QStringLiteral("PCI DSS 12.6.1"), 365, 80 },
        { QStringLiteral("gdpr_essentials"), QStringLiteral("GDPR essentials for contact centres"),
          QStringLiteral("GDPR"), QStringLiteral("GDPR Art. 39(1)(b)"), 365, 75 },
        { QStringLiteral("phishing_awareness"), QStringLiteral("Recognising and reporting phishing"),
          QStringLiteral("phishing"), QStringLiteral("PCI DSS 12.6.3.1"), 365, 70 },
        { QStringLiteral("social_engineering"), QStringLiteral("Social engineering and vishing on the phone"),
          QStringLiteral("social engineering"), QStringLiteral("ISO/IEC 27001 A.6.3"), 365, 75 },
    };
}

void DemoTraining::build(DemoWorld& world, DemoRandom& random)
{
    // Campaigns: each module recurs every 330 days; the current one started a few weeks before the end of
    // the log (so it has completions, failures and overdue agents), and a phishing refresher is still open.
    const qint64 anchors[W::ModuleCount] = { -45 * Day, -60 * Day, -30 * Day, -75 * Day };
    const qint64 historyStart = world.startMs - 700 * Day;
    struct CampaignRef
    {
        qint64 id;
        int module;
        qint64 startsAt;
        qint64 dueAt;
        bool current;
    };
    std::vector<CampaignRef> campaigns;
    for (int m = 0; m < W::ModuleCount; ++m) {
        std::vector<CampaignRef> mine;
        for (qint64 starts = world.endMs + anchors[m]; starts >= historyStart; starts -= Cycle)
            mine.push_back(
                { 0, m, starts / Day * Day + 7 * Hour, starts / Day * Day + 7 * Hour + 30 * Day, mine.empty() });
        std::reverse(mine.begin(), mine.end());
        if (m == W::Phishing)
            mine.push_back({ 0, m, world.endMs - 10 * Day + 7 * Hour, world.endMs + 20 * Day + 7 * Hour, false });
        for (CampaignRef& c : mine) {
            static const char* const names[W::ModuleCount]
                = { "PCI DSS awareness", "GDPR essentials", "Phishing awareness", "Social engineering and vishing" };
            QString name = QString::fromLatin1(names[m]) + QStringLiteral(", ") + monthYear(c.startsAt);
            world.campaigns.push_back({ m, name, c.startsAt, c.dueAt });
            c.id = qint64(world.campaigns.size());
            campaigns.push_back(c);
        }
    }

    for (int i = 0; i < int(world.agents.size()); ++i) {
        const W::Agent& agent = world.agents[std::size_t(i)];
        bool needs[W::ModuleCount] = { false, false, true, true }; // phishing and social engineering: everyone
        for (int r = 0; r < W::RoleCount; ++r) {
            if (world.holds(agent, W::RoleIndex(r))) {
                for (int m : world.roles[std::size_t(r)].modules)
                    needs[m] = true;
            }
        }
        const qint64 leftAt = agent.statusChangedAt.value_or(world.endMs + 365 * Day);
        for (int m = 0; m < W::ModuleCount; ++m) {
            if (!needs[m])
                continue;
            const W::Module& module = world.modules[std::size_t(m)];
            const qint64 validity = qint64(module.validityDays) * Day;
            auto passScore = [&] { return qint64(random.range(module.passScore, 100)); };
            auto failScore = [&] { return qint64(random.range(module.passScore - 30, module.passScore - 1)); };
            auto completed = [&](std::optional<qint64> campaign, qint64 assigned, qint64 due, qint64 at) {
                world.trainingRecords.push_back({ i, m, campaign, assigned, due, at, passScore(), 1, at + validity });
            };
            auto failed = [&](std::optional<qint64> campaign, qint64 assigned, qint64 due, qint64 at) {
                world.trainingRecords.push_back({ i, m, campaign, assigned, due, at, failScore(), 0, std::nullopt });
            };
            auto open = [&](std::optional<qint64> campaign, qint64 assigned, qint64 due) {
                world.trainingRecords.push_back(
                    { i, m, campaign, assigned, due, std::nullopt, std::nullopt, std::nullopt, std::nullopt });
            };
            const bool pciAnomaly = m == W::PciDss && agent.pciAnomaly >= 0;
            const W::Anomaly* anomaly = pciAnomaly ? &world.anomalies[std::size_t(agent.pciAnomaly)] : nullptr;
            // Card handlers must never lapse (unless planted): the one rule the log's card access depends on.
            const bool critical = m == W::PciDss && (agent.payFrom != 0) && !pciAnomaly;

            if (anomaly && anomaly->reason == QLatin1String("never_trained")) {
                open(std::nullopt, agent.hiredAt, agent.hiredAt + 14 * Day);
                for (const CampaignRef& c : campaigns) {
                    if (c.module == m && c.startsAt > agent.hiredAt && c.startsAt < leftAt && c.startsAt <= world.endMs)
                        open(c.id, c.startsAt, c.dueAt);
                }
                continue;
            }
            if (anomaly) {
                // Lapsed: the last pass expires exactly at invalidFrom; later campaigns were ignored or failed.
                const qint64 lastPass = anomaly->invalidFrom - validity;
                completed(std::nullopt, lastPass - 20 * Day, lastPass + 10 * Day, lastPass);
                const qint64 before = lastPass - Cycle - random.range(0, 10) * Day;
                if (before > agent.hiredAt)
                    completed(std::nullopt, before - 15 * Day, before + 15 * Day, before);
                bool failedOnce = false;
                for (const CampaignRef& c : campaigns) {
                    if (c.module != m || c.startsAt <= lastPass || c.startsAt > world.endMs)
                        continue;
                    if (anomaly->reason == QLatin1String("failed") && !failedOnce && c.dueAt <= world.endMs) {
                        failed(c.id, c.startsAt, c.dueAt, c.startsAt + random.range(2, 20) * Day);
                        failedOnce = true;
                    } else {
                        open(c.id, c.startsAt, c.dueAt);
                    }
                }
                if (anomaly->reason == QLatin1String("failed") && !failedOnce) // no campaign due yet: a make-up test
                    failed(std::nullopt, anomaly->invalidFrom - 25 * Day, anomaly->invalidFrom - 5 * Day,
                           anomaly->invalidFrom - 10 * Day);
                continue;
            }

            // Onboarding for agents hired within the kept history: done before their first shift.
            if (agent.hiredAt >= historyStart) {
                const qint64 at = agent.hiredAt + random.range(2, 20) * Hour;
                if (at < leftAt)
                    completed(std::nullopt, agent.hiredAt, agent.hiredAt + 14 * Day, at);
                else
                    open(std::nullopt, agent.hiredAt, agent.hiredAt + 14 * Day);
            }
            for (const CampaignRef& c : campaigns) {
                if (c.module != m || c.startsAt < agent.hiredAt || c.startsAt >= leftAt || c.startsAt > world.endMs)
                    continue;
                if (c.dueAt > world.endMs) { // still open: some are done already
                    const qint64 daysOpen = std::max<qint64>(1, (world.endMs - c.startsAt) / Day);
                    if (random.chance(0.35))
                        completed(c.id, c.startsAt, c.dueAt,
                                  c.startsAt + random.range(0, daysOpen - 1) * Day + random.range(1, 9) * Hour);
                    else
                        open(c.id, c.startsAt, c.dueAt);
                    continue;
                }
                const double draw = random.uniform();
                if (c.current && !critical && draw < 0.07) { // overdue: assigned, never done
                    open(c.id, c.startsAt, c.dueAt);
                    continue;
                }
                if (c.current && !critical && draw < 0.09) { // failed, no re-take yet
                    failed(c.id, c.startsAt, c.dueAt, c.startsAt + random.range(3, 25) * Day);
                    continue;
                }
                qint64 at = c.startsAt + random.range(1, 27) * Day + random.range(0, 9) * Hour;
                if (random.chance(0.08)) { // failed first, passed the re-take within the campaign
                    failed(c.id, c.startsAt, c.dueAt, at - 2 * Day);
                    at += random.range(1, 3) * Hour;
                }
                if (at >= leftAt)
                    open(c.id, c.startsAt, c.dueAt);
                else
                    completed(c.id, c.startsAt, c.dueAt, at);
            }
        }
    }
}

Status DemoTraining::writeModules(Database& database, const DemoWorld& world)
{
    auto module = DemoSql::prepare(database,
                                   "INSERT INTO training_module (id, code, title, framework, control_ref, "
                                   "validity_days, pass_score) VALUES (?,?,?,?,?,?,?)");
    DEMO_TRY(module);
    for (std::size_t i = 0; i < world.modules.size(); ++i) {
        const W::Module& m = world.modules[i];
        DEMO_TRY(DemoSql::run(*module, qint64(i + 1), m.code, m.title, m.framework, m.controlRef, m.validityDays,
                              m.passScore));
    }
    return {};
}

Status DemoTraining::write(Database& database, const DemoWorld& world)
{
    auto campaign = DemoSql::prepare(database,
                                     "INSERT INTO training_campaign (id, name, module_id, starts_at, due_at) "
                                     "VALUES (?,?,?,?,?)");
    DEMO_TRY(campaign);
    for (std::size_t i = 0; i < world.campaigns.size(); ++i) {
        const W::Campaign& c = world.campaigns[i];
        DEMO_TRY(DemoSql::run(*campaign, qint64(i + 1), c.name, qint64(c.module + 1), c.startsAt, c.dueAt));
    }
    auto record = DemoSql::prepare(database,
                                   "INSERT INTO training_record (id, agent_id, module_id, campaign_id, "
                                   "assigned_at, due_at, completed_at, score, passed, expires_at) "
                                   "VALUES (?,?,?,?,?,?,?,?,?,?)");
    DEMO_TRY(record);
    for (std::size_t i = 0; i < world.trainingRecords.size(); ++i) {
        const W::TrainingRecord& r = world.trainingRecords[i];
        DEMO_TRY(DemoSql::run(*record, qint64(i + 1), qint64(r.agent + 1), qint64(r.module + 1), r.campaignId,
                              r.assignedAt, r.dueAt, r.completedAt, r.score, r.passed, r.expiresAt));
    }
    return {};
}

} // namespace custodian
