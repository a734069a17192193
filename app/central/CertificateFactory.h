#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace custodian {

// Makes the X.509 material a demo or test deployment of custodian-central needs, with OpenSSL: a certificate
// authority, a server certificate for the host names and addresses the console connects to, and client
// certificates for mutual TLS. Keys are ECDSA P-256, signatures SHA-256; everything comes out as PEM. The validity
// window is the caller's, so that tests can make certificates that have expired or are not valid yet.
class CertificateFactory
{
    Q_DECLARE_TR_FUNCTIONS(CertificateFactory)

public:
    struct Issued
    {
        QByteArray certificatePem;
        QByteArray privateKeyPem;
    };

    struct Subject
    {
        QString commonName;
        QStringList dnsNames; // subjectAltName DNS entries (server certificates)
        QStringList ipAddresses; // subjectAltName IP entries (server certificates)
        bool client = false; // extendedKeyUsage clientAuth instead of serverAuth
        QDateTime notBefore; // default: an hour ago
        QDateTime notAfter; // default: notBefore + 825 days
    };

    [[nodiscard]] static Result<Issued> makeAuthority(const QString& commonName, QDateTime notBefore = {},
                                                      QDateTime notAfter = {});
    [[nodiscard]] static Result<Issued> issue(const Issued& authority, const Subject& subject);
};

} // namespace custodian
