#pragma once

#include <QStringList>

namespace custodian {

// What one pull did: every statement received is counted under exactly one outcome.
struct XapiPullReport
{
    int pages = 0;
    int received = 0;
    int applied = 0; // completions written to training_record
    int voided = 0; // voiding statements applied (a completion retracted, or a later statement pre-empted)
    int duplicates = 0; // statements applied by an earlier pull
    int ignoredVerbs = 0; // verbs other than completed, passed, failed, voided
    int unmatchedActors = 0;
    int unmappedActivities = 0;
    QStringList unmatched; // "statement id: actor" of each statement whose actor matched no agent
    QStringList unmapped; // "statement id: activity id" of each statement whose activity is no module
    QString consistentThrough; // the new cursor
};

} // namespace custodian
