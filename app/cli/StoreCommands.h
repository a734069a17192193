#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace custodian {

// The store administration commands of custodian-cli. Each parses its own options (with --help), does
// its work through the store libraries, and returns an exit status.
class StoreCommands
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommands)

public:
    struct Command
    {
        QString name;
        QString summary;
        std::function<int(const QStringList&)> run;
    };
    static const QList<Command>& all();

    static int init(const QStringList& arguments);
    static int seed(const QStringList& arguments);
    static int stats(const QStringList& arguments);
    static int verify(const QStringList& arguments);
    static int passwd(const QStringList& arguments);
    static int recover(const QStringList& arguments);
    static int rekey(const QStringList& arguments);
    // `export`: the access events of a filter to CSV or PDF, audited (a keyword, hence the longer name).
    static int exportAccess(const QStringList& arguments);
    // `audit`: the console-audit entries (newest last) and the state of their chain.
    static int audit(const QStringList& arguments);
};

} // namespace custodian
