#pragma once

#include "store/StoreStats.h"

#include <QAbstractTableModel>

namespace custodian {

// What the store holds, one row per kind of data (agents, access events, roles, ...), for the console's
// overview page. It presents a StoreStats snapshot that was collected off the GUI thread; it runs no SQL.
class StoreOverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, RowsColumn, ColumnCount };

    explicit StoreOverviewModel(QObject* parent = nullptr);

    void setSnapshot(const StoreStats::Snapshot& snapshot);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString label;
        qint64 rows = 0;
    };
    QList<Row> m_rows;
};

} // namespace custodian
