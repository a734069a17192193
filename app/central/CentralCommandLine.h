#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace custodian {

// `custodian-central COMMAND [options]`: the reference central service's commands — `init` (a data directory with
// the demo organisation and one bearer token per supervisor), `serve` (HTTPS on loopback or another address, TLS
// from certificate and key files, optional client CA for mutual TLS, optional live events), `token` (a new token
// for a supervisor) and `tls` (a fresh demo CA with a server certificate and client certificates). Exit status 0 on
// success, 1 on failure with the reason on stderr, 2 on a usage error.
class CentralCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CentralCommandLine)

public:
    static int run(const QStringList& arguments);
    static QString usage();
};

} // namespace custodian
