#pragma once

#include "store/AgentAccessRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace custodian {

// An agent's role assignments as the roles page's agent tab lists them: the role, its status told against a given
// time (in force, starts, ended, pending ...), validity, who asked and approved, and why. It takes the rows
// AgentAccessRepository::assignments() read and runs no SQL. Every cell carries the assignment's id under IdRole.
class AgentAssignmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RoleColumn,
        StatusColumn,
        ValidFromColumn,
        ValidUntilColumn,
        RequestedByColumn,
        ApprovedByColumn,
        JustificationColumn,
        ColumnCount
    };

    explicit AgentAssignmentModel(QObject* parent = nullptr);

    void setAssignments(std::vector<AgentAccessRepository::Assignment> rows, qint64 now);
    void clear();

    // The assignment's status (what revoke and shorten may act on); nullopt: no such row.
    [[nodiscard]] std::optional<AssignmentStatus> status(int row) const;

    // The row as read (what a dialog names when it acts on the row); nullptr: no such row.
    [[nodiscard]] const AgentAccessRepository::Assignment* assignment(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const AgentAccessRepository::Assignment& row, int column) const;

    std::vector<AgentAccessRepository::Assignment> m_assignments;
    qint64 m_now = 0; // the time the statuses are told against ("In force", "Ended")
};

} // namespace custodian
