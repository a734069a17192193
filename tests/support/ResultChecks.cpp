#include "support/ResultChecks.h"

namespace custodian::test {

QString codeName(Error::Code code)
{
    switch (code) {
    case Error::Code::Ok:
        return QStringLiteral("Ok");
    case Error::Code::Io:
        return QStringLiteral("Io");
    case Error::Code::NotFound:
        return QStringLiteral("NotFound");
    case Error::Code::NotWritable:
        return QStringLiteral("NotWritable");
    case Error::Code::DiskFull:
        return QStringLiteral("DiskFull");
    case Error::Code::WrongPassphrase:
        return QStringLiteral("WrongPassphrase");
    case Error::Code::WrongRecoveryCode:
        return QStringLiteral("WrongRecoveryCode");
    case Error::Code::NotAStore:
        return QStringLiteral("NotAStore");
    case Error::Code::StoreTruncated:
        return QStringLiteral("StoreTruncated");
    case Error::Code::StoreDamaged:
        return QStringLiteral("StoreDamaged");
    case Error::Code::KeyringMissing:
        return QStringLiteral("KeyringMissing");
    case Error::Code::KeyringDamaged:
        return QStringLiteral("KeyringDamaged");
    case Error::Code::KeyringTampered:
        return QStringLiteral("KeyringTampered");
    case Error::Code::KeyringMismatch:
        return QStringLiteral("KeyringMismatch");
    case Error::Code::AlreadyExists:
        return QStringLiteral("AlreadyExists");
    case Error::Code::SchemaTooNew:
        return QStringLiteral("SchemaTooNew");
    case Error::Code::AuditChainBroken:
        return QStringLiteral("AuditChainBroken");
    case Error::Code::InvalidArgument:
        return QStringLiteral("InvalidArgument");
    case Error::Code::Crypto:
        return QStringLiteral("Crypto");
    case Error::Code::Database:
        return QStringLiteral("Database");
    case Error::Code::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Code(%1)").arg(int(code));
}

QString describe(const Error& error)
{
    return codeName(error.code()) + QStringLiteral(": ") + error.message();
}

} // namespace custodian::test
