#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <functional>

namespace custodian::test {

// A scripted, plain-HTTP stand-in for a broken or hostile xAPI LRS on 127.0.0.1 (XapiHostileLrsTest): each request
// gets the raw HTTP response the script returns for its target and index, then the connection closes. It keeps every
// request's head, so a test can check the headers the client sent. Not an LRS: the real one is LearningRecordStore.
class HostileLrs : public QObject
{
    Q_OBJECT

public:
    // (request target, 0-based request index) -> raw response bytes
    using Script = std::function<QByteArray(const QByteArray& target, int index)>;

    explicit HostileLrs(Script script);

    [[nodiscard]] bool listen();
    [[nodiscard]] QString endpoint() const;
    [[nodiscard]] const QList<QByteArray>& requests() const { return m_requests; }

    // A response with the xAPI headers a conforming LRS sends (version, consistent-through), unless left out.
    static QByteArray response(int status, const QByteArray& body, bool versionHeader = true);

private:
    void accept();

    Script m_script;
    QTcpServer m_server;
    QList<QByteArray> m_requests;
};

} // namespace custodian::test
