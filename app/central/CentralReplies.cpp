#include "central/CentralReplies.h"

#include "store/SyncItemWriter.h"

#include <QCoreApplication>

namespace custodian::CentralReplies {

CentralService::Reply invalid(const QString& message)
{
    return CentralService::error(422, QStringLiteral("invalid_change"), message);
}

CentralService::Reply internal()
{
    return CentralService::error(
        500, QStringLiteral("internal"),
        QCoreApplication::translate("CentralService",
                                    "The central service could not complete the request; try again "
                                    "later."));
}

CentralService::Reply conflict(const QString& message, const QCborMap& current)
{
    CentralService::Reply reply = CentralService::error(409, QStringLiteral("conflict"), message);
    reply.body.insert(QLatin1String("current"), current);
    return reply;
}

CentralService::Reply applied(qint64 version, qint64 id)
{
    QCborMap body;
    body.insert(QLatin1String("status"), QLatin1String("applied"));
    body.insert(QLatin1String("version"), version);
    body.insert(QLatin1String("id"), id);
    return CentralService::Reply { 200, body, false };
}

QString checkFields(const QCborMap& payload, std::initializer_list<SyncCatalogue::Field> fields)
{
    for (const SyncCatalogue::Field& field : fields) {
        if (QString problem = SyncItemWriter::checkValue(field, payload.value(QLatin1String(field.name)));
            !problem.isEmpty())
            return problem;
    }
    return QString();
}

} // namespace custodian::CentralReplies
