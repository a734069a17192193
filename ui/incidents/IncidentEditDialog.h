#pragma once

#include "domain/Result.h"
#include "store/ChoiceLists.h"
#include "store/IncidentRepository.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace custodian {

// Edit… on the Incidents page: title, severity, owner, impact and description as they are to be. The page hands the
// result to IncidentWorkflow::update, which refuses an edit that changes nothing or breaks a limit.
class IncidentEditDialog : public QDialog
{
    Q_OBJECT
public:
    IncidentEditDialog(const IncidentRepository::Incident& incident,
                       const std::vector<ChoiceLists::Choice>& supervisors, QWidget* parent = nullptr);

    [[nodiscard]] IncidentRepository::Fields fields() const;

    void setTitle(const QString& title);
    void setSeverity(Severity severity);

private:
    QLineEdit* m_title = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_impact = nullptr;
    QPlainTextEdit* m_description = nullptr;
};

} // namespace custodian
