#pragma once

#include "domain/Enums.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace custodian {

// What the Incidents page lists (issue 17, point 1): the filter bar shows and reads one, the list reader turns it into
// SQL, and other pages ask for a filtered list with one (the Today tile: open, SLA breached, GDPR clock running).
struct IncidentFilter
{
    enum class Status { Open, Closed, All };
    enum class Owner { Anyone, Me, Unassigned };
    enum class Sla { Any, Breached, DueSoon }; // of open incidents: past the due instant, or in its last quarter

    Status status = Status::Open;
    std::optional<IncidentPhase> phase;
    std::optional<Severity> minimumSeverity;
    QString category; // empty: any
    Owner owner = Owner::Anyone;
    Sla sla = Sla::Any;
    bool gdprClockRunning = false; // "aware at" set and the authority not notified yet (late ones included)
    QString text; // in the reference or the title, case-insensitive

    bool operator==(const IncidentFilter&) const = default;
};

} // namespace custodian
