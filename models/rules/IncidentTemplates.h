#pragma once

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace custodian {

// The incident categories of a contact center and, for five of them, the template of tasks an incident of that
// category starts with (issue 17, point 2; docs/incidents.md, "Templates"). Pure data and a look-up: opening an
// incident copies its category's tasks into the incident (IncidentWorkflow::open), so that a template changed in a
// later release does not change what an incident already asked for.
//
// A mandatory task blocks closing until it is done or marked not applicable with a reason; an optional one never
// does. Each task belongs to the phase where it is normally done; the phase is guidance, not a gate.
class IncidentTemplates
{
    Q_DECLARE_TR_FUNCTIONS(IncidentTemplates)

public:
    struct Task
    {
        QString key; // stable within its template: tests, reports and a later sync name tasks by it
        QString title;
        QString guidance; // one line: what doing it means
        bool mandatory = true;
        IncidentPhase phase = IncidentPhase::Analysing;
    };

    struct Category
    {
        QString code; // stored in incident.category
        QString name;
        bool hasTemplate = false;
    };

    IncidentTemplates() = delete;

    // Every category a supervisor may open an incident in: the five with templates first, then phishing and a
    // misdirected e-mail (the demo's and the central service's other categories), then "other".
    [[nodiscard]] static std::vector<Category> categories();
    [[nodiscard]] static bool isKnownCategory(const QString& code);
    // The category's tasks in the order they are shown and done; empty for a category without a template.
    [[nodiscard]] static std::vector<Task> tasksFor(const QString& category);
};

} // namespace custodian
