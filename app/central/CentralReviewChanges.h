#pragma once

#include "central/CentralService.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QString>

namespace custodian {

// The central side of the change kinds "review.campaign" (create, close) and "review.decision" (docs/sync-api.md).
// ReviewRules decide, on what this service holds, as on the console: a campaign needs a scope that exists, a
// reviewer, a due date and assignments that exist; only the reviewer decides an item, once, while the campaign is
// open; the campaign's default decides the rest when its reviewer or creator closes it. The token's supervisor is
// who acts, whatever the console claims. Revocations and shortenings a decision causes arrive as their own
// "assignment.change" and are judged there.
class CentralReviewChanges
{
    Q_DECLARE_TR_FUNCTIONS(CentralReviewChanges)

public:
    explicit CentralReviewChanges(CentralRepository& repository);

    // Runs inside the service's change transaction. `now`: the service's clock.
    [[nodiscard]] CentralService::Reply decide(const CentralRepository::Supervisor& supervisor, const QString& kind,
                                               const QString& entity, const QCborValue& baseVersion,
                                               const QCborMap& payload, qint64 now);

private:
    [[nodiscard]] CentralService::Reply create(const CentralRepository::Supervisor& supervisor, qint64 id,
                                               const QCborValue& baseVersion, const QCborMap& payload, qint64 now);
    [[nodiscard]] CentralService::Reply close(const CentralRepository::Supervisor& supervisor, qint64 id,
                                              const QCborValue& baseVersion, qint64 at);
    [[nodiscard]] CentralService::Reply decision(const CentralRepository::Supervisor& supervisor, qint64 id,
                                                 const QCborValue& baseVersion, const QCborMap& payload, qint64 at);

    CentralRepository& m_repository;
};

} // namespace custodian
