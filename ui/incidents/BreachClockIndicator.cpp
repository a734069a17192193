#include "ui/incidents/BreachClockIndicator.h"

#include "domain/Clock.h"
#include "rules/BreachNotificationClock.h"
#include "store/Database.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/Theme.h"

#include <QTimer>

namespace custodian {

namespace {
constexpr qint64 MinuteMs = 60'000;

QString durationText(qint64 ms)
{
    // Rounded up while it counts down: "due in 1 min" until the deadline, never "due in 0 min" before it.
    const qint64 minutes = (qAbs(ms) + MinuteMs - 1) / MinuteMs;
    // A long-overdue demo or forgotten breach: days and hours read better than "1168 h".
    if (minutes >= 48 * 60)
        return BreachClockIndicator::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes / 60 % 24);
    if (minutes >= 60)
        return BreachClockIndicator::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return BreachClockIndicator::tr("%1 min").arg(minutes);
}
} // namespace

BreachClockIndicator::BreachClockIndicator(StoreSession* session, QWidget* parent)
    : QToolButton(parent)
    , m_session(session)
    , m_minute(new QTimer(this))
{
    setObjectName(QStringLiteral("breachClockIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setToolTip(tr("A personal-data breach must be notified to the supervisory authority within 72 hours of "
                  "becoming aware of it (GDPR Art. 33). Click to open the incident."));
    hide();
    m_minute->setInterval(int(MinuteMs));
    connect(m_minute, &QTimer::timeout, this, &BreachClockIndicator::refresh);
    connect(this, &QToolButton::clicked, this, [this] {
        if (m_nearest)
            Q_EMIT incidentRequested(m_nearest->incidentId);
    });
    if (m_session) {
        connect(m_session, &StoreSession::unlocked, this, [this] {
            m_minute->start();
            refresh();
        });
        connect(m_session, &StoreSession::aboutToLock, this, [this] {
            m_minute->stop();
            m_reader.cancel();
            showNearest(std::nullopt);
        });
        if (m_session->isUnlocked()) {
            m_minute->start();
            refresh();
        }
    }
}

BreachClockIndicator::~BreachClockIndicator() = default;

void BreachClockIndicator::refresh()
{
    Store* store = m_session ? m_session->store() : nullptr;
    if (!store || !store->isOpen())
        return;
    // Everything due within 24 h from now, overdue ones included (their deadline is already past).
    const qint64 horizon = Clock::nowMs() + BreachNotificationClock::UrgentMs;
    m_reader.runOnStore(
        *store, Database::Mode::ReadOnly,
        [horizon](Database& database, const LatestResultRunner::Job&) {
            return BreachClockReader(database).nearest(horizon);
        },
        [this](Result<std::optional<BreachClockReader::Nearest>> result) {
            // A failed read shows nothing rather than a stale clock; the next minute reads again.
            showNearest(result ? *result : std::nullopt);
        });
}

QString BreachClockIndicator::clockText(const BreachClockReader::Nearest& nearest, qint64 nowMs)
{
    const qint64 left = nearest.deadline - nowMs;
    if (left >= 0)
        return tr("%1: GDPR notification due in %2").arg(nearest.reference, durationText(left));
    return tr("%1: GDPR notification overdue by %2").arg(nearest.reference, durationText(left));
}

void BreachClockIndicator::showNearest(const std::optional<BreachClockReader::Nearest>& nearest)
{
    m_nearest = nearest;
    if (!nearest) {
        setText(QString());
        hide();
    } else {
        const qint64 now = Clock::nowMs();
        setText(clockText(*nearest, now));
        setAccessibleName(text());
        Theme::setTone(this, nearest->deadline < now ? Theme::Tone::Error : Theme::Tone::Warning);
        show();
    }
    Q_EMIT clockRead();
}

} // namespace custodian
