#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace custodian {

// Finds out whether a TLS server asks for a client certificate. A server that requires one (mutual TLS) and gets
// none may simply close the connection after the handshake, without an alert — Qt's own server does, and with
// TLS 1.3 the client's handshake has finished by then — so that Qt's network access reports only "Connection
// closed". This makes one handshake of its own with OpenSSL, verifying the server as the console does (the same CAs,
// or the system's; the host name), answers a certificate request with no certificate and sends nothing else: no
// token or other data leaves the console. Blocking: for the sync worker's thread.
class ClientCertificateProbe
{
public:
    struct Outcome
    {
        bool verified = false; // the handshake got as far as the server's verified certificate
        bool certificateRequested = false;
        QString failure; // OpenSSL's reason when the handshake failed (for a log or a test, not for the user)
    };

    // `authorities` empty: the system's CAs.
    [[nodiscard]] static Outcome probe(const QString& host, quint16 port, const QList<QSslCertificate>& authorities,
                                       int timeoutMs);
};

} // namespace custodian
