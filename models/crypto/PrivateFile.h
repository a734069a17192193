#pragma once

#include "domain/Result.h"

#include <QByteArrayView>
#include <QString>

namespace custodian {

// A new file that only its owner can read (mode 0600, created exclusively: an existing file is never replaced),
// written and synced before it counts as written; on failure nothing is left behind. For secrets handed to a person
// or a process once: the recovery code, a central service's bearer tokens and its store passphrase, TLS keys.
class PrivateFile
{
public:
    [[nodiscard]] static Status write(const QString& path, QByteArrayView contents);
};

} // namespace custodian
