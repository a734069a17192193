#include "domain/TimeRange.h"

#include <QDateTime>

namespace custodian {

QString TimeRange::describe(Shown shown) const
{
    const auto at = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms); };
    if (shown == Shown::Days)
        // The end is exclusive: a range of whole days ends at the next midnight, or a millisecond after the last
        // instant of its day; either way the day before the end is the last day in it.
        return QStringLiteral("%1 – %2").arg(at(fromMs).date().toString(Qt::ISODate),
                                             at(toMs - 1).date().toString(Qt::ISODate));
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    return QStringLiteral("%1 – %2").arg(at(fromMs).toString(format), at(toMs).toString(format));
}

Status TimeRange::validate(Shown shown) const
{
    if (fromMs < 0 || toMs > LatestMs)
        return Error(Error::Code::InvalidArgument,
                     QStringLiteral("The time range %1 is outside the supported dates.").arg(describe(shown)));
    if (toMs <= fromMs)
        return Error(Error::Code::InvalidArgument,
                     shown == Shown::Days
                         ? QStringLiteral("The date range %1 ends before it starts: choose a start on or before the "
                                          "end.")
                               .arg(describe(shown))
                         : QStringLiteral("The time range %1 ends before it starts: choose an end after the start.")
                               .arg(describe(shown)));
    return {};
}

} // namespace custodian
