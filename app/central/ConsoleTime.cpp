#include "central/ConsoleTime.h"

#include <QCoreApplication>

namespace custodian {

namespace {
constexpr qint64 MaxTime = 32'503'680'000'000;
} // namespace

ConsoleTime::Reading ConsoleTime::read(const QCborValue& at, qint64 now, std::optional<qint64> lastChange)
{
    Reading reading;
    if (!at.isInteger() || at.toInteger() < 0 || at.toInteger() > MaxTime)
        return reading; // the kind's own field checks name a malformed "at"
    const qint64 claimed = at.toInteger();
    if (claimed > now + MaxAheadMs) {
        reading.refusal = QCoreApplication::translate(
            "ConsoleTime",
            "The change is dated more than 5 minutes after the central service's clock; check the "
            "console's clock.");
        return reading;
    }
    const qint64 floor = std::max(now - MaxBehindMs, lastChange.value_or(0));
    if (claimed >= floor)
        reading.consoleAt = claimed;
    return reading;
}

} // namespace custodian
