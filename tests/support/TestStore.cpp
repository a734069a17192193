#include "support/TestStore.h"

namespace custodian::test {

TestStore::TestStore()
    : m_path(m_dir.filePath(QStringLiteral("store.custodian")))
    , m_recoveryCode(RecoveryCode::generate())
{
    auto created = Store::create(m_path, Passphrase, m_recoveryCode, fastParameters());
    if (created)
        m_store = std::move(created).value();
    else
        m_error = created.error().message();
}

} // namespace custodian::test
