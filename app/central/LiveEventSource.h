#pragma once

#include "store/central/CentralRepository.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <unordered_map>

namespace custodian {

// Produces new access events at a steady rate, as a contact center's systems would report them, so that a live
// demo shows sync at work: active agents of the demo organisation opening records of the classes they handle, from
// their usual workstation, in sessions, with now and then a denied access. The events get ids of the moment they
// happen (AccessEventId), after every event already on the feed, and are appended in small transactions.
class LiveEventSource : public QObject
{
    Q_OBJECT
public:
    LiveEventSource(CentralRepository& repository, double eventsPerSecond, QObject* parent = nullptr);

    [[nodiscard]] Status start();
    [[nodiscard]] qint64 produced() const { return m_produced; }

Q_SIGNALS:
    void failed(const QString& message);

private:
    void tick();

    CentralRepository& m_repository;
    double m_rate;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_owed = 0;
    qint64 m_lastId = 0;
    qint64 m_produced = 0;
    CentralRepository::LiveCast m_cast;
    std::unordered_map<qint64, qint64> m_sessions; // agent → current session id
    QRandomGenerator m_random;
};

} // namespace custodian
