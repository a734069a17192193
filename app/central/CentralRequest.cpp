#include "central/CentralRequest.h"

namespace custodian {

CentralRequest::CentralRequest(Method method, QUrl url, Headers headers, QByteArray body, QString remoteAddress)
    : m_method(method)
    , m_url(std::move(url))
    , m_headers(std::move(headers))
    , m_body(std::move(body))
    , m_remoteAddress(std::move(remoteAddress))
{
}

QByteArray CentralRequest::value(const QByteArray& name) const
{
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace custodian
