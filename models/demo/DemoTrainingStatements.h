#pragma once

#include "domain/Result.h"
#include "store/central/XapiMatching.h"

#include <QByteArray>

namespace custodian {

class Database;

// The demo's learning record store, as a file (docs/demo-data.md, "Training through xAPI"): the central service's
// demo gets its training completions the way a real deployment does — from xAPI statements its `xapi-import` applies
// with the pull's own parser, matching and writer — rather than as rows written straight into its store.
//
// take() turns every completion a generated store holds into the statement an LMS would have sent for it, and clears
// the completion, leaving the assignment open for the statement to complete again; importing the file gives every
// agent the same standing in every module at every instant (DemoTrainingStatementsTest checks). The file is what an
// LRS serves: passed and failed attempts (the GDPR course's LMS says `completed` with a success flag instead), by
// `account` or by `mbox`, with scores, `timestamp` when it happened and `stored` minutes later (days later for
// a few sent by an offline laptop); `attempted` statements the service ignores; voiding statements for corrections
// whose voided statement an LRS no longer serves; and a few statements of people who are not agents (a vendor's
// testers, a contractor) or of courses that are no training module, which the import reports.
class DemoTrainingStatements
{
public:
    // The demo LMS's addresses: what `xapi-import --config` reads from the demo's configuration file.
    [[nodiscard]] static XapiMatching matching();
    // The configuration file's text (docs/xapi.md's key = value lines), matching only.
    [[nodiscard]] static QByteArray configText();
    // In one transaction on `database`: the statements (a JSON list, ascending `stored`), and the completions
    // cleared. Same store and seed → the same file.
    [[nodiscard]] static Result<QByteArray> take(Database& database, quint64 seed);
};

} // namespace custodian
