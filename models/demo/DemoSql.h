#pragma once

#include "domain/Result.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Returns the error of a failed Status or Result from the enclosing function.
#define DEMO_TRY(expression)                                                                                           \
    do {                                                                                                               \
        if (const auto& demoTryResult = (expression); !demoTryResult)                                                  \
            return demoTryResult.error();                                                                              \
    } while (false)

namespace custodian {

// Binds a row's values in order and runs a prepared INSERT: the demo writes many tables with many columns,
// and positional bind chains are where column mix-ups hide.
class DemoSql
{
public:
    [[nodiscard]] static Result<Statement> prepare(Database& database, const char* sql)
    {
        return database.prepare(QString::fromLatin1(sql));
    }

    template <typename... Values> [[nodiscard]] static Status run(Statement& statement, const Values&... values)
    {
        int index = 0;
        (bindOne(statement, ++index, values), ...);
        return statement.run();
    }

private:
    static void bindOne(Statement& s, int i, qint64 v) { s.bind(i, v); }
    static void bindOne(Statement& s, int i, int v) { s.bind(i, v); }
    static void bindOne(Statement& s, int i, bool v) { s.bind(i, v ? 1 : 0); }
    static void bindOne(Statement& s, int i, const QString& v) { s.bind(i, v); }
    static void bindOne(Statement& s, int i, const QByteArray& v) { s.bindBlob(i, v); }
    static void bindOne(Statement& s, int i, std::nullptr_t) { s.bindNull(i); }
    static void bindOne(Statement& s, int i, const std::optional<qint64>& v) { s.bindOptional(i, v); }
    static void bindOne(Statement& s, int i, const std::optional<QString>& v)
    {
        if (v)
            s.bind(i, *v);
        else
            s.bindNull(i);
    }
};

} // namespace custodian
