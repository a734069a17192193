#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

struct sqlite3_stmt;

namespace custodian {

// A prepared statement: bind by 1-based index, step, read columns. Reset() makes it reusable, which is
// what keeps ingest at hundreds of thousands of rows per second.
class Statement
{
public:
    Statement() = default;
    explicit Statement(sqlite3_stmt* statement);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bindBlob(int index, QByteArrayView value);
    // UTF-8 text that stays valid until the statement has run (no copy): for hot ingest loops.
    Statement& bindUtf8Static(int index, QByteArrayView utf8);
    Statement& bindNull(int index);
    Statement& bindOptional(int index, std::optional<qint64> value);

    // true: a row is available; false: done. Error on failure.
    [[nodiscard]] Result<bool> step();
    // Runs to completion, for statements without results.
    [[nodiscard]] Status run();
    void reset();
    // Steps through every row, calling onRow(*this) for each: the read loop of every repository.
    template <typename OnRow> [[nodiscard]] Status forEachRow(OnRow&& onRow)
    {
        for (;;) {
            auto more = step();
            if (!more)
                return more.error();
            if (!*more)
                return {};
            onRow(*this);
        }
    }

    // The first row read by read(*this), or nothing when there is none: the look-up by key of every repository.
    template <typename Read>
    [[nodiscard]] auto firstRow(Read&& read) -> Result<std::optional<decltype(read(std::declval<const Statement&>()))>>
    {
        using Row = decltype(read(std::declval<const Statement&>()));
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<Row>();
        return std::optional<Row>(read(*this));
    }

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    // A nullable integer column: nothing when NULL.
    [[nodiscard]] std::optional<qint64> optionalInt64(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<qint64>(int64(column));
    }
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    // Valid until the next step/reset: for key material that must go straight into a SecureBuffer.
    [[nodiscard]] QByteArrayView blobView(int column) const;
    [[nodiscard]] QString columnName(int column) const;

private:
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace custodian
