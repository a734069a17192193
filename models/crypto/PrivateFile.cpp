#include "crypto/PrivateFile.h"

#include "crypto/OutputFile.h"

namespace custodian {

Status PrivateFile::write(const QString& path, QByteArrayView contents)
{
    return OutputFile::write(path, contents, OutputFile::Existing::Refuse);
}

} // namespace custodian
