#pragma once

#include "crypto/SecureBuffer.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace custodian {

// Where the CLI gets a secret: a file given on the command line, else an environment variable, else a
// no-echo prompt on the terminal. The secret only ever lives in a SecureBuffer; one trailing newline is
// dropped (files written with `echo`).
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)

public:
    [[nodiscard]] static Result<SecureBuffer> fromFile(const QString& path, const QString& what);
    [[nodiscard]] static Result<SecureBuffer> prompt(const QString& question);
    // file if given, else environment variable (if named), else prompt.
    [[nodiscard]] static Result<SecureBuffer> obtain(const QString& file, const char* environmentVariable,
                                                     const QString& question, const QString& what);
    // Prompts twice and insists on equality (new passphrases).
    [[nodiscard]] static Result<SecureBuffer> obtainNew(const QString& file, const QString& question,
                                                        const QString& what);
};

} // namespace custodian
