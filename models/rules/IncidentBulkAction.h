#pragma once

#include "domain/Result.h"
#include "rules/IncidentWorkflow.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace custodian {

class Database;

// Bulk assign and bulk close of incidents with one shared reason (issue 17, point 8; TheHive #1532;
// docs/incidents.md, "Bulk actions"). It adds no rule and no SQL of its own: it runs IncidentWorkflow's assign() or
// close() on each incident in turn, each in ITS OWN transaction, so every incident changed gets its own timeline
// entry, console-audit entry and `incident.change` outbox line — the same as if the supervisor had changed it alone —
// and the shared reason is recorded in all three. One transaction for all would let one refusal (a mandatory task
// open, closed meanwhile) undo every other incident's change, would hold the store's write lock for the whole batch,
// and would give the central service nothing different to decide: it decides each incident's step on its own anyway.
// So one incident's refusal is reported and the others go on; the result lists each incident's outcome.
class IncidentBulkAction
{
    Q_DECLARE_TR_FUNCTIONS(IncidentBulkAction)

public:
    enum class Kind {
        Assign,
        Close,
    };

    struct Request
    {
        Kind kind = Kind::Assign;
        std::vector<qint64> incidentIds; // in the order they are changed; an id named twice is changed once
        QString reason; // required, shared by every incident; IncidentWorkflow's reason length
        qint64 ownerId = 0; // Assign: the new owner
        IncidentWorkflow::Closing closing; // Close: outcome, summary (and the duplicated incident for a duplicate)
    };

    // What happened to one incident.
    struct Outcome
    {
        qint64 incidentId = 0;
        QString reference; // the incident's id in words when the store does not hold it
        bool done = false;
        QString message; // a refusal as IncidentWorkflow words it; empty when done
    };

    struct Report
    {
        std::vector<Outcome> outcomes; // one per incident reached, in order
        int notReached = 0; // incidents left unchanged because the run was cancelled
        [[nodiscard]] int done() const;
        [[nodiscard]] int refused() const;
        [[nodiscard]] bool cancelled() const { return notReached > 0; }
    };

    // After each incident, on the thread that runs run(): how many are finished, of how many, and the last one's
    // outcome.
    using Progress = std::function<void(int finished, int total, const Outcome& last)>;

    // What must hold before anything changes: incidents named, a reason (trimmed, not empty, not too long), an owner
    // to assign or an outcome and summary to close with. run() checks it first; a dialog checks it on OK.
    [[nodiscard]] static Status check(const Request& request);

    // Changes each incident in its own transaction and reports each outcome. An Error only when check() refuses (then
    // nothing was changed). `cancel`, when raised, stops the run between two incidents: the incident being changed is
    // finished (committed or refused), the rest are counted as not reached. `atMs` < 0: each step's own now.
    [[nodiscard]] static Result<Report> run(Database& database, const Request& request,
                                            const IncidentWorkflow::Actor& actor,
                                            const std::atomic_bool* cancel = nullptr, const Progress& progress = {},
                                            qint64 atMs = -1);
};

} // namespace custodian
