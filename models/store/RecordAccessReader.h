#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// "Who could, who did": for one customer record and a time range, the agents who held a role opening the record's
// data class at some point in the range, next to the agents who accessed the record in it. An agent on the second
// list and not on the first reached the record without a role that opens it — what a reviewer asks about first.
// Both lists come from indexes (role_assignment by role, access_event by record): a record has a handful of events.
class RecordAccessReader
{
public:
    struct Could
    {
        qint64 agentId = 0;
        QString agentName;
        QString employeeNo;
        QString team;
        QStringList roles; // the roles opening the class they held in the range
        bool accessed = false;
    };

    struct Did
    {
        qint64 agentId = 0;
        QString agentName;
        QString employeeNo;
        QString team;
        qint64 events = 0;
        qint64 refused = 0; // denied or failed
        qint64 first = 0;
        qint64 last = 0;
        bool heldRole = false;
    };

    struct Answer
    {
        DataClass dataClass = DataClass::None;
        QString masked;
        std::vector<Could> could; // by agent name
        std::vector<Did> did; // by first access
    };

    explicit RecordAccessReader(Database& database);

    // [from, to).
    [[nodiscard]] Result<Answer> whoCouldWhoDid(qint64 recordId, qint64 from, qint64 to);

private:
    Database& m_database;
};

} // namespace custodian
