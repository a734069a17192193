#pragma once

#include "sync/SyncStatus.h"

#include <QToolButton>

class QTimer;

namespace custodian {

// Sync in the status bar: whether the console is in step with its central service — synced at a time, syncing,
// offline since its last success, failed (and why, in the tooltip), a store rolled back — with the changes waiting
// to be pushed and the conflicts to resolve. Offline is shown as a normal state, not an alarm; a rollback and
// conflicts stand out. Clicking it opens the sync page.
class SyncStatusIndicator : public QToolButton
{
    Q_OBJECT
public:
    explicit SyncStatusIndicator(QWidget* parent = nullptr);

    void setStatus(const SyncStatus& status);
    [[nodiscard]] const SyncStatus& status() const { return m_status; }

    // The text and tooltip for a status at `nowMs` (the clock is a parameter so that tests can pin it).
    [[nodiscard]] static QString statusText(const SyncStatus& status, qint64 nowMs);
    [[nodiscard]] static QString statusToolTip(const SyncStatus& status, qint64 nowMs);
    // "14:02" today, "Mon 14:02" this week, a date otherwise; "never" for none.
    [[nodiscard]] static QString when(std::optional<qint64> atMs, qint64 nowMs);

private:
    void refresh();

    SyncStatus m_status;
    QTimer* m_clock;
};

} // namespace custodian
