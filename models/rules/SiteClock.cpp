#include "rules/SiteClock.h"

#include <QDateTime>

namespace custodian {

SiteClock::SiteClock(const QString& ianaId)
    : m_zone(ianaId.toUtf8())
{
}

qint64 SiteClock::offsetMsAt(qint64 utcMs)
{
    if (utcMs >= m_from && utcMs < m_until)
        return m_offset;
    if (!m_zone.isValid())
        return 0;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    m_offset = qint64(m_zone.offsetFromUtc(at)) * 1000;
    // The span the offset holds for: from the last transition at or before `at` to the next one after it.
    const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addMSecs(1));
    const QTimeZone::OffsetData next = m_zone.nextTransition(at);
    m_from = previous.atUtc.isValid() ? std::min(previous.atUtc.toMSecsSinceEpoch(), utcMs)
                                      : std::numeric_limits<qint64>::min();
    m_until = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (m_until <= utcMs) // a zone that reports no usable next transition: cache this instant only
        m_until = utcMs + 1;
    if (m_from > utcMs)
        m_from = utcMs;
    return m_offset;
}

QString SiteClock::format(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(wallMs(utcMs), QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString SiteClock::formatTime(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(wallMs(utcMs), QTimeZone::utc()).toString(QStringLiteral("HH:mm"));
}

} // namespace custodian
