#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace custodian {

// One answer of custodian-central, whatever transport writes it: status, body and its media type, and the extra
// headers (Retry-After, WWW-Authenticate, ...). `close` asks the transport to end the connection after writing it
// (its own refusals: a limit was hit, the rest of the request is not read).
struct CentralResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool close = false;
};

} // namespace custodian
