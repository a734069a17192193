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

} // namespace custodian
