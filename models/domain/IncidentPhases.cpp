#include "domain/IncidentPhases.h"

#include <iterator>

namespace custodian {

namespace {
constexpr IncidentPhase Order[] = { IncidentPhase::Declared,    IncidentPhase::Analysing,  IncidentPhase::Containing,
                                    IncidentPhase::Eradicating, IncidentPhase::Recovering, IncidentPhase::Closed };
} // namespace

IncidentPhases::CsfFunction IncidentPhases::csfFunction(IncidentPhase phase)
{
    switch (phase) {
    case IncidentPhase::Declared:
        return CsfFunction::Detect;
    case IncidentPhase::Analysing:
    case IncidentPhase::Containing:
    case IncidentPhase::Eradicating:
        return CsfFunction::Respond;
    case IncidentPhase::Recovering:
        return CsfFunction::Recover;
    case IncidentPhase::Closed:
        return CsfFunction::Improve;
    }
    return CsfFunction::Detect;
}

int IncidentPhases::ordinal(IncidentPhase phase)
{
    for (std::size_t i = 0; i < std::size(Order); ++i)
        if (Order[i] == phase)
            return int(i) + 1;
    return 0;
}

std::optional<IncidentPhase> IncidentPhases::fromCode(qint64 code)
{
    for (const IncidentPhase phase : Order)
        if (qint64(phase) == code)
            return phase;
    return std::nullopt;
}

IncidentPhases::Move IncidentPhases::move(IncidentPhase from, IncidentPhase to)
{
    if (from == to)
        return Move::Same;
    if (from == IncidentPhase::Closed)
        return to == IncidentPhase::Analysing ? Move::Reopen : Move::Refused;
    if (to == IncidentPhase::Closed)
        return Move::Close;
    return ordinal(to) > ordinal(from) ? Move::Forward : Move::Back;
}

const IncidentPhase* IncidentPhases::begin()
{
    return std::begin(Order);
}

const IncidentPhase* IncidentPhases::end()
{
    return std::end(Order);
}

} // namespace custodian
