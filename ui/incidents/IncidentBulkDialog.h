#pragma once

#include "rules/IncidentBulkAction.h"
#include "store/ChoiceLists.h"
#include "ui/widgets/ActionDialog.h"

#include <vector>

class QComboBox;
class QPlainTextEdit;

namespace custodian {

// Assign… or Close… on several incidents of the Incidents page at once (docs/incidents.md, "Bulk actions"): the new
// owner, or the outcome and summary, and the one reason shared by every incident changed. It says how many incidents
// it will change and that each is changed on its own. OK only checks the request (IncidentBulkAction::check: an empty
// reason is refused here, with everything typed kept); the page runs it on a worker. Tests fill it with the setters
// and press OK with accept().
class IncidentBulkDialog : public ActionDialog
{
    Q_OBJECT
public:
    // `incidentIds`: the selected incidents, in the list's order. `supervisors`: the owners to offer (Assign).
    IncidentBulkDialog(IncidentBulkAction::Kind kind, std::vector<qint64> incidentIds,
                       const std::vector<ChoiceLists::Choice>& supervisors, QWidget* parent = nullptr);

    // What OK accepted: the request the page runs.
    [[nodiscard]] IncidentBulkAction::Request request() const;

    void setOwner(qint64 supervisorId);
    void setOutcome(IncidentOutcome outcome);
    void setSummary(const QString& text);
    void setReason(const QString& text);

protected:
    [[nodiscard]] Status submit() override;

private:
    IncidentBulkAction::Kind m_kind;
    std::vector<qint64> m_ids;
    QComboBox* m_owner = nullptr; // Assign only
    QComboBox* m_outcome = nullptr; // Close only
    QPlainTextEdit* m_summary = nullptr; // Close only
    QPlainTextEdit* m_reason = nullptr;
};

} // namespace custodian
