#include "store/SyncSettings.h"

namespace custodian {

SyncSettings SyncSettings::clone() const
{
    SyncSettings copy;
    copy.serverUrl = serverUrl;
    copy.caPem = caPem;
    copy.pins = pins;
    copy.clientCertificatePem = clientCertificatePem;
    copy.clientKeyPem = SecureBuffer::copyOf(clientKeyPem.view());
    copy.token = SecureBuffer::copyOf(token.view());
    copy.intervalSeconds = intervalSeconds;
    copy.timeoutSeconds = timeoutSeconds;
    return copy;
}

} // namespace custodian
