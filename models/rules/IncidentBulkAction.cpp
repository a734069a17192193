#include "rules/IncidentBulkAction.h"

#include "store/Database.h"
#include "store/IncidentRepository.h"

#include <algorithm>
#include <unordered_set>

namespace custodian {

int IncidentBulkAction::Report::done() const
{
    return int(std::count_if(outcomes.begin(), outcomes.end(), [](const Outcome& o) { return o.done; }));
}

int IncidentBulkAction::Report::refused() const
{
    return int(outcomes.size()) - done();
}

Status IncidentBulkAction::check(const Request& request)
{
    if (request.incidentIds.empty())
        return Error(Error::Code::InvalidArgument, tr("Select the incidents to change."));
    const QString reason = request.reason.trimmed();
    if (reason.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     tr("A change of several incidents needs a reason: it is recorded on each of them."));
    if (auto fits = IncidentWorkflow::reasonFits(reason); !fits)
        return fits;
    switch (request.kind) {
    case Kind::Assign:
        if (request.ownerId <= 0)
            return Error(Error::Code::InvalidArgument, tr("Choose the supervisor who owns the incidents."));
        break;
    case Kind::Close:
        // The workflow refuses these too, but once per incident: said once here, before anything changes.
        if (!request.closing.outcome)
            return Error(Error::Code::InvalidArgument, tr("Choose the outcome."));
        if (request.closing.summary.trimmed().isEmpty())
            return Error(Error::Code::InvalidArgument,
                         tr("Closing needs a summary: what happened, what was done, what is left to learn."));
        break;
    }
    return {};
}

Result<IncidentBulkAction::Report> IncidentBulkAction::run(Database& database, const Request& request,
                                                           const IncidentWorkflow::Actor& actor,
                                                           const std::atomic_bool* cancel, const Progress& progress,
                                                           qint64 atMs)
{
    if (auto checked = check(request); !checked)
        return checked.error();
    std::vector<qint64> ids;
    std::unordered_set<qint64> seen;
    for (qint64 id : request.incidentIds)
        if (seen.insert(id).second)
            ids.push_back(id);

    Report report;
    const int total = int(ids.size());
    for (int i = 0; i < total; ++i) {
        // Between two incidents only: each one's change is whole or absent, never cut half-way.
        if (cancel && cancel->load()) {
            report.notReached = total - i;
            break;
        }
        const qint64 id = ids[std::size_t(i)];
        Outcome outcome;
        outcome.incidentId = id;
        // The reference for the report; the step reads the incident again inside its own transaction.
        auto found = IncidentRepository(database).find(id);
        outcome.reference = found && *found ? (*found)->reference : tr("incident %1").arg(id);
        // Each its own transaction (the workflow's step): a refusal here changes nothing and stops nothing else.
        const Status status = request.kind == Kind::Assign
            ? IncidentWorkflow::assign(database, id, request.ownerId, request.reason, actor, atMs)
            : IncidentWorkflow::close(database, id, request.closing, request.reason, actor, atMs);
        outcome.done = status.ok();
        if (!status)
            outcome.message = status.error().message();
        report.outcomes.push_back(outcome);
        if (progress)
            progress(i + 1, total, report.outcomes.back());
    }
    return report;
}

} // namespace custodian
