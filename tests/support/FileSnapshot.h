#pragma once

#include <QMap>
#include <QString>

namespace custodian::test {

// SHA-256 of every file in a directory: "nothing was changed" is then snapshot == FileSnapshot::of(dir).
class FileSnapshot
{
public:
    static FileSnapshot of(const QString& directory);
    bool operator==(const FileSnapshot& other) const { return m_files == other.m_files; }
    [[nodiscard]] QString describeDifference(const FileSnapshot& other) const;

private:
    QMap<QString, QByteArray> m_files;
};

} // namespace custodian::test
