#include "ui/sync/SyncStatusIndicator.h"

#include "domain/Clock.h"
#include "sync/SyncEngine.h"
#include "ui/widgets/Theme.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QStyle>
#include <QTimer>

namespace custodian {

SyncStatusIndicator::SyncStatusIndicator(QWidget* parent)
    : QToolButton(parent)
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::NoFocus);
    // "synced 14:02" and "next try in …" move on with the clock.
    m_clock->setInterval(30'000);
    connect(m_clock, &QTimer::timeout, this, &SyncStatusIndicator::refresh);
    m_clock->start();
    refresh();
}

void SyncStatusIndicator::setStatus(const SyncStatus& status)
{
    m_status = status;
    refresh();
}

QString SyncStatusIndicator::when(std::optional<qint64> atMs, qint64 nowMs)
{
    if (!atMs)
        return tr("never");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(*atMs);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    const QLocale locale;
    if (at.date() == now.date())
        return locale.toString(at.time(), QLocale::ShortFormat);
    if (at.daysTo(now) < 7)
        return locale.toString(at, QStringLiteral("ddd ")) + locale.toString(at.time(), QLocale::ShortFormat);
    return locale.toString(at.date(), QLocale::ShortFormat);
}

QString SyncStatusIndicator::statusText(const SyncStatus& status, qint64 nowMs)
{
    QString text;
    switch (status.state) {
    case SyncStatus::State::NotConfigured:
        return tr("Sync not set up");
    case SyncStatus::State::Running:
        text = status.progressStream.isEmpty()
            ? tr("Syncing…")
            : tr("Syncing %1… %2").arg(status.progressStream, QLocale().toString(status.progressItems));
        break;
    case SyncStatus::State::Idle:
        text = tr("Synced %1").arg(when(status.lastSuccessAt, nowMs));
        break;
    case SyncStatus::State::Offline:
        text = tr("Offline · last sync %1").arg(when(status.lastSuccessAt, nowMs));
        break;
    case SyncStatus::State::Failed:
        text = tr("Sync failed · last sync %1").arg(when(status.lastSuccessAt, nowMs));
        break;
    }
    if (status.waiting > 0)
        text += tr(" · %n change(s) waiting", nullptr, int(std::min<qint64>(status.waiting, 1'000'000)));
    if (status.conflicts > 0)
        text += tr(" · %n conflict(s)", nullptr, int(std::min<qint64>(status.conflicts, 1'000'000)));
    if (!status.consoleNotice.isEmpty())
        text += tr(" · another console registered");
    if (status.tokenExpiresAt && !SyncEngine::tokenExpiryMessage(status.tokenExpiresAt, nowMs).isEmpty())
        text += *status.tokenExpiresAt <= nowMs ? tr(" · token expired")
                                                : tr(" · token expires in %n day(s)", nullptr,
                                                     int((*status.tokenExpiresAt - nowMs + 86'399'999) / 86'400'000));
    if (status.rolledBack)
        text = tr("Store rolled back!") + QStringLiteral(" · ") + text;
    return text;
}

QString SyncStatusIndicator::statusToolTip(const SyncStatus& status, qint64 nowMs)
{
    if (status.state == SyncStatus::State::NotConfigured)
        return tr("No central service is configured. Set the server and token in Settings → Central service.");
    QStringList lines;
    if (status.rolledBack)
        lines << status.rollbackMessage;
    if (!status.consoleNotice.isEmpty())
        lines << status.consoleNotice;
    if (QString expiry = SyncEngine::tokenExpiryMessage(status.tokenExpiresAt, nowMs); !expiry.isEmpty())
        lines << expiry;
    if (!status.server.isEmpty())
        lines << (status.supervisor.isEmpty() ? tr("Server: %1").arg(status.server)
                                              : tr("Server: %1, as %2").arg(status.server, status.supervisor));
    lines << tr("Last successful sync: %1").arg(when(status.lastSuccessAt, nowMs));
    if ((status.state == SyncStatus::State::Offline || status.state == SyncStatus::State::Failed)
        && !status.message.isEmpty())
        lines << status.message;
    if (status.nextRunAt > nowMs && status.state != SyncStatus::State::Running)
        lines << tr("Next sync in %n second(s)", nullptr, int((status.nextRunAt - nowMs + 999) / 1000));
    lines << tr("Click for the sync page.");
    return lines.join(QLatin1Char('\n'));
}

void SyncStatusIndicator::refresh()
{
    const qint64 now = Clock::nowMs();
    setText(statusText(m_status, now));
    setToolTip(statusToolTip(m_status, now));
    QStyle::StandardPixmap icon = QStyle::SP_BrowserReload;
    Theme::Tone tone = Theme::Tone::Normal;
    switch (m_status.state) {
    case SyncStatus::State::NotConfigured:
    case SyncStatus::State::Offline:
        icon = QStyle::SP_MessageBoxInformation;
        break;
    case SyncStatus::State::Running:
    case SyncStatus::State::Idle:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case SyncStatus::State::Failed:
        icon = QStyle::SP_MessageBoxWarning;
        tone = Theme::Tone::Warning;
        break;
    }
    if (m_status.rolledBack || m_status.conflicts > 0) {
        icon = QStyle::SP_MessageBoxCritical;
        tone = Theme::Tone::Error;
    }
    setIcon(style()->standardIcon(icon));
    Theme::setTone(this, tone);
    Theme::setEmphasised(this, tone != Theme::Tone::Normal);
}

} // namespace custodian
