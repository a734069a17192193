#pragma once

#include "rules/IncidentWorkflow.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace custodian {

// Close… on the Incidents page: the outcome, the summary and, for a duplicate, the reference of the incident it
// duplicates. It only gathers them: the page hands them to IncidentWorkflow::close, whose refusal (open mandatory
// tasks, a missing summary) it shows in its message banner, so that the reason stays in view while the supervisor acts
// on it.
class IncidentCloseDialog : public QDialog
{
    Q_OBJECT
public:
    IncidentCloseDialog(const QString& reference, QWidget* parent = nullptr);

    [[nodiscard]] IncidentOutcome outcome() const;
    [[nodiscard]] QString summary() const;
    // Empty unless the outcome is a duplicate.
    [[nodiscard]] QString duplicateOfReference() const;

    // For tests and for the page's keyboard users alike: what the controls hold.
    void setOutcome(IncidentOutcome outcome);
    void setSummary(const QString& text);
    void setDuplicateOfReference(const QString& reference);

private:
    void outcomeChanged();

    QComboBox* m_outcome = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLineEdit* m_duplicateOf = nullptr;
};

} // namespace custodian
