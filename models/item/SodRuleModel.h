#pragma once

#include "item/RowTableModel.h"
#include "store/RoleCatalogRepository.h"

#include <vector>

namespace custodian {

// The separation-of-duties rules as the roles page's catalog lists them: the two roles a rule keeps apart, whether an
// exception may be recorded, its control and rationale. It takes the rows RoleCatalogRepository::sodRules() read (a
// handful) and runs no SQL. Every cell carries the rule's id under IdRole.
class SodRuleModel : public RowTableModel<RoleCatalogRepository::SodRule>
{
    Q_OBJECT
public:
    enum Column { NameColumn, RolesColumn, ExceptionColumn, ControlColumn, RationaleColumn, ColumnCount };

    using RowTableModel::RowTableModel;

    void setRules(std::vector<RoleCatalogRepository::SodRule> rows) { setRows(std::move(rows)); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const RoleCatalogRepository::SodRule& row, int column) const;
};

} // namespace custodian
