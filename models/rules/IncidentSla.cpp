#include "rules/IncidentSla.h"

#include <algorithm>

namespace custodian {

qint64 IncidentSla::Windows::ms(Severity severity) const
{
    const auto index = std::clamp(int(severity) - 1, 0, int(hours.size()) - 1);
    return qint64(hours[std::size_t(index)]) * HourMs;
}

IncidentSla::Reading IncidentSla::at(qint64 declaredAt, Severity severity, std::optional<qint64> closedAt, qint64 t)
{
    return at(declaredAt, severity, closedAt, t, Windows());
}

IncidentSla::Reading IncidentSla::at(qint64 declaredAt, Severity severity, std::optional<qint64> closedAt, qint64 t,
                                     const Windows& windows)
{
    Reading reading;
    const qint64 window = windows.ms(severity);
    reading.dueAt = declaredAt + window;
    // A closing recorded for a later instant than t has not happened yet at t.
    if (closedAt && *closedAt <= t) {
        reading.ageMs = *closedAt - declaredAt;
        reading.remainingMs = reading.dueAt - *closedAt;
        reading.state = *closedAt <= reading.dueAt ? State::MetAt : State::ClosedLate;
        return reading;
    }
    reading.ageMs = t - declaredAt;
    reading.remainingMs = reading.dueAt - t;
    if (t > reading.dueAt)
        reading.state = State::Breached;
    else if (reading.remainingMs * 4 <= window)
        reading.state = State::DueSoon;
    else
        reading.state = State::OnTrack;
    return reading;
}

} // namespace custodian
