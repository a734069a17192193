#include "store/DetectionSettingRepository.h"

#include "domain/Clock.h"
#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/SyncOutbox.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace custodian {

DetectionSettingRepository::DetectionSettingRepository(Database& database)
    : m_database(database)
{
}

Result<int> DetectionSettingRepository::write(const std::vector<std::pair<QString, QString>>& values,
                                              const QString& actor)
{
    auto current = m_database.prepare(QStringLiteral("SELECT value FROM detection_setting WHERE key = ?"));
    auto write
        = m_database.prepare(QStringLiteral("INSERT OR REPLACE INTO detection_setting (key, value) VALUES (?, ?)"));
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
    auto audited = ConsoleAudit::append(m_database,
                                        { actor, QStringLiteral("detection.settings"), QString(),
                                          QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)) });
    if (!audited)
        return audited.error();
    return int(changes.size());
}

Result<int> DetectionSettingRepository::save(const std::vector<std::pair<QString, QString>>& values,
                                             const QString& actor)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    auto changed = write(values, actor);
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return 0;
    auto base = serverVersion();
    if (!base)
        return base.error();
    QJsonObject wireValues;
    for (const auto& [key, value] : values)
        wireValues.insert(key, value.toLongLong());
    if (auto status = SyncOutbox::enqueue(m_database, QStringLiteral("detection.settings"), std::nullopt, *base,
                                          QJsonObject { { QStringLiteral("values"), wireValues } }, Clock::nowMs());
        !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return changed;
}

Result<int> DetectionSettingRepository::applyServerSettings(const std::vector<std::pair<QString, QString>>& values,
                                                            qint64 version)
{
    auto changed = write(values, QStringLiteral("central"));
    if (!changed)
        return changed;
    if (auto status = m_database.exec(QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES "
                                                     "('sync.detection_settings_version', '%1')")
                                          .arg(version));
        !status)
        return status.error();
    return changed;
}

Result<qint64> DetectionSettingRepository::serverVersion()
{
    return m_database.queryInt(QStringLiteral("SELECT coalesce((SELECT CAST(value AS INTEGER) FROM setting WHERE key = "
                                              "'sync.detection_settings_version'), 0)"));
}

Result<bool> DetectionSettingRepository::hasQueuedChange()
{
    auto count = m_database.queryInt(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE kind = 'detection.settings' AND state = 'queued')"));
    if (!count)
        return count.error();
    return *count != 0;
}

} // namespace custodian
