#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace custodian {

// One HTTP request as custodian-central's routes see it, whatever transport read it: method, target, headers, the
// whole body (already bounded by the transport's limits) and the peer's address. A plain value, so that it can be
// handed from the I/O thread to the thread that owns the service. Its accessors read like QHttpServerRequest's, so
// that route code stays independent of the transport.
class CentralRequest
{
public:
    enum class Method { Get, Put, Post, Delete, Head, Other };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    CentralRequest() = default;
    CentralRequest(Method method, QUrl url, Headers headers, QByteArray body, QString remoteAddress);

    [[nodiscard]] Method method() const { return m_method; }
    // Path and query of the request target (relative: no scheme or host).
    [[nodiscard]] const QUrl& url() const { return m_url; }
    // The first header of that name (case-insensitive), empty when there is none.
    [[nodiscard]] QByteArray value(const QByteArray& name) const;
    [[nodiscard]] const Headers& headers() const { return m_headers; }
    [[nodiscard]] const QByteArray& body() const { return m_body; }
    [[nodiscard]] const QString& remoteAddress() const { return m_remoteAddress; }

private:
    Method m_method = Method::Other;
    QUrl m_url;
    Headers m_headers;
    QByteArray m_body;
    QString m_remoteAddress;
};

} // namespace custodian
