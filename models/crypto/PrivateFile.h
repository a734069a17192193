#pragma once

#include "domain/Result.h"

#include <QByteArrayView>
#include <QString>

namespace custodian {

// A new file that only its owner can read, for secrets handed to a person or a process once: the recovery code, a
// central service's bearer tokens and its store passphrase, TLS keys. An OutputFile that never replaces anything:
// an existing file or a symbolic link at `path` is refused, and on failure nothing is left behind.
class PrivateFile
{
public:
    [[nodiscard]] static Status write(const QString& path, QByteArrayView contents);
};

} // namespace custodian
