#pragma once

#include "domain/IncidentFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace custodian {

// The Incidents page's filters: open / closed / all, phase, minimum severity, category, owner (me, unassigned,
// anyone), SLA state (breached, due soon), GDPR clock running, and a text search in the reference and title. It shows
// and reads an IncidentFilter and says when the supervisor edited it, so the page never reaches into its controls
// (as AccessFilterBar does for the access page).
class IncidentFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentFilterBar(QWidget* parent = nullptr);

    [[nodiscard]] IncidentFilter filter() const;
    // Shows `filter` without emitting filterEdited().
    void setFilter(const IncidentFilter& filter);

Q_SIGNALS:
    void filterEdited();

private:
    QComboBox* m_status = nullptr;
    QComboBox* m_phase = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_sla = nullptr;
    QCheckBox* m_gdpr = nullptr;
    QLineEdit* m_text = nullptr;
};

} // namespace custodian
