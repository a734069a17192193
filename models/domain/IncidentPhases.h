#pragma once

#include "domain/Enums.h"

#include <optional>

namespace custodian {

// The phases of an incident after NIST SP 800-61 Rev. 3, a CSF 2.0 profile, and the rules that follow from them
// alone (pure; docs/incidents.md, "Phases and CSF functions"):
//
//  * the CSF function a phase serves: declared → Detect; analysing, containing, eradicating → Respond; recovering →
//    Recover; closed → Improve (lessons learned feed back into the organisation's Identify and Protect work). It
//    follows from the phase, so it is computed, never stored where it could disagree.
//  * moves between phases: forward by any number of steps (an incident can be contained as soon as it is declared);
//    back by one or more steps only with a reason (analysis reopened: the containment did not hold); closed is left
//    only by reopening, to analysing, with a reason. Moving to closed is closing, which asks for more than a phase.
class IncidentPhases
{
public:
    enum class CsfFunction { Detect, Respond, Recover, Improve };

    enum class Move {
        Same, // already in that phase
        Forward,
        Back, // needs a reason
        Close, // to closed: through closing (outcome and summary), not a phase change
        Reopen, // closed → analysing, needs a reason
        Refused, // closed → anything but analysing
    };

    IncidentPhases() = delete;

    [[nodiscard]] static CsfFunction csfFunction(IncidentPhase phase);
    // 1 (declared) .. 6 (closed): the place in the sequence, which the codes (6 withdrawn) are not.
    [[nodiscard]] static int ordinal(IncidentPhase phase);
    // A stored or wire code, if it is a phase of Rev. 3 (6, Rev. 2's post-incident activity, is not).
    [[nodiscard]] static std::optional<IncidentPhase> fromCode(qint64 code);
    [[nodiscard]] static Move move(IncidentPhase from, IncidentPhase to);
    // Every phase in order, closed last.
    [[nodiscard]] static const IncidentPhase* begin();
    [[nodiscard]] static const IncidentPhase* end();
};

} // namespace custodian
