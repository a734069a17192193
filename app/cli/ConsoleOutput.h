#pragma once

#include <QString>

namespace custodian {

// stdout for results, stderr for diagnostics — so `custodian-cli stats --json | jq` stays clean.
class ConsoleOutput
{
public:
    static void out(const QString& text);
    static void err(const QString& text);
};

} // namespace custodian
