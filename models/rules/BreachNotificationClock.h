#pragma once

#include <QtGlobal>

#include <optional>

namespace custodian {

// The GDPR Art. 33(1) clock of a personal-data breach (issue 17, point 5): the controller notifies the supervisory
// authority "without undue delay and, where feasible, not later than 72 hours after having become aware of it", and a
// notification made later "shall be accompanied by reasons for the delay". Pure: the instant the organisation became
// aware (the incident's "aware at", set by a supervisor once there is reasonable certainty that personal data was
// compromised), the instant of the first notification if any, and the instant asked about. No clock of its own, so a
// test sets any instant and the console, the CLI and the central service read the same answer.
//
//  * Deadline = aware + 72 h. Notified at or before the deadline is in time ("not later than"); one millisecond after
//    it is late and needs the reasons.
//  * Unnotified: Running while more than 24 h remain, Urgent within the last 24 h (the status bar shows it) up to and
//    including the deadline instant, Overdue after it.
//  * Art. 33(4) lets a notification come in phases: the first one stops the clock; later phases do not restart it.
class BreachNotificationClock
{
public:
    static constexpr qint64 WindowMs = 72LL * 3600 * 1000;
    static constexpr qint64 UrgentMs = 24LL * 3600 * 1000;

    enum class State {
        NotStarted, // no "aware at" yet: not (yet) a personal-data breach
        Running,
        Urgent,
        Overdue,
        NotifiedInTime,
        NotifiedLate,
    };

    struct Reading
    {
        State state = State::NotStarted;
        std::optional<qint64> deadline;
        // Until the deadline (negative once it has passed); for a notified breach, how far before (positive) or after
        // (negative) the deadline the first notification came.
        qint64 remainingMs = 0;
    };

    [[nodiscard]] static Reading at(std::optional<qint64> awareAt, std::optional<qint64> firstNotifiedAt, qint64 t);
    // Whether a first notification at `notifiedAt` must carry the reasons for the delay (Art. 33(1), last sentence).
    [[nodiscard]] static bool needsDelayReasons(qint64 awareAt, qint64 notifiedAt);
};

} // namespace custodian
