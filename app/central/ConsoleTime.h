#pragma once

#include <QCborValue>
#include <QString>

#include <optional>

namespace custodian {

// What the central service makes of the time a console says a change was made (the payload's "at"): information,
// never the time of a decision. The service decides every change with its own clock — the rules' "now", history
// lines, ended_at, approved_at, created_at, closed_at, decided_at — so that a console cannot back-date a grant past
// an expired training or shrink a long-held grant to a day by back-dating its revocation. The console's claim is
// kept beside the change record ("on the console at …") only when it is plausible: not before the entity's last
// change on the service, at most MaxBehindMs behind the service's clock and at most MaxAheadMs ahead of it. A claim
// further ahead means the console's clock is wrong, and the change is refused so that someone fixes the clock; a
// claim further behind (a console that was offline) is simply not kept.
class ConsoleTime
{
public:
    static constexpr qint64 MaxAheadMs = 5 * 60 * 1000;
    static constexpr qint64 MaxBehindMs = 10 * 60 * 1000;

    struct Reading
    {
        QString refusal; // non-empty: the change is refused with this message (422)
        std::optional<qint64> consoleAt; // the claim, when it is kept
    };

    // `at`: the payload's value (missing for kinds that carry no time); `now`: the service's clock; `lastChange`:
    // when the service last applied a change to the same entity.
    [[nodiscard]] static Reading read(const QCborValue& at, qint64 now, std::optional<qint64> lastChange);
};

} // namespace custodian
