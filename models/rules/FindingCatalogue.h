#pragma once

#include "domain/Enums.h"

#include <QString>

#include <array>

namespace custodian {

// What each kind of finding means to a supervisor: its name, the compliance controls it maps to and its
// default severity (docs/detections.md explains each mapping). Shared by the detections and the findings page.
class FindingCatalogue
{
public:
    struct Entry
    {
        FindingKind kind;
        const char* code; // finding_kind.name
        const char* title; // translatable (context "FindingCatalogue")
        const char* controlRef;
        Severity severity;
    };

    static const std::array<Entry, 8>& all();
    static const Entry& entry(FindingKind kind);
    static QString title(FindingKind kind);
    static QString severityName(Severity severity);
    static QString statusName(FindingStatus status);
};

} // namespace custodian
