#pragma once

#include "domain/Result.h"
#include "store/central/XapiMatching.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSslConfiguration>
#include <QUrl>

namespace custodian {

// Where and how custodian-central pulls training completions from the organisation's xAPI learning record store
// (docs/xapi.md), checked as security.md "Transport" asks of our own sync: https with TLS 1.2 or later, the
// configured CA and nothing else (the system's CAs when none is given), certificate errors never ignored. http:// is
// accepted for 127.0.0.1, ::1 and localhost only — a test convenience, never a deployment. The basic-auth key and
// secret come from a file only its owner can read (mode 0600): anything more open is refused, and neither is ever
// printed or logged.
class XapiSettings
{
    Q_DECLARE_TR_FUNCTIONS(XapiSettings)

public:
    struct Input
    {
        QString endpoint; // e.g. https://lrs.example.com/xAPI/
        QString credentialsFile; // one line: KEY:SECRET
        QString caFile; // PEM; empty: the system's CAs
        XapiMatching matching;
        int limit = 500; // statements per page asked for
    };

    [[nodiscard]] static Result<XapiSettings> load(const Input& input);
    // A configuration file (docs/xapi.md): `key = value` lines, `#` comments, keys endpoint, credentials, ca,
    // activity-prefix, mail-domain, account-home-page and limit. An unknown key or a line without `=` is refused
    // with its line number. It names the credentials file; it never holds the secret.
    [[nodiscard]] static Result<Input> readConfig(const QString& path);
    // How statements find agents and modules, on its own: `xapi-import` needs only this part.
    [[nodiscard]] static Status checkMatching(const XapiMatching& matching);

    // The endpoint with a trailing slash: "statements" resolves against it.
    [[nodiscard]] const QUrl& endpoint() const { return m_endpoint; }
    [[nodiscard]] const QByteArray& authorization() const { return m_authorization; }
    [[nodiscard]] const QSslConfiguration& tls() const { return m_tls; }
    [[nodiscard]] const XapiMatching& matching() const { return m_matching; }
    [[nodiscard]] int limit() const { return m_limit; }

    static constexpr int MaxLimit = 5000;

private:
    QUrl m_endpoint;
    QByteArray m_authorization; // "Basic …"
    QSslConfiguration m_tls;
    XapiMatching m_matching;
    int m_limit = 500;
};

} // namespace custodian
