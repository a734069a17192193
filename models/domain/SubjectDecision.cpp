#include "domain/SubjectDecision.h"

namespace custodian {

QString toString(SubjectExemption exemption)
{
    switch (exemption) {
    case SubjectExemption::Unintelligible:
        return QStringLiteral("unintelligible");
    case SubjectExemption::MeasuresTaken:
        return QStringLiteral("measures_taken");
    case SubjectExemption::DisproportionateEffort:
        return QStringLiteral("disproportionate_effort");
    case SubjectExemption::NoHighRisk:
        return QStringLiteral("no_high_risk");
    }
    return QString();
}

std::optional<SubjectExemption> subjectExemptionFromString(const QString& name)
{
    for (auto exemption : { SubjectExemption::Unintelligible, SubjectExemption::MeasuresTaken,
                            SubjectExemption::DisproportionateEffort, SubjectExemption::NoHighRisk })
        if (toString(exemption) == name)
            return exemption;
    return std::nullopt;
}

} // namespace custodian
