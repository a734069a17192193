#pragma once

#include "store/RoleCatalogRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace custodian {

// The roles catalog as the roles page lists it: each role with how many agents hold it now and how many requests
// wait, whether it needs a second supervisor, its longest allowed duration, the data classes it opens, the training
// it requires and its permissions. It takes the rows RoleCatalogRepository::roles() read (a few dozen roles) and
// runs no SQL. Every cell carries the role's id under IdRole.
class RoleCatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RoleColumn,
        HoldersColumn,
        PendingColumn,
        SensitiveColumn,
        MaxDurationColumn,
        OpensColumn,
        TrainingColumn,
        PermissionsColumn,
        ColumnCount
    };

    explicit RoleCatalogModel(QObject* parent = nullptr);

    void setRoles(std::vector<RoleCatalogRepository::Role> roles);
    void clear();

    [[nodiscard]] qint64 roleId(int row) const;
    // -1: not listed.
    [[nodiscard]] int rowOf(qint64 roleId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The one name of a data class (Vocabulary), kept here for the pages that already ask the model.
    [[nodiscard]] static QString dataClassName(DataClass value);

private:
    [[nodiscard]] static QString text(const RoleCatalogRepository::Role& role, int column);

    std::vector<RoleCatalogRepository::Role> m_roles;
};

} // namespace custodian
