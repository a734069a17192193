#include "support/ResultChecks.h"

namespace custodian::test {

QString codeName(Error::Code code)
{
    return Error::codeName(code);
}

QString describe(const Error& error)
{
    return codeName(error.code()) + QStringLiteral(": ") + error.message();
}

} // namespace custodian::test
