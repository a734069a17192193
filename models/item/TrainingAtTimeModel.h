#pragma once

#include "store/AccessEventDetailRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace custodian {

// The training an agent's roles required at the instant of an access event, as the detail pane lists it: the module,
// its state then (a lapsed, failed or missing one marked as an error), when it was completed, when it expires or was
// due, and which held roles require it. Runs no SQL.
class TrainingAtTimeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ModuleColumn, StateColumn, CompletedColumn, ExpiresColumn, RequiredByColumn, ColumnCount };

    explicit TrainingAtTimeModel(QObject* parent = nullptr);

    void setTraining(std::vector<AccessEventDetailRepository::TrainingAtTime> rows);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const AccessEventDetailRepository::TrainingAtTime& row, int column) const;

    std::vector<AccessEventDetailRepository::TrainingAtTime> m_training;
};

} // namespace custodian
