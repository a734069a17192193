#pragma once

#include "domain/Result.h"
#include "store/ConsoleAudit.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// Reads the console-audit chain for people: pages of entries newest first, keyset-paged by seq (never OFFSET),
// narrowed by action prefix, actor and time; the number of entries a filter matches; and the replay of the chain
// (ConsoleAudit::verify) inside one read snapshot. Read-only: entries are written by ConsoleAudit::append only.
class ConsoleAuditLog
{
public:
    struct Entry
    {
        qint64 seq = 0;
        qint64 atMs = 0;
        QString actor;
        QString action;
        QString target;
        QString detail; // JSON as written (may be empty)
    };

    // Empty members: no restriction.
    struct Filter
    {
        // An entry matches when its action starts with any of these ("record.", "export", "finding.", "unlock").
        QStringList actionPrefixes;
        // Case-insensitive (ASCII) substring of the actor: "alice" finds "console:alice".
        QString actor;
        std::optional<qint64> fromMs; // inclusive
        std::optional<qint64> untilMs; // exclusive
    };

    explicit ConsoleAuditLog(Database& database);

    // At most `limit` entries with seq < beforeSeq (all seqs when empty), newest first. The next page starts
    // before the last seq returned.
    [[nodiscard]] Result<std::vector<Entry>> page(const Filter& filter, std::optional<qint64> beforeSeq, int limit);
    [[nodiscard]] Result<qint64> count(const Filter& filter);
    // ConsoleAudit::verify in one read snapshot, so that an entry appended by another connection meanwhile cannot
    // look like a truncation. Use on a connection that is not inside a transaction of its own.
    [[nodiscard]] Result<ConsoleAudit::Verification> verify();

private:
    Database& m_database;
};

} // namespace custodian
