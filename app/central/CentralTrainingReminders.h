#pragma once

#include "central/CentralService.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QString>

namespace custodian {

// The central side of the change kind "training.reminder" (docs/sync-api.md): a reminder a console sent, kept and
// put on the training_reminders stream so that every console sees it. Every field is checked, and against what the
// service holds (the agent, the module, the record and campaign it is about, the supervisors it was copied to); the
// token's supervisor is who sent it and the service's clock when. The same reminder pushed again under another key
// (the console's "keep mine") is applied once: the held one is answered as applied; another reminder with the same
// id is refused.
class CentralTrainingReminders
{
    Q_DECLARE_TR_FUNCTIONS(CentralTrainingReminders)

public:
    explicit CentralTrainingReminders(CentralRepository& repository);

    // Runs inside the service's change transaction. `now`: the service's clock.
    [[nodiscard]] CentralService::Reply decide(const CentralRepository::Supervisor& supervisor,
                                               const QString& consoleKey, const QString& entity,
                                               const QCborValue& baseVersion, const QCborMap& payload, qint64 now);

private:
    CentralRepository& m_repository;
};

} // namespace custodian
