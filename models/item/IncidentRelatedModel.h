#pragma once

#include "item/RowTableModel.h"
#include "store/IncidentObservableReader.h"

namespace custodian {

// The incidents that share an agent, a customer record or a workstation with the selected one
// (IncidentObservableReader::related), the strongest tie first; the page opens one on a double-click.
class IncidentRelatedModel : public RowTableModel<IncidentObservableReader::Related>
{
    Q_OBJECT
public:
    enum Column {
        ReferenceColumn,
        TitleColumn,
        PhaseColumn,
        RecordsColumn,
        AgentsColumn,
        WorkstationsColumn,
        ColumnCount
    };

    explicit IncidentRelatedModel(QObject* parent = nullptr);

    [[nodiscard]] const IncidentObservableReader::Related* item(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace custodian
