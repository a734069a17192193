#include "store/DetectionSettingRepository.h"

#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace custodian {

DetectionSettingRepository::DetectionSettingRepository(Database& database)
    : m_database(database)
{
}

Result<int> DetectionSettingRepository::save(const std::vector<std::pair<QString, QString>>& values,
                                             const QString& actor)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    auto current = m_database.prepare(QStringLiteral("SELECT value FROM detection_setting WHERE key = ?"));
    auto write = m_database.prepare(QStringLiteral("INSERT OR REPLACE INTO detection_setting (key, value) VALUES (?, ?)"));
    if (!current)
        return current.error();
    if (!write)
        return write.error();
    QJsonObject changes;
    for (const auto& [key, value] : values) {
        current->reset();
        current->bind(1, key);
        auto row = current->step();
        if (!row)
            return row.error();
        const QString old = *row ? current->text(0) : QString();
        if (old == value)
            continue;
        write->reset();
        write->bind(1, key).bind(2, value);
        if (auto status = write->run(); !status)
            return status.error();
        changes.insert(key, QJsonObject { { QStringLiteral("old"), old }, { QStringLiteral("new"), value } });
    }
    if (changes.isEmpty())
        return 0;
    auto audited = ConsoleAudit::append(m_database, { actor, QStringLiteral("detection.settings"), QString(),
                                                      QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)) });
    if (!audited)
        return audited.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return int(changes.size());
}

} // namespace custodian
