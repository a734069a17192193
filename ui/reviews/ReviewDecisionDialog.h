#pragma once

#include "domain/ReviewCampaign.h"
#include "ui/widgets/ReasonDialog.h"

namespace custodian {

// Asks for the justification of a review decision on one or many items (and the new end, for "shorten"), naming the
// agents and roles it decides on, then runs `decide`. A refusal is shown in the dialog, which stays open with
// everything typed; nothing is written (ReasonDialog).
class ReviewDecisionDialog : public ReasonDialog
{
    Q_OBJECT
public:
    // `subject`: the agents and roles decided on, as the page names them.
    ReviewDecisionDialog(ReviewDecision decision, int items, const QString& subject, Decide decide,
                         QWidget* parent = nullptr);

    void setJustification(const QString& text) { setReason(text); }
    void setNewValidUntil(qint64 ms) { setNewEnd(ms); }
};

} // namespace custodian
