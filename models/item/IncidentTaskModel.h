#pragma once

#include "item/RowTableModel.h"
#include "store/IncidentRepository.h"

namespace custodian {

// An incident's tasks in the detail of the Incidents page, grouped by the phase they are normally done in (the
// order the detail sorts them in) with the mandatory ones marked in words; what the workflow's closing refusal names.
class IncidentTaskModel : public RowTableModel<IncidentRepository::Task>
{
    Q_OBJECT
public:
    enum Column { PhaseColumn, TaskColumn, MandatoryColumn, StateColumn, DecidedColumn, ReasonColumn, ColumnCount };

    explicit IncidentTaskModel(QObject* parent = nullptr);

    [[nodiscard]] const IncidentRepository::Task* item(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace custodian
