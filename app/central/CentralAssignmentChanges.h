#pragma once

#include "central/CentralService.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QString>

namespace custodian {

// The central side of the change kind "assignment.change" (docs/sync-api.md): a console's request for a role
// (entity "request:<uuid>", no base version) creates the assignment — active, or pending for a sensitive role —
// with the token's supervisor as requester; approve, reject, revoke and shorten (entity: the assignment's id) act
// on the version the console last saw. AssignmentRules decide, on facts this service holds, exactly as on the
// console; in particular nobody approves their own request, whatever their console claims.
class CentralAssignmentChanges
{
    Q_DECLARE_TR_FUNCTIONS(CentralAssignmentChanges)

public:
    explicit CentralAssignmentChanges(CentralRepository& repository);

    // Runs inside the service's change transaction. `now`: the service's clock.
    [[nodiscard]] CentralService::Reply decide(const CentralRepository::Supervisor& supervisor, const QString& entity,
                                               const QCborValue& baseVersion, const QCborMap& payload, qint64 now);

private:
    [[nodiscard]] CentralService::Reply request(const CentralRepository::Supervisor& supervisor, const QString& entity,
                                                const QCborValue& baseVersion, const QCborMap& payload, qint64 now);
    [[nodiscard]] CentralService::Reply change(const CentralRepository::Supervisor& supervisor, const QString& action,
                                               const QString& entity, const QCborValue& baseVersion,
                                               const QCborMap& payload, qint64 now);

    CentralRepository& m_repository;
};

} // namespace custodian
