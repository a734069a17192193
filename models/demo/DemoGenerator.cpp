#include "demo/DemoGenerator.h"

#include "demo/DemoAccessControl.h"
#include "demo/DemoActivity.h"
#include "demo/DemoAnomalyPlan.h"
#include "demo/DemoIncidents.h"
#include "demo/DemoOrganisation.h"
#include "demo/DemoRandom.h"
#include "demo/DemoRecords.h"
#include "demo/DemoSql.h"
#include "demo/DemoTraining.h"
#include "demo/DemoWorld.h"
#include "domain/Clock.h"
#include "store/EvidenceRegister.h"
#include "store/EvidenceSettings.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include <cstring>

namespace custodian {

namespace {
using W = DemoWorld;
constexpr qint64 MinEvents = 1'000;
constexpr qint64 MaxEvents = 10'000'000;

// Seeding is for new stores: any of these holding rows means someone's data is there.
Status requireEmpty(Database& database)
{
    QStringList found;
    for (const char* table : { "agent", "access_event", "site", "team", "customer_record", "role", "role_assignment",
                               "training_record", "incident" }) {
        auto any = database.queryInt(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(QLatin1String(table)));
        DEMO_TRY(any);
        if (*any)
            found << QLatin1String(table);
    }
    if (found.isEmpty())
        return {};
    auto agents = database.queryInt(QStringLiteral("SELECT count(*) FROM agent"));
    DEMO_TRY(agents);
    auto events = database.queryInt(QStringLiteral("SELECT max(id) FROM access_event"));
    DEMO_TRY(events);
    return Error(Error::Code::AlreadyExists,
                 DemoGenerator::tr(
                     "The store already holds data (%1 agents, access events up to id %2; non-empty tables: %3). Demo "
                     "data can only be seeded into a new store: create one with 'custodian-cli init'.")
                     .arg(*agents)
                     .arg(*events)
                     .arg(found.join(QStringLiteral(", "))));
}

// Sizes the anomalies against the thresholds the detections will use. Defaults only where none is set.
Status detectionSettings(Database& database, W& world)
{
    auto insert = DemoSql::prepare(database, "INSERT OR IGNORE INTO detection_setting (key, value) VALUES (?, ?)");
    DEMO_TRY(insert);
    const std::pair<const char*, int> defaults[] = {
        { "bulk_access_threshold_per_hour", 100 },
        { "failed_login_burst_count", 5 },
        { "failed_login_burst_minutes", 10 },
        { "off_hours_grace_minutes", 30 },
        { "new_workstation_baseline_days", 14 },
        // The organisation's training reminders escalate to the team lead at 14 days overdue, to the manager at 30.
        { "training_escalate_lead_days", 14 },
        { "training_escalate_manager_days", 30 },
    };
    for (const auto& [key, value] : defaults)
        DEMO_TRY(DemoSql::run(*insert, QString::fromLatin1(key), QString::number(value)));
    auto read = [&](const char* key, int& target) -> Status {
        auto value = database.queryText(
            QStringLiteral("SELECT value FROM detection_setting WHERE key = '%1'").arg(QLatin1String(key)));
        DEMO_TRY(value);
        bool ok = false;
        const int parsed = value->toInt(&ok);
        if (ok && parsed > 0)
            target = parsed;
        return {};
    };
    DEMO_TRY(read("bulk_access_threshold_per_hour", world.bulkThreshold));
    DEMO_TRY(read("failed_login_burst_count", world.failedLoginCount));
    DEMO_TRY(read("failed_login_burst_minutes", world.failedLoginMinutes));
    DEMO_TRY(read("off_hours_grace_minutes", world.offHoursGraceMinutes));
    return {};
}

QJsonObject anomaliesJson(const W& world)
{
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("events"), world.events);
    root.insert(QStringLiteral("thresholds"),
                QJsonObject { { QStringLiteral("bulk_access_threshold_per_hour"), world.bulkThreshold },
                              { QStringLiteral("failed_login_burst_count"), world.failedLoginCount },
                              { QStringLiteral("failed_login_burst_minutes"), world.failedLoginMinutes },
                              { QStringLiteral("off_hours_grace_minutes"), world.offHoursGraceMinutes } });
    for (auto kind : { W::AnomalyKind::OffHours, W::AnomalyKind::BulkAccess, W::AnomalyKind::FailedLoginBurst,
                       W::AnomalyKind::PaymentWithoutTraining, W::AnomalyKind::InactiveAgentAccess,
                       W::AnomalyKind::NewWorkstation, W::AnomalyKind::AccessBeyondRole }) {
        QJsonArray episodes;
        QJsonArray agents;
        qint64 events = 0;
        qint64 recordEvents = 0;
        for (const W::Anomaly& x : world.anomalies) {
            if (x.kind != kind)
                continue;
            const W::Agent& agent = world.agents[std::size_t(x.agent)];
            QJsonObject e {
                { QStringLiteral("agent_id"), x.agent + 1 },
                { QStringLiteral("events"), x.events },
                { QStringLiteral("record_events"), x.recordEvents },
                { QStringLiteral("first_event_id"), x.firstEventId },
                { QStringLiteral("last_event_id"), x.lastEventId },
                { QStringLiteral("first_at"), x.firstAt },
                { QStringLiteral("last_at"), x.lastAt },
            };
            if (x.plantedEvents > 0 || kind == W::AnomalyKind::AccessBeyondRole)
                e.insert(QStringLiteral("session_id"), x.sessionId);
            switch (kind) {
            case W::AnomalyKind::OffHours: {
                const DemoClock& clock = world.sites[std::size_t(agent.site)].clock;
                const int minute = clock.localMinuteOfDay(x.firstAt);
                e.insert(QStringLiteral("site_local_start"),
                         QStringLiteral("%1:%2")
                             .arg(minute / 60, 2, 10, QLatin1Char('0'))
                             .arg(minute % 60, 2, 10, QLatin1Char('0')));
                e.insert(QStringLiteral("shift_id"), agent.shift + 1);
                break;
            }
            case W::AnomalyKind::BulkAccess:
                e.insert(QStringLiteral("distinct_records"), x.size);
                e.insert(QStringLiteral("hour_start"), x.sessionStart);
                break;
            case W::AnomalyKind::FailedLoginBurst:
                e.insert(QStringLiteral("failed_logins"), x.events);
                e.insert(QStringLiteral("window_ms"), x.lastAt - x.firstAt);
                break;
            case W::AnomalyKind::PaymentWithoutTraining:
                e.insert(QStringLiteral("reason"), x.reason);
                e.insert(QStringLiteral("invalid_from"), x.invalidFrom);
                e.insert(QStringLiteral("planted_events"), std::max(0, x.plantedEvents - 2));
                break;
            case W::AnomalyKind::InactiveAgentAccess:
                e.insert(QStringLiteral("departed_at"), agent.departedAt.value_or(0));
                break;
            case W::AnomalyKind::AccessBeyondRole:
                e.insert(QStringLiteral("data_class"), int(x.dataClass));
                // Planted for this detection, or found in another planted anomaly's session (a leaver's access
                // after their roles were revoked is beyond role as well).
                e.insert(QStringLiteral("planted"), x.planted);
                break;
            case W::AnomalyKind::NewWorkstation:
                e.insert(QStringLiteral("workstation_id"), x.foreignWorkstation);
                e.insert(QStringLiteral("workstation_site_id"),
                         world.workstations[std::size_t(x.foreignWorkstation - 1)].site + 1);
                e.insert(QStringLiteral("agent_site_id"), agent.site + 1);
                break;
            }
            episodes.append(e);
            if (!agents.contains(x.agent + 1))
                agents.append(x.agent + 1);
            events += x.events;
            recordEvents += x.recordEvents;
        }
        root.insert(QString::fromLatin1(DemoAnomalyPlan::kindName(kind)),
                    QJsonObject { { QStringLiteral("count"), episodes.size() },
                                  { QStringLiteral("agent_ids"), agents },
                                  { QStringLiteral("events"), events },
                                  { QStringLiteral("record_events"), recordEvents },
                                  { QStringLiteral("episodes"), episodes } });
    }
    QJsonArray conflicts;
    for (const W::SodConflict& c : world.sodConflicts) {
        conflicts.append(
            QJsonObject { { QStringLiteral("agent_id"), c.agent + 1 },
                          { QStringLiteral("sod_rule_id"), c.rule + 1 },
                          { QStringLiteral("assignment_ids"), QJsonArray { c.assignmentA, c.assignmentB } } });
    }
    root.insert(
        QStringLiteral("sod_conflict"),
        QJsonObject { { QStringLiteral("count"), conflicts.size() }, { QStringLiteral("conflicts"), conflicts } });
    return root;
}

// The search index over what the product searches (same statements as schema 0002's backfill).
Status fillSearchIndex(Database& database)
{
    return database.execScript(
        "INSERT INTO search_text (body, kind, ref_id) "
        "  SELECT a.display_name || ' ' || a.employee_no || ' ' || t.name || ' ' || s.name, 'agent', a.id "
        "  FROM agent a JOIN team t ON t.id = a.team_id JOIN site s ON s.id = t.site_id;"
        "INSERT INTO search_text (body, kind, ref_id) SELECT hostname, 'workstation', id FROM workstation;"
        "INSERT INTO search_text (body, kind, ref_id) SELECT masked || ' ' || kind, 'record', id FROM customer_record;"
        "INSERT INTO search_text (body, kind, ref_id) "
        "  SELECT reference || ' ' || title || ' ' || description || ' ' || category, 'incident', id FROM incident;"
        "INSERT INTO search_text (body, kind, ref_id) SELECT code || ' ' || name || ' ' || description, 'role', id "
        "FROM role;");
}

// Restores a connection setting when seeding ends, however it ends.
class PragmaGuard
{
public:
    PragmaGuard(Database& database, QString restore)
        : m_database(database)
        , m_restore(std::move(restore))
    {
    }
    ~PragmaGuard() { (void)m_database.exec(m_restore); }
    PragmaGuard(const PragmaGuard&) = delete;
    PragmaGuard& operator=(const PragmaGuard&) = delete;

private:
    Database& m_database;
    QString m_restore;
};
} // namespace

