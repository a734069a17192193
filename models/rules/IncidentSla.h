#pragma once

#include "domain/Enums.h"

#include <QtGlobal>

#include <array>
#include <optional>

namespace custodian {

// When an incident is due, and whether it is late (issue 17, point 1: "due dates by severity (settings); aging and
// breached SLAs visible in the list"). Pure, like BreachNotificationClock: the declared instant, the severity in force,
// the closing instant if any, and the instant asked about.
//
//  * Due = declared + the severity's window. A severity changed later moves the due date: the window is always the
//    current severity's, counted from the declaration — raising an incident to critical makes it due sooner at once,
//    and may make it late at once.
//  * Open: OnTrack until the last quarter of the window, DueSoon in it, up to and including the due instant; Breached
//    after it. Closed: MetAt when closed at or before the due instant, ClosedLate after it.
//  * Age is the time since the declaration, or from declaration to closing once closed.
class IncidentSla
{
public:
    static constexpr qint64 HourMs = 3600LL * 1000;

    // Hours to close, by severity (low, medium, high, critical). The defaults follow what contact-center security
    // teams commit to: a critical incident (card data exposed, an account taken over) within a day.
    struct Windows
    {
        std::array<int, 4> hours { 30 * 24, 7 * 24, 72, 24 };

        [[nodiscard]] qint64 ms(Severity severity) const;
        static constexpr int MaxHours = 365 * 24;
    };

    enum class State {
        OnTrack,
        DueSoon,
        Breached,
        MetAt,
        ClosedLate,
    };

    struct Reading
    {
        State state = State::OnTrack;
        qint64 dueAt = 0;
        qint64 ageMs = 0;
        qint64 remainingMs = 0; // until the due instant; negative once past it; for a closed incident, at closing
    };

    [[nodiscard]] static Reading at(qint64 declaredAt, Severity severity, std::optional<qint64> closedAt, qint64 t,
                                    const Windows& windows);
    // With the default windows.
    [[nodiscard]] static Reading at(qint64 declaredAt, Severity severity, std::optional<qint64> closedAt, qint64 t);
};

} // namespace custodian
