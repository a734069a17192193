#pragma once

#include "central/CentralService.h"
#include "rules/IncidentWorkflow.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QString>

namespace custodian {

class Database;

// The central side of the change kind "incident.change" (docs/sync-api.md section 6, docs/incidents.md "Sync"): a
// console's opening of an incident and each later step of it, decided by running the console's own workflow
// (IncidentWorkflow, IncidentFromEvidence for linked events) on the service's store, as the token's supervisor and at
// the service's clock. So the service refuses exactly what a console's UI refuses (a title, a known owner, closure
// while a mandatory task is open, a move back without a reason, …), writes the same timeline and audit entries on its
// side, and numbers the incident's reference itself (INC-YYYY-NNNN is unique on the service; consoles show their own
// until the pull brings it). Ids are the console's: an incident and its tasks keep the ids their console chose at
// random, and an id the service holds already is refused (422). Every step but the opening needs the incident's
// version as the console last learnt it (409 with the incident as the incidents stream carries it otherwise); every
// applied step puts the incident on the incidents feed. The GDPR decisions run BreachWorkflow the same way.
class CentralIncidentChanges
{
    Q_DECLARE_TR_FUNCTIONS(CentralIncidentChanges)

public:
    explicit CentralIncidentChanges(CentralRepository& repository);

    // Runs inside the service's change transaction; the workflow's own transaction is a savepoint of it, so a refusal
    // leaves nothing behind but the recorded answer. `now`: the service's clock.
    [[nodiscard]] CentralService::Reply decide(const CentralRepository::Supervisor& supervisor, const QString& entity,
                                               const QCborValue& baseVersion, const QCborMap& payload, qint64 now);

private:
    [[nodiscard]] CentralService::Reply open(Database& database, const IncidentWorkflow::Actor& actor, qint64 id,
                                             const QCborValue& baseVersion, const QCborMap& payload, qint64 now);
    // The step a console took on an incident the service holds, at the version it was taken on.
    [[nodiscard]] CentralService::Reply step(Database& database, const IncidentWorkflow::Actor& actor, qint64 id,
                                             const QString& action, const QCborMap& payload, qint64 now);
    // The GDPR decisions (BreachWorkflow): aware-at recorded, changed or withdrawn, a notification phase, Art. 34.
    [[nodiscard]] CentralService::Reply breach(Database& database, const IncidentWorkflow::Actor& actor, qint64 id,
                                               const QString& action, const QCborMap& payload, qint64 now);
    // A workflow's refusal as the service's answer: its message for a rule (422), 500 for anything else.
    [[nodiscard]] static CentralService::Reply refused(const Error& error);

    CentralRepository& m_repository;
};

} // namespace custodian
