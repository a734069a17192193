#pragma once

#include <QString>

namespace custodian {

// One access event as the access page and the exports show it: the row's codes plus the names they point at.
// The record appears only in its masked form.
struct AccessEventRow
{
    qint64 id = 0;
    qint64 occurredAt = 0;
    qint64 agentId = 0;
    qint64 recordId = 0; // 0: none
    qint64 workstationId = 0; // 0: unknown
    qint64 sessionId = 0;
    int dataClass = 0;
    int action = 0;
    int outcome = 0;
    int channel = 0;
    QString agentName;
    QString employeeNo;
    QString teamName;
    QString siteCode;
    QString recordMasked;
    QString recordKind;
    QString workstation;
    QString sourceAddress;
};

} // namespace custodian
