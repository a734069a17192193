#include "rules/BreachNotificationClock.h"

namespace custodian {

BreachNotificationClock::Reading BreachNotificationClock::at(std::optional<qint64> awareAt,
                                                             std::optional<qint64> firstNotifiedAt, qint64 t)
{
    Reading reading;
    if (!awareAt)
        return reading;
    const qint64 deadline = *awareAt + WindowMs;
    reading.deadline = deadline;
    // A notification recorded for a later instant than t has not happened yet at t.
    if (firstNotifiedAt && *firstNotifiedAt <= t) {
        reading.remainingMs = deadline - *firstNotifiedAt;
        reading.state = *firstNotifiedAt <= deadline ? State::NotifiedInTime : State::NotifiedLate;
        return reading;
    }
    reading.remainingMs = deadline - t;
    if (t > deadline)
        reading.state = State::Overdue;
    else if (reading.remainingMs <= UrgentMs)
        reading.state = State::Urgent;
    else
        reading.state = State::Running;
    return reading;
}

bool BreachNotificationClock::needsDelayReasons(qint64 awareAt, qint64 notifiedAt)
{
    return notifiedAt > awareAt + WindowMs;
}

} // namespace custodian
