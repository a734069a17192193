#pragma once

#include "store/RoleCatalogRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace custodian {

// The separation-of-duties rules as the roles page's catalog lists them: the two roles a rule keeps apart, whether an
// exception may be recorded, its control and rationale. It takes the rows RoleCatalogRepository::sodRules() read (a
// handful) and runs no SQL. Every cell carries the rule's id under IdRole.
class SodRuleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RolesColumn, ExceptionColumn, ControlColumn, RationaleColumn, ColumnCount };

    explicit SodRuleModel(QObject* parent = nullptr);

    void setRules(std::vector<RoleCatalogRepository::SodRule> rows);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const RoleCatalogRepository::SodRule& row, int column) const;

    std::vector<RoleCatalogRepository::SodRule> m_rules;
};

} // namespace custodian
