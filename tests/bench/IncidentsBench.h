#pragma once

#include <QStringList>

namespace custodian::bench {

// `custodian-bench incidents --json` (issue 17, "Scale and speed"): the Incidents page offscreen on the largest demo
// (100 000 incidents over three years, about 20 timeline entries each), seeded once into --store and reused.
// list_first_rows_ms: the default filter's first page read and painted; filter_p95_ms: realistic filters (severity,
// phase, owner, SLA breached, GDPR clock running, text) read and painted; open_incident_ms: one incident selected until
// its detail (incident, tasks, timeline with its chain verified, observables, related) is read, modelled and the
// timeline painted; from_selection_ms: 10 000 access events opened as an incident (IncidentFromEvidence::open) on a
// worker and committed, with the GUI thread's longest stall meanwhile; evidence_add_mb_per_s beside sha256sum and the
// store's raw write rate (EvidenceBench::measure). Medians of --rounds.
class IncidentsBench
{
public:
    static int run(const QStringList& arguments);
};

} // namespace custodian::bench
