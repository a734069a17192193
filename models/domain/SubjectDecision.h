#pragma once

#include <QString>

#include <optional>

namespace custodian {

// Why the data subjects are not told of a personal-data breach (GDPR Art. 34): one of the three exemptions of
// Art. 34(3), or the finding that the breach is not likely to result in a high risk to their rights and freedoms,
// so that Art. 34(1) does not apply. Stored by name (incident_subject_decision.exemption).
enum class SubjectExemption {
    Unintelligible, // 34(3)(a): the data was unintelligible to anyone not authorised, e.g. encrypted
    MeasuresTaken, // 34(3)(b): subsequent measures mean the high risk is no longer likely to materialise
    DisproportionateEffort, // 34(3)(c): replaced by a public communication
    NoHighRisk, // 34(1) does not apply
};

[[nodiscard]] QString toString(SubjectExemption exemption);
[[nodiscard]] std::optional<SubjectExemption> subjectExemptionFromString(const QString& name);

// The Art. 34 decision in force for an incident, or one asked for: notify the data subjects (when, how), or not and
// on which ground — with the public communication's when and how under 34(3)(c).
struct SubjectDecision
{
    bool notify = false;
    std::optional<SubjectExemption> exemption; // set exactly when !notify
    std::optional<qint64> communicatedAt; // when the subjects (or the public) are told, done or planned
    QString means; // how: letter, e-mail, a notice on the website
    QString reason;
    qint64 decidedAt = 0;
    qint64 decidedBy = 0; // supervisor id

    // The decision itself, without who decided it, when, and why: what a change must alter.
    [[nodiscard]] bool sameDecision(const SubjectDecision& other) const
    {
        return notify == other.notify && exemption == other.exemption && communicatedAt == other.communicatedAt
            && means == other.means;
    }
};

} // namespace custodian
