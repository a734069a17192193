#include "ui/reviews/ReviewDecisionDialog.h"

#include "domain/Clock.h"

#include <QDateTime>

namespace custodian {

namespace {
QString decisionVerb(ReviewDecision decision)
{
    return decision == ReviewDecision::Keep  ? ReviewDecisionDialog::tr("Keep")
        : decision == ReviewDecision::Revoke ? ReviewDecisionDialog::tr("Revoke")
                                             : ReviewDecisionDialog::tr("Shorten");
}
} // namespace

ReviewDecisionDialog::ReviewDecisionDialog(ReviewDecision decision, int items, const QString& subject, Decide decide,
                                           QWidget* parent)
    : ReasonDialog(tr("%1 — %n item(s)", nullptr, items).arg(decisionVerb(decision)), subject, std::move(decide),
                   parent)
{
    setObjectName(QStringLiteral("reviewDecisionDialog"));
    setIntro(decision == ReviewDecision::Keep ? tr("The assignments stay as they are.")
                 : decision == ReviewDecision::Revoke
                 ? tr("The assignments are revoked now; the agents lose what the roles open.")
                 : tr("The assignments end earlier, at the new end."));
    if (decision == ReviewDecision::Shorten)
        askNewEnd(Clock::nowLocal().addDays(7).toMSecsSinceEpoch());
    setReasonLabel(tr("&Justification:"), tr("Why — recorded with every decision (required)"));
    setAcceptText(decisionVerb(decision));
}

} // namespace custodian
