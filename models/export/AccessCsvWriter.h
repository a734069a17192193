#pragma once

#include "domain/Result.h"
#include "store/AccessEventRow.h"

#include <QByteArray>
#include <QStringView>

class QIODevice;

namespace custodian {

// Writes access events as CSV (RFC 4180): UTF-8 without a byte-order mark, a header row of stable column keys
// (AccessExportColumns::key), CRLF line ends, and a field quoted when it holds a comma, a double quote, CR or
// LF (quotes doubled inside).
//
// Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with = + - or @ as a formula,
// and a leading tab or CR can hide such a start. Agent names, team names and host names come from central
// systems we do not control, so every field that starts with one of = + - @ TAB CR gets a leading apostrophe
// ('), which spreadsheets show as text and do not display. A script reading the file sees the apostrophe: strip
// one leading "'" before any of those characters to get the stored value back.
//
// Buffers about 64 KiB before writing to the device, so memory stays flat whatever the row count.
class AccessCsvWriter
{
public:
    explicit AccessCsvWriter(QIODevice* device);

    [[nodiscard]] Status begin(); // the header row
    [[nodiscard]] Status write(const AccessEventRow& row);
    [[nodiscard]] Status finish(); // writes what is buffered

    // One field, guarded and quoted as above, in UTF-8.
    [[nodiscard]] static QByteArray field(QStringView text);

private:
    void appendField(QStringView text);
    [[nodiscard]] Status flush();

    QIODevice* m_device = nullptr;
    QByteArray m_buffer;
};

} // namespace custodian
