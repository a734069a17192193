#pragma once

#include "crypto/RecoveryCode.h"
#include "crypto/Scrypt.h"
#include "store/Store.h"

#include <QTemporaryDir>

namespace custodian::test {

// A store in its own temporary directory, created through the real Store::create. Uses cheap scrypt
// parameters (N = 2^12) so that tests that create many stores stay fast; the CLI tests use the real ones.
class TestStore
{
public:
    static constexpr char Passphrase[] = "test passphrase \xc3\xa9\xe2\x82\xac"; // non-ASCII on purpose
    static Scrypt::Parameters fastParameters() { return { 12, 8, 1 }; }

    TestStore();
    [[nodiscard]] bool isValid() const { return m_store.isOpen(); }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString directory() const { return m_dir.path(); }
    [[nodiscard]] const SecureBuffer& recoveryCode() const { return m_recoveryCode; }
    [[nodiscard]] Store& store() { return m_store; }
    // Closes the store (keys wiped), e.g. before damaging its files.
    void close() { m_store.lock(); }
    [[nodiscard]] Result<Store> reopen() const { return Store::unlock(m_path, Passphrase); }
    [[nodiscard]] QString errorMessage() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    SecureBuffer m_recoveryCode;
    Store m_store;
    QString m_error;
};

} // namespace custodian::test
