#pragma once

#include <QString>

namespace custodian {

// The file formats the exports write (the access events, the training evidence), with the names a command line
// takes and a console-audit entry records.
enum class ExportFormat { Csv, Pdf };

// "csv", "pdf".
[[nodiscard]] QString exportFormatName(ExportFormat format);
// "csv" or "pdf" in any case; false, leaving `format` as it was, for anything else.
[[nodiscard]] bool exportFormatFromName(const QString& name, ExportFormat* format);

} // namespace custodian
