#include "export/AccessCsvWriter.h"

#include "export/AccessExportColumns.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

namespace custodian {

namespace {
constexpr qsizetype FlushAt = qsizetype(64) * 1024;

bool startsFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(QStringView text)
{
    for (QChar c : text) {
        switch (c.unicode()) {
        case ',':
        case '"':
        case '\r':
        case '\n':
            return true;
        default:
            break;
        }
    }
    return false;
}
} // namespace

AccessCsvWriter::AccessCsvWriter(QIODevice* device)
    : m_device(device)
{
    m_buffer.reserve(FlushAt + 4096);
}

QByteArray AccessCsvWriter::field(QStringView text)
{
    QByteArray out;
    const bool guard = startsFormula(text);
    const bool quote = needsQuotes(text);
    if (quote)
        out += '"';
    if (guard)
        out += '\'';
    const QByteArray utf8 = text.toUtf8();
    if (quote)
        out += QByteArray(utf8).replace('"', QByteArrayView("\"\""));
    else
        out += utf8;
    if (quote)
        out += '"';
    return out;
}

void AccessCsvWriter::appendField(QStringView text)
{
    // Most fields need neither guard nor quotes: append them without the temporary of field().
    if (!startsFormula(text) && !needsQuotes(text))
        m_buffer += text.toUtf8();
    else
        m_buffer += field(text);
}

Status AccessCsvWriter::begin()
{
    for (int c = 0; c < AccessExportColumns::Count; ++c) {
        if (c)
            m_buffer += ',';
        const QLatin1String key = AccessExportColumns::key(AccessExportColumns::Column(c));
        m_buffer.append(key.data(), key.size());
    }
    m_buffer += "\r\n";
    return {};
}

Status AccessCsvWriter::write(const AccessEventRow& row)
{
    for (int c = 0; c < AccessExportColumns::Count; ++c) {
        if (c)
            m_buffer += ',';
        appendField(AccessExportColumns::text(row, AccessExportColumns::Column(c)));
    }
    m_buffer += "\r\n";
    if (m_buffer.size() >= FlushAt)
        return flush();
    return {};
}

Status AccessCsvWriter::finish()
{
    return flush();
}

Status AccessCsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return {};
    const qint64 written = m_device->write(m_buffer);
    if (written != m_buffer.size()) {
        const auto* file = qobject_cast<QFileDevice*>(m_device);
        const bool full = file && file->error() == QFileDevice::ResourceError;
        return Error(full ? Error::Code::DiskFull : Error::Code::Io,
                     QCoreApplication::translate("AccessCsvWriter", "Cannot write the CSV file: %1")
                         .arg(m_device->errorString()));
    }
    m_buffer.clear();
    return {};
}

} // namespace custodian
