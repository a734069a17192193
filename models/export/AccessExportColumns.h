#pragma once

#include "store/AccessEventRow.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

namespace custodian {

// The columns of an access-log export and the text of each cell, shared by the CSV and the PDF writer so that
// both files say the same thing. The record column is the masked form only: an export never holds a customer
// identifier in clear.
class AccessExportColumns
{
    Q_DECLARE_TR_FUNCTIONS(AccessExportColumns)

public:
    enum class Column {
        Time,
        EventId,
        EmployeeNo,
        AgentName,
        Team,
        Site,
        Action,
        Outcome,
        DataClass,
        Channel,
        Record,
        RecordKind,
        Workstation,
        SourceAddress,
        Session,
    };
    static constexpr int Count = int(Column::Session) + 1;

    // The CSV header: stable, lower-case, not translated (scripts read it); the time's key names its zone.
    [[nodiscard]] static QLatin1String key(Column column);
    // The PDF column heading (translated).
    [[nodiscard]] static QString title(Column column);
    // The cell text; the time in ISO 8601 UTC with milliseconds ("2026-02-28T13:45:12.345Z"). Codes are written
    // as the one word the console shows for them (Vocabulary), so a CSV, a PDF and the page agree.
    [[nodiscard]] static QString text(const AccessEventRow& row, Column column);

    // ISO 8601 UTC with milliseconds. Written by hand: QDateTime costs a time-zone look-up per call, and an export
    // formats millions of them.
    [[nodiscard]] static QString isoTime(qint64 msSinceEpoch);
};

} // namespace custodian
