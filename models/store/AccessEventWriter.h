#pragma once

#include "domain/AccessEvent.h"
#include "domain/Result.h"
#include "store/Statement.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace custodian {

class Database;

// The ingest path for access events (demo seeding now, sync pulls later): inserts a batch with prepared
// statements and keeps the rollups (per hour and agent, team or all agents; per day and agent), the list of notable
// events and the agent/workstation first-seen table current, inside the caller's transaction. An event id already
// present is skipped, so a re-delivered page changes nothing.
class AccessEventWriter
{
public:
    explicit AccessEventWriter(Database& database);

    // Returns how many events were new.
    [[nodiscard]] Result<qint64> write(const std::vector<AccessEvent>& batch);

private:
    [[nodiscard]] Status prepare();

    Database& m_database;
    bool m_prepared = false;
    Statement m_insert;
    Statement m_updateHourly;
    Statement m_insertHourly;
    Statement m_updateTotal;
    Statement m_insertTotal;
    Statement m_updateDaily;
    Statement m_insertDaily;
    Statement m_insertNotable;
    Statement m_teamOf;
    Statement m_updateTeam;
    Statement m_insertTeam;
    Statement m_updateSeen;
    Statement m_insertSeen;
    // Events of one session share their source address: convert it to UTF-8 once per change, not per event.
    QString m_lastAddress;
    QByteArray m_lastAddressUtf8;
};

} // namespace custodian
