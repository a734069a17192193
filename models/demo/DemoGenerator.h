#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace custodian {

class Store;

// Fills a store with a deterministic, realistic contact center (see docs/demo-data.md): sites, teams,
// shifts, supervisors, agents who join and leave, roles with SoD conflicts, assignments (some expiring),
// training campaigns with completions, failures and overdue agents, incidents in every NIST phase, and
// exactly `events` access events with daily and weekly rhythm and planted anomalies. Same seed and same
// end time → the same data.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        qint64 events = 100'000;
        quint64 seed = 1;
        QDateTime end; // last moment of generated activity (UTC); default: start of today, UTC
        int days = 90; // span of the access log
        // Incident tickets: 0 as many as the log's size suggests (DemoIncidents::countFor: 10 to 200), else exactly
        // that many (10 to 100 000; the largest demo: 100 000 over --days 1095).
        qint64 incidents = 0;
        // Timeline entries per ticket: 0 only the milestones (about 4 to 8), else about that many with investigation
        // notes (4 to 50; the largest demo: 20, 2 000 000 entries in all).
        int incidentTimeline = 0;
        // Evidence of this many bytes (random, like a recording) added through EvidenceRegister to the first
        // insider-misuse incident; 0: none (the largest demo: 50 MB, asked for as it makes the store that much larger).
        qint64 evidenceBytes = 0;
        // Whether the store is the central service's, the one place full card numbers exist: there card records keep
        // their number sealed. A console's store (`custodian-cli seed`) gets card records as a console holds them
        // after a sync: masked, with a token no key on the console can reproduce, and no number.
        bool cardNumbersSealed = false;
        std::function<void(qint64 done, qint64 total)> progress; // called from the calling thread
    };

    struct Summary
    {
        qint64 sites = 0;
        qint64 teams = 0;
        qint64 agents = 0;
        qint64 records = 0;
        qint64 events = 0;
        qint64 roles = 0;
        qint64 assignments = 0;
        qint64 trainingRecords = 0;
        qint64 incidents = 0;
        qint64 supervisors = 0;
        qint64 workstations = 0;
        qint64 anomalies = 0; // planted anomaly episodes (see store_meta 'demo_anomalies')
        qint64 securityOfficerId = 0; // the supervisor who approves sensitive roles and owns incidents
        qint64 elapsedMs = 0;
    };

    // Refuses a store that already holds agents or events: seeding is for new stores. Limits: 1 000 to
    // 10 000 000 events, 7 to 3 650 days.
    // Whether the options are in range (generate() checks this first), naming the one that is not.
    [[nodiscard]] static Status check(const Options& options);
    [[nodiscard]] static Result<Summary> generate(Store& store, const Options& options);
};

} // namespace custodian
