#include "support/FileSnapshot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace custodian::test {

FileSnapshot FileSnapshot::of(const QString& directory)
{
    FileSnapshot snapshot;
    const QDir dir(directory);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            snapshot.m_files.insert(name, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
        else
            snapshot.m_files.insert(name, QByteArrayLiteral("<unreadable>"));
    }
    return snapshot;
}

QString FileSnapshot::describeDifference(const FileSnapshot& other) const
{
    QStringList differences;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (!other.m_files.contains(it.key()))
            differences << QStringLiteral("removed ") + it.key();
        else if (other.m_files.value(it.key()) != it.value())
            differences << QStringLiteral("changed ") + it.key();
    }
    for (auto it = other.m_files.cbegin(); it != other.m_files.cend(); ++it)
        if (!m_files.contains(it.key()))
            differences << QStringLiteral("added ") + it.key();
    return differences.join(QStringLiteral(", "));
}

} // namespace custodian::test
