#pragma once

#include "store/BreachClockReader.h"
#include "ui/session/LatestResultRunner.h"

#include <QToolButton>

#include <optional>

class QTimer;

namespace custodian {

class StoreSession;

// The GDPR clock in the main window's status bar (issue 17, points 5 and 9): while a personal-data breach of this
// store is unnotified with less than 24 h left, or late, it shows the nearest one ("INC-2026-0042: GDPR
// notification due in 5 h 12 min"), and is hidden otherwise. Read every minute on a worker with its own read-only
// connection (BreachClockReader), never on the GUI thread; clicking it asks for that incident. The words carry the
// state (due in / overdue by), the tone only repeats them.
class BreachClockIndicator : public QToolButton
{
    Q_OBJECT
public:
    explicit BreachClockIndicator(StoreSession* session, QWidget* parent = nullptr);
    ~BreachClockIndicator() override;

    // Reads again now (after a decision on a breach, or a sync).
    void refresh();
    // The clock shown, if any.
    [[nodiscard]] const std::optional<BreachClockReader::Nearest>& shown() const { return m_nearest; }

    // The words for `nearest` at `nowMs`.
    [[nodiscard]] static QString clockText(const BreachClockReader::Nearest& nearest, qint64 nowMs);

Q_SIGNALS:
    void incidentRequested(qint64 incidentId);
    // A reading arrived and is on screen (or the indicator hidden).
    void clockRead();

private:
    void showNearest(const std::optional<BreachClockReader::Nearest>& nearest);

    StoreSession* m_session;
    LatestResultRunner m_reader;
    QTimer* m_minute;
    std::optional<BreachClockReader::Nearest> m_nearest;
};

} // namespace custodian
