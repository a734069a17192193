#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>
#include <QTest>

namespace custodian::test {

// Readable names for Error::Code, so that a failing check says "got WrongPassphrase" rather than "got 5".
QString codeName(Error::Code code);
// "<CodeName>: <message>", for QVERIFY2 descriptions.
QString describe(const Error& error);

} // namespace custodian::test

// QVERIFY2 variants for Result/Status that put the error's code and message into the failure text. Use them in
// test functions (they return from the enclosing function on failure, as QVERIFY does).
#define CUSTODIAN_VERIFY_OK(expression)                                                                                \
    do {                                                                                                               \
        const auto& custodianResult_ = (expression);                                                                   \
        QVERIFY2(custodianResult_.ok(),                                                                                \
                 custodianResult_.ok() ? ""                                                                            \
                                       : qPrintable(QStringLiteral(#expression " failed: ")                            \
                                                    + custodian::test::describe(custodianResult_.error())));           \
    } while (false)

// The expression must fail with `expectedCode` and a non-empty message.
#define CUSTODIAN_VERIFY_ERROR(expression, expectedCode)                                                               \
    do {                                                                                                               \
        const auto& custodianResult_ = (expression);                                                                   \
        QVERIFY2(!custodianResult_.ok(), #expression " succeeded but should have failed");                             \
        QVERIFY2(custodianResult_.error().code() == (expectedCode),                                                    \
                 qPrintable(QStringLiteral(#expression ": expected ") + custodian::test::codeName(expectedCode)        \
                            + QStringLiteral(", got ") + custodian::test::describe(custodianResult_.error())));        \
        QVERIFY2(!custodianResult_.error().message().trimmed().isEmpty(), #expression ": the error has no message");   \
    } while (false)
