#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace custodian {

// custodian-cli's role-management commands, with the same rules and messages as the console's pages
// (RoleAssignmentWorkflow), so that administrators can script them:
//  * `roles list` the catalog, `roles agent --agent EMP` one agent's permissions, assignments and history,
//    `roles pending` the requests waiting for a second supervisor (each with --json);
//  * `assign`, `revoke`, `approve`, `reject`, `shorten`: one change each, audited and queued for the central
//    service; a refusal says why and writes nothing (exit status 1).
class RoleCommands
{
    Q_DECLARE_TR_FUNCTIONS(RoleCommands)

public:
    static int roles(const QStringList& arguments);
    static int assign(const QStringList& arguments);
    static int revoke(const QStringList& arguments);
    static int approve(const QStringList& arguments);
    static int reject(const QStringList& arguments);
    static int shorten(const QStringList& arguments);
};

} // namespace custodian
