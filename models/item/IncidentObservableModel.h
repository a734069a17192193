#pragma once

#include "domain/IncidentObservable.h"
#include "item/RowTableModel.h"

namespace custodian {

// What an incident's linked events involve (IncidentObservableReader::observables): agents, customer records (masked
// only), workstations and sessions, with how many events involve each and when they were first and last seen.
class IncidentObservableModel : public RowTableModel<IncidentObservable>
{
    Q_OBJECT
public:
    enum Column { KindColumn, LabelColumn, EventsColumn, FirstColumn, LastColumn, ColumnCount };

    explicit IncidentObservableModel(QObject* parent = nullptr);

    [[nodiscard]] const IncidentObservable* item(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace custodian
