#include "domain/Error.h"

namespace custodian {

Error::Error(Code code, QString message)
    : m_code(code)
    , m_message(std::move(message))
{
}

Error Error::prefixed(const QString& context) const
{
    return Error(m_code, context + QStringLiteral(": ") + m_message);
}

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::Ok:
        return QStringLiteral("Ok");
    case Code::Io:
        return QStringLiteral("Io");
    case Code::NotFound:
        return QStringLiteral("NotFound");
    case Code::NotWritable:
        return QStringLiteral("NotWritable");
    case Code::DiskFull:
        return QStringLiteral("DiskFull");
    case Code::WrongPassphrase:
        return QStringLiteral("WrongPassphrase");
    case Code::WrongRecoveryCode:
        return QStringLiteral("WrongRecoveryCode");
    case Code::NotAStore:
        return QStringLiteral("NotAStore");
    case Code::StoreTruncated:
        return QStringLiteral("StoreTruncated");
    case Code::StoreDamaged:
        return QStringLiteral("StoreDamaged");
    case Code::KeyringMissing:
        return QStringLiteral("KeyringMissing");
    case Code::KeyringDamaged:
        return QStringLiteral("KeyringDamaged");
    case Code::KeyringTampered:
        return QStringLiteral("KeyringTampered");
    case Code::KeyringMismatch:
        return QStringLiteral("KeyringMismatch");
    case Code::StoreKeyMismatch:
        return QStringLiteral("StoreKeyMismatch");
    case Code::KeyChangeInProgress:
        return QStringLiteral("KeyChangeInProgress");
    case Code::StoreInUse:
        return QStringLiteral("StoreInUse");
    case Code::AlreadyExists:
        return QStringLiteral("AlreadyExists");
    case Code::SchemaTooNew:
        return QStringLiteral("SchemaTooNew");
    case Code::AuditChainBroken:
        return QStringLiteral("AuditChainBroken");
    case Code::InvalidArgument:
        return QStringLiteral("InvalidArgument");
    case Code::Crypto:
        return QStringLiteral("Crypto");
    case Code::Database:
        return QStringLiteral("Database");
    case Code::Cancelled:
        return QStringLiteral("Cancelled");
    case Code::NotConfigured:
        return QStringLiteral("NotConfigured");
    case Code::Offline:
        return QStringLiteral("Offline");
    case Code::Tls:
        return QStringLiteral("Tls");
    case Code::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Code::Protocol:
        return QStringLiteral("Protocol");
    case Code::ServerBusy:
        return QStringLiteral("ServerBusy");
    case Code::ServerFailed:
        return QStringLiteral("ServerFailed");
    case Code::Rejected:
        return QStringLiteral("Rejected");
    case Code::Conflict:
        return QStringLiteral("Conflict");
    case Code::RolledBack:
        return QStringLiteral("RolledBack");
    case Code::Tampered:
        return QStringLiteral("Tampered");
    }
    return QStringLiteral("Code(%1)").arg(int(code));
}

} // namespace custodian
