#pragma once

#include "rules/IncidentWorkflow.h"
#include "store/ChoiceLists.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace custodian {

// Where evidence goes (issue 17, point 3; docs/incidents-observables.md): a new incident's draft — title, category
// (IncidentTemplates), severity, owner, detected at — or one of the open incidents, those already holding any of the
// evidence first. It writes nothing: the page runs the change on a worker once it is accepted. A missing field is
// named in the dialog, which stays open with what was typed.
class IncidentTargetDialog : public QDialog
{
    Q_OBJECT
public:
    struct OpenIncident
    {
        qint64 id = 0;
        QString reference;
        QString title;
        qint64 heldEvents = 0; // of the evidence, how many it holds already
    };

    // A new incident, pre-filled with `draft`; `subject` says what it is opened from ("412 access events").
    IncidentTargetDialog(const QString& subject, const IncidentWorkflow::OpenDraft& draft,
                         const std::vector<ChoiceLists::Choice>& supervisors, QWidget* parent = nullptr);
    // An existing incident, from `incidents` in the order given.
    IncidentTargetDialog(const QString& subject, const std::vector<OpenIncident>& incidents, QWidget* parent = nullptr);

    [[nodiscard]] bool choosesExisting() const { return m_incident != nullptr; }
    [[nodiscard]] IncidentWorkflow::OpenDraft draft() const;
    [[nodiscard]] qint64 incidentId() const;
    [[nodiscard]] QString problem() const;

    // For tests, as a supervisor would fill it in.
    void setTitle(const QString& title);
    void setOwner(qint64 supervisorId);
    void setIncident(qint64 incidentId);

    void accept() override;

private:
    void build(const QString& subject, QWidget* form);

    IncidentWorkflow::OpenDraft m_prefill;
    QLineEdit* m_title = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_owner = nullptr;
    QDateTimeEdit* m_detectedAt = nullptr;
    QComboBox* m_incident = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace custodian
