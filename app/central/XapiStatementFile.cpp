#include "central/XapiStatementFile.h"

#include "central/XapiPull.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace custodian {

Result<std::vector<XapiStatement>> XapiStatementFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::NotFound, tr("Cannot read the statements file %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxBytes)
        return Error(Error::Code::InvalidArgument,
                     tr("The statements file %1 is larger than %2 MiB; split it.").arg(path).arg(MaxBytes >> 20));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(Error::Code::Io, tr("Cannot read the statements file %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Error::Code::InvalidArgument,
                     tr("The statements file %1 is not valid JSON (%2 at byte %3).")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset));
    QJsonArray list;
    if (document.isArray()) {
        list = document.array();
    } else if (document.isObject() && document.object().value(QLatin1String("statements")).isArray()) {
        const QJsonValue more = document.object().value(QLatin1String("more"));
        // A page with a `more` link is part of a longer result: importing it alone would lose the rest silently.
        if (more.isString() && !more.toString().isEmpty())
            return Error(Error::Code::InvalidArgument,
                         tr("The statements file %1 is one page of a longer result (it has a 'more' link); save every "
                            "page's statements into one list.")
                             .arg(path));
        list = document.object().value(QLatin1String("statements")).toArray();
    } else {
        return Error(Error::Code::InvalidArgument,
                     tr("The statements file %1 is neither a list of statements nor a StatementResult.").arg(path));
    }
    std::vector<XapiStatement> statements;
    statements.reserve(std::size_t(list.size()));
    QSet<QString> ids;
    if (auto status = XapiPull::appendStatements(list, ids, statements); !status)
        return status.error().prefixed(path);
    std::stable_sort(statements.begin(), statements.end(),
                     [](const XapiStatement& a, const XapiStatement& b) { return a.stored < b.stored; });
    return statements;
}

} // namespace custodian
