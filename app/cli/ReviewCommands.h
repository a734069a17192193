#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace custodian {

// custodian-cli's access-review commands, with the same rules and messages as the console's review page
// (ReviewWorkflow, ReviewReport), so that administrators can script a campaign:
//  * `review list`, `review show CAMPAIGN` (items with their evidence and decisions; each with --json);
//  * `review create`, `review decide` (one item, an agent's items or every undecided one at once), `review close`;
//  * `review export CAMPAIGN --output FILE.csv|FILE.pdf`, audited.
// CAMPAIGN is "review:<id>" or the campaign's name (or an unambiguous leading part of it).
class ReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommands)

public:
    static int review(const QStringList& arguments);
};

} // namespace custodian