Status DemoGenerator::check(const Options& options)
{
    if (options.events < MinEvents || options.events > MaxEvents)
        return Error(Error::Code::InvalidArgument,
                     tr("The number of access events must be from %1 to %2 (got %3).")
                         .arg(MinEvents)
                         .arg(MaxEvents)
                         .arg(options.events));
    if (options.days < 7 || options.days > 3650)
        return Error(Error::Code::InvalidArgument, tr("The log must span 7 to 3650 days (got %1).").arg(options.days));
    if (options.incidents != 0 && (options.incidents < 10 || options.incidents > 100'000))
        return Error(Error::Code::InvalidArgument,
                     tr("The number of incidents must be from 10 to 100000 (got %1).").arg(options.incidents));
    if (options.evidenceBytes < 0 || options.evidenceBytes > EvidenceSettings::DefaultMaxBytes)
        return Error(Error::Code::InvalidArgument,
                     tr("The demo's evidence must be at most %1 bytes (got %2).")
                         .arg(EvidenceSettings::DefaultMaxBytes)
                         .arg(options.evidenceBytes));
    if (options.incidentTimeline != 0 && (options.incidentTimeline < 4 || options.incidentTimeline > 50))
        return Error(Error::Code::InvalidArgument,
                     tr("An incident's timeline must hold 4 to 50 entries (got %1).").arg(options.incidentTimeline));
    if (options.end.isValid() && (options.end.date().year() < 2000 || options.end.date().year() > 2200))
        return Error(Error::Code::InvalidArgument, tr("The end of the demo log must lie between 2000 and 2200."));
    return {};
}

Result<DemoGenerator::Summary> DemoGenerator::generate(Store& store, const Options& options)
{
    QElapsedTimer timer;
    timer.start();
    if (!store.isOpen())
        return Error(Error::Code::InvalidArgument, tr("The store is locked."));
    if (auto valid = check(options); !valid)
        return valid.error();
    Database& database = store.database();
    DEMO_TRY(requireEmpty(database));

    W world;
    world.seed = options.seed;
    world.events = options.events;
    world.days = options.days;
    world.endMs
        = options.end.isValid() ? options.end.toMSecsSinceEpoch() : DemoClock::utcMidnight(Clock::nowUtc().date());
    world.startMs = world.endMs - qint64(options.days) * DemoClock::DayMs;

    // About 4 000 events per agent over 90 days (≈ 45 a day): agents follow the density of the log, so that no
    // agent's ordinary hour comes near the bulk-access threshold, whatever the span.
    const qint64 agentCount = std::clamp<qint64>(
        (options.events * 90 + 4000 * qint64(options.days) / 2) / (4000 * qint64(options.days)), 40, 2500);
    const qint64 recordCount = std::clamp<qint64>(options.events / 8, 2000, 1'500'000);
    const qint64 incidentCount = options.incidents ? options.incidents : DemoIncidents::countFor(options.events);
    const qint64 totalWork = recordCount + options.events;
    auto progress = [&](qint64 done) {
        if (options.progress)
            options.progress(done, totalWork);
    };
    progress(0);

    {
        auto transaction = Transaction::begin(database);
        DEMO_TRY(transaction);
        DEMO_TRY(detectionSettings(database, world));
        DEMO_TRY(transaction->commit());
    }

    // Everything but records, events and incidents is drawn in memory first; each part has its own stream.
    const DemoAnomalyPlan::Counts counts = DemoAnomalyPlan::countsFor(options.events);
    DemoRandom organisationRandom(options.seed, "organisation");
    DemoOrganisation::build(world, { agentCount, counts.inactiveAgentAccess + 1 }, organisationRandom);
    DemoRandom planRandom(options.seed, "anomalies");
    DemoAnomalyPlan::choose(world, counts, planRandom);
    DemoTraining::defineModules(world);
    DemoRandom accessRandom(options.seed, "access-control");
    DemoAccessControl::build(world, accessRandom);
    for (W::Anomaly& x : world.anomalies) {
        if (x.kind == W::AnomalyKind::PaymentWithoutTraining && x.reason == QLatin1String("never_trained")) {
            W::Agent& agent = world.agents[std::size_t(x.agent)];
            x.invalidFrom = agent.payFrom;
            agent.pciInvalidFrom = agent.payFrom;
        }
    }
    DemoRandom trainingRandom(options.seed, "training");
    DemoTraining::build(world, trainingRandom);
    {
        auto transaction = Transaction::begin(database);
        DEMO_TRY(transaction);
        DEMO_TRY(DemoOrganisation::write(database, world));
        DEMO_TRY(DemoTraining::writeModules(database, world));
        DEMO_TRY(DemoAccessControl::write(database, world));
        DEMO_TRY(DemoTraining::write(database, world));
        DEMO_TRY(transaction->commit());
    }

    // A larger page cache while the access log's indexes grow (restored afterwards), and no foreign-key
    // look-ups per event: every id the generator writes exists by construction (the unit test checks).
    auto cacheSize = database.queryInt(QStringLiteral("PRAGMA cache_size"));
    DEMO_TRY(cacheSize);
    const qint64 seedCacheKiB = std::clamp<qint64>(options.events * 64 / 1024, 64 * 1024, 1024 * 1024);
    DEMO_TRY(database.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(seedCacheKiB)));
    PragmaGuard restoreCache(database, QStringLiteral("PRAGMA cache_size = %1").arg(*cacheSize));

    DemoRandom recordRandom(options.seed, "records");
    auto records = DemoRecords::write(store, world, recordCount, recordRandom, options.cardNumbersSealed, progress);
    DEMO_TRY(records);

    qint64 events = 0;
    {
        auto foreignKeys = database.queryInt(QStringLiteral("PRAGMA foreign_keys"));
        DEMO_TRY(foreignKeys);
        DEMO_TRY(database.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        PragmaGuard restoreForeignKeys(database, QStringLiteral("PRAGMA foreign_keys = %1").arg(*foreignKeys));
        DemoRandom activityRandom(options.seed, "activity");
        auto written
            = DemoActivity::write(database, world, activityRandom, [&](qint64 done) { progress(recordCount + done); });
        DEMO_TRY(written);
        events = *written;
    }

    qint64 incidents = 0;
    {
        auto transaction = Transaction::begin(database);
        DEMO_TRY(transaction);
        DemoRandom incidentRandom(options.seed, "incidents");
        auto written = DemoIncidents::write(database, world, incidentCount, options.incidentTimeline, incidentRandom);
        DEMO_TRY(written);
        incidents = *written;
        DEMO_TRY(fillSearchIndex(database));
        auto meta = DemoSql::prepare(database, "INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)");
        DEMO_TRY(meta);
        const QString anomalies = QString::fromUtf8(QJsonDocument(anomaliesJson(world)).toJson(QJsonDocument::Compact));
        for (const auto& [key, value] : { std::pair { QStringLiteral("demo_seed"), QString::number(options.seed) },
                                          std::pair { QStringLiteral("demo_end"), DemoClock::isoUtc(world.endMs) },
                                          std::pair { QStringLiteral("demo_start"), DemoClock::isoUtc(world.startMs) },
                                          std::pair { QStringLiteral("demo_days"), QString::number(options.days) },
                                          std::pair { QStringLiteral("demo_events"), QString::number(events) },
                                          std::pair { QStringLiteral("demo_anomalies"), anomalies } })
            DEMO_TRY(DemoSql::run(*meta, key, value));
        DEMO_TRY(transaction->commit());
    }
    if (options.evidenceBytes > 0) {
        // Streamed like a file from disk would be (chunks, SHA-256, custody and audit in the register's own
        // transaction); random bytes from the seed, so that the same seed gives the same hash.
        auto incident = database.queryInt(
            QStringLiteral("SELECT id FROM incident WHERE category = 'insider_misuse' ORDER BY id LIMIT 1"));
        DEMO_TRY(incident);
        QByteArray bytes(options.evidenceBytes, Qt::Uninitialized);
        QRandomGenerator generator(quint32(options.seed ^ (options.seed >> 32)));
        for (qint64 i = 0; i + 4 <= bytes.size(); i += 4) {
            const quint32 word = generator.generate();
            std::memcpy(bytes.data() + i, &word, 4);
        }
        QBuffer source(&bytes);
        source.open(QIODevice::ReadOnly);
        auto added = EvidenceRegister::add(database,
                                           { *incident, QStringLiteral("call-recording-excerpt.wav"),
                                             QStringLiteral("audio/wav"),
                                             QStringLiteral("Excerpt of the recorded call (demo data).") },
                                           source, QStringLiteral("system"));
        DEMO_TRY(added);
    }
    DEMO_TRY(store.audit(
        QStringLiteral("system"), QStringLiteral("demo.seeded"), QString(),
        QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("seed"), QString::number(options.seed) },
                                                      { QStringLiteral("events"), events },
                                                      { QStringLiteral("end"), DemoClock::isoUtc(world.endMs) } })
                              .toJson(QJsonDocument::Compact))));

    Summary summary;
    summary.sites = qint64(world.sites.size());
    summary.teams = qint64(world.teams.size());
    summary.agents = qint64(world.agents.size());
    summary.records = *records;
    summary.events = events;
    summary.roles = qint64(world.roles.size());
    summary.assignments = qint64(world.assignments.size());
    summary.trainingRecords = qint64(world.trainingRecords.size());
    summary.incidents = incidents;
    summary.securityOfficerId = world.securityOfficerId;
    summary.supervisors = qint64(world.supervisors.size());
    summary.workstations = qint64(world.workstations.size());
    summary.anomalies = qint64(world.anomalies.size() + world.sodConflicts.size());
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace custodian
