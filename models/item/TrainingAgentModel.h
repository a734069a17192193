#pragma once

#include "item/ItemRoles.h"
#include "item/RowTableModel.h"
#include "item/TrainingStandingRow.h"

namespace custodian {

// One agent's training on the Training page: every module of the catalogue with its standing at the page's instant
// and the facts behind it (what requires it, assigned, due, completed, score, expires, the certificate reference, the
// last failed attempt).
// IdRole is the module. The rows come from TrainingRules on a worker; the model runs no SQL.
class TrainingAgentModel : public RowTableModel<TrainingStandingRow>
{
    Q_OBJECT
public:
    enum Column {
        ModuleColumn,
        StateColumn,
        RequiredByColumn,
        AssignedColumn,
        DueColumn,
        DaysColumn,
        CompletedColumn,
        ScoreColumn,
        ExpiresColumn,
        CertificateColumn,
        LastFailedColumn,
        ColumnCount
    };

    using RowTableModel::RowTableModel;

    [[nodiscard]] const TrainingStandingRow* row(int index) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const TrainingStandingRow& row, int column) const;
};

} // namespace custodian
