#pragma once

#include "domain/Enums.h"

#include <QString>

namespace custodian {

// One access to a customer record (or a login/logout), as the access log holds it.
struct AccessEvent
{
    qint64 id = 0; // the central service's event id
    qint64 occurredAt = 0; // ms since epoch, UTC
    qint64 agentId = 0;
    qint64 recordId = 0; // 0: no record (login, logout)
    DataClass dataClass = DataClass::None;
    AccessAction action = AccessAction::View;
    AccessOutcome outcome = AccessOutcome::Success;
    Channel channel = Channel::Voice;
    qint64 workstationId = 0; // 0: unknown
    QString sourceAddress;
    qint64 sessionId = 0;
};

} // namespace custodian
