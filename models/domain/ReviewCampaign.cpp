#include "domain/ReviewCampaign.h"

namespace custodian {

QString toString(ReviewScope scope)
{
    switch (scope) {
    case ReviewScope::Team:
        return QStringLiteral("team");
    case ReviewScope::Site:
        return QStringLiteral("site");
    case ReviewScope::Role:
        return QStringLiteral("role");
    case ReviewScope::SensitiveRoles:
        return QStringLiteral("sensitive_roles");
    }
    return {};
}

std::optional<ReviewScope> reviewScopeFromString(const QString& text)
{
    for (ReviewScope scope : { ReviewScope::Team, ReviewScope::Site, ReviewScope::Role, ReviewScope::SensitiveRoles })
        if (text == toString(scope))
            return scope;
    return std::nullopt;
}

QString toString(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Keep:
        return QStringLiteral("keep");
    case ReviewDecision::Revoke:
        return QStringLiteral("revoke");
    case ReviewDecision::Shorten:
        return QStringLiteral("shorten");
    }
    return {};
}

std::optional<ReviewDecision> reviewDecisionFromString(const QString& text)
{
    for (ReviewDecision decision : { ReviewDecision::Keep, ReviewDecision::Revoke, ReviewDecision::Shorten })
        if (text == toString(decision))
            return decision;
    return std::nullopt;
}

} // namespace custodian
