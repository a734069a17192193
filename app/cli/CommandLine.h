#pragma once

#include <QStringList>

namespace custodian {

// `custodian-cli COMMAND [options]`: dispatches to the command, prints its help, returns the exit status
// (0 success, 1 failure with a message on stderr, 2 usage error).
class CommandLine
{
public:
    static int run(const QStringList& arguments);
    static QString usage();
    // Whether the command draws text (PDF export): fonts need a QGuiApplication, which main() then creates on the
    // offscreen platform (no display needed). The other commands stay a QCoreApplication.
    static bool needsGuiApplication(int argc, char** argv);
};

} // namespace custodian
