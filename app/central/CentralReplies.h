#pragma once

#include "central/CentralService.h"
#include "store/SyncCatalogue.h"

#include <QCborMap>
#include <QString>

#include <initializer_list>

namespace custodian::CentralReplies {

// The answers every change kind of the central service gives, in one place so that they read alike on the wire.
// 422 invalid_change with the rule's message.
CentralService::Reply invalid(const QString& message);
// 500: the service failed; the console retries with the same key.
CentralService::Reply internal();
// 409 with the service's current item.
CentralService::Reply conflict(const QString& message, const QCborMap& current);
// 200 {"status": "applied", "version", "id"}.
CentralService::Reply applied(qint64 version, qint64 id);
// The first field of `fields` the payload breaks, as a message; empty when all hold.
QString checkFields(const QCborMap& payload, std::initializer_list<SyncCatalogue::Field> fields);

} // namespace custodian::CentralReplies
