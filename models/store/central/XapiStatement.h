#pragma once

#include <QString>

#include <optional>

namespace custodian {

// One xAPI statement as the central service reads it from a learning record store (docs/xapi.md): only what a
// training completion needs. Times are milliseconds since the epoch, UTC.
struct XapiStatement
{
    enum class Verb {
        Completed,
        Passed,
        Failed,
        Voided,
        Other,
    };

    QString id;
    Verb verb = Verb::Other;
    QString verbId;
    // The actor: an mbox ("mailto:…") or an account (home page and name); whichever the statement carries.
    QString mbox;
    QString accountHomePage;
    QString accountName;
    // The object: an activity id, or for a voiding statement the id of the statement it voids (StatementRef).
    QString activityId;
    QString voidedStatementId;
    std::optional<double> scaledScore;
    std::optional<bool> success;
    qint64 timestamp = 0; // when it happened
    qint64 stored = 0; // when the LRS stored it

    // The actor as the operator reads it in the list of unmatched statements.
    QString actorText() const
    {
        if (!mbox.isEmpty())
            return mbox;
        return accountHomePage + QLatin1Char('|') + accountName;
    }
};

} // namespace custodian
