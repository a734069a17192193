#pragma once

#include "store/AccessEventDetailRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace custodian {

// The roles an agent held at the instant of an access event, as the detail pane lists them: the role, its validity as
// it stood then, what became of it since, and the data classes it opens. Holding no role at all is itself evidence,
// so an empty set shows one row saying so, marked as an error and not selectable. Runs no SQL.
class RoleAtTimeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RoleColumn, FromColumn, UntilColumn, TodayColumn, DataClassesColumn, ColumnCount };

    explicit RoleAtTimeModel(QObject* parent = nullptr);

    void setRoles(std::vector<AccessEventDetailRepository::RoleAtTime> rows);
    // No event shown: no rows at all (not even the "no role" one).
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    [[nodiscard]] bool showsNoRole() const { return m_shown && m_roles.empty(); }
    [[nodiscard]] QString text(const AccessEventDetailRepository::RoleAtTime& row, int column) const;

    std::vector<AccessEventDetailRepository::RoleAtTime> m_roles;
    bool m_shown = false;
};

} // namespace custodian
