#pragma once

#include <QString>
#include <QTimeZone>

#include <limits>

namespace custodian {

// Site-local wall time from the site's IANA zone (QTimeZone over the system tz database, package tzdata).
// The offset in force is cached with the span it holds for (up to the zone's next transition), so the
// per-event cost on the ingest path is two comparisons; the zone is consulted about twice a year of events.
class SiteClock
{
public:
    static constexpr qint64 MinuteMs = 60'000;
    static constexpr qint64 DayMs = 86'400'000;

    SiteClock() = default;
    explicit SiteClock(const QString& ianaId);

    [[nodiscard]] bool isValid() const { return m_zone.isValid(); }
    [[nodiscard]] QString zoneId() const { return QString::fromUtf8(m_zone.id()); }

    // Offset of local time from UTC at a UTC instant, in milliseconds (0 for an invalid zone).
    [[nodiscard]] qint64 offsetMsAt(qint64 utcMs);
    // Local wall time as milliseconds since 1970-01-01T00:00 local ("as if UTC"): day = floor(/DayMs).
    [[nodiscard]] qint64 wallMs(qint64 utcMs) { return utcMs + offsetMsAt(utcMs); }
    // "2026-01-14 03:11" in site-local time.
    [[nodiscard]] QString format(qint64 utcMs);
    [[nodiscard]] QString formatTime(qint64 utcMs); // "03:11"

    static qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }
    // Monday = 0 ... Sunday = 6 for a day number since 1970-01-01 (a Thursday).
    static int weekday(qint64 day) { return int(((day % 7) + 7 + 3) % 7); }

private:
    QTimeZone m_zone;
    qint64 m_from = std::numeric_limits<qint64>::max(); // cached span [m_from, m_until) with m_offset
    qint64 m_until = std::numeric_limits<qint64>::min();
    qint64 m_offset = 0;
};

} // namespace custodian
