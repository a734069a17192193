#pragma once

#include <QString>

#include <optional>

namespace custodian {

// What GDPR Art. 33(3) says a notification to the supervisory authority describes, as one value: (a) the nature of
// the breach with the categories and approximate numbers of data subjects and of personal-data records concerned,
// (b) a contact point, (c) the likely consequences, (d) the measures taken or proposed. Pre-filled from the incident's
// linked access events (BreachWorkflow::prefill), edited by the supervisor, and kept with each notification as sent.
// Art. 33(4) allows the information to come in phases, so only the nature and the contact point are required of
// every phase; the rest may follow in a later one.
struct BreachNotificationForm
{
    QString nature;
    QString subjectCategories; // "customers of the contact centre", ...
    std::optional<qint64> subjectsApprox; // none: not known yet
    QString recordCategories; // "payment card (BIN + last 4 held): 3 records; personal data: 2 records", ...
    std::optional<qint64> recordsApprox;
    QString contactPoint; // the DPO or another contact point (Art. 33(3)(b))
    QString likelyConsequences;
    QString measures; // taken or proposed, including those to mitigate adverse effects

    bool operator==(const BreachNotificationForm&) const = default;
};

} // namespace custodian
