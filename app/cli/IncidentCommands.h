#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace custodian {

// custodian-cli's incident commands (issue 17, point 10; docs/incidents.md, "Command line"), with the same rules and
// messages as the Incidents page, because they go through the same IncidentWorkflow, EvidenceRegister, IncidentReport
// and BreachRegisterJob; every change is audited with the "cli:" actor:
//  * `incident list` (the page's filters), `incident show INCIDENT` (fields, tasks, timeline, observables): --json;
//  * `incident open`, `update`, `phase`, `task`, `close`: the workflow's decisions, one transaction each;
//  * `incident assign INCIDENT... --owner --reason`, `close INCIDENT... --reason`: several incidents with one shared
//    reason (IncidentBulkAction), one transaction per incident;
//  * `incident attach INCIDENT FILE`: the evidence register's add;
//  * `incident report INCIDENT --format pdf|md --output FILE`, `incident breach-register --format csv|pdf --output
//    FILE`: the audited exports.
// INCIDENT is its reference (INC-2026-0042), "incident:<id>" or the id.
class IncidentCommands
{
    Q_DECLARE_TR_FUNCTIONS(IncidentCommands)

public:
    static int incident(const QStringList& arguments);
};

} // namespace custodian
