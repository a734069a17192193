#include "export/ExportFormat.h"

namespace custodian {

QString exportFormatName(ExportFormat format)
{
    return format == ExportFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("csv");
}

bool exportFormatFromName(const QString& name, ExportFormat* format)
{
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        *format = ExportFormat::Csv;
    else if (name.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        *format = ExportFormat::Pdf;
    else
        return false;
    return true;
}

} // namespace custodian
