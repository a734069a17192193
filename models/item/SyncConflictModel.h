#pragma once

#include "item/RowTableModel.h"
#include "store/SyncConflicts.h"

#include <QJsonObject>

#include <functional>
#include <unordered_map>
#include <vector>

namespace custodian {

class AuditNames;

// The open sync conflicts as the sync page lists them: when detected, what, this console's value and the central
// service's, each told in words rather than JSON. It also says, per conflict, why "keep mine" is impossible when the
// finding workflow forbids the step. It takes the rows SyncConflicts::open() read and runs no SQL. Every cell carries
// the conflict's id under IdRole.
class SyncConflictModel : public RowTableModel<SyncConflicts::Conflict>
{
    Q_OBJECT
public:
    enum Column { DetectedColumn, WhatColumn, MineColumn, TheirsColumn, ColumnCount };

    using RowTableModel::RowTableModel;

    void setConflicts(std::vector<SyncConflicts::Conflict> rows) { setConflicts(std::move(rows), nullptr); }
    // The same, with who decided each value named by `names` (AuditNames::person: "Marta Silva", not "msilva").
    void setConflicts(std::vector<SyncConflicts::Conflict> rows, AuditNames* names);

    // Empty when keep mine may be chosen for the conflict in `row`; otherwise why not, for the supervisor.
    [[nodiscard]] QString keepMineRefusal(int row) const;
    // -1: not listed.
    [[nodiscard]] int rowOf(qint64 conflictId) const;

    // Why keep mine cannot send `mineJson` on top of `theirsJson`; empty when it can.
    [[nodiscard]] static QString keepMineRefusal(const QString& kind, const QString& mineJson,
                                                 const QString& theirsJson);
    // A conflict's value in words ("Escalated — reason (by whom)", "threshold = 3"); `person` names who decided it
    // (nullptr: the login as the value holds it).
    [[nodiscard]] static QString describeValue(const QString& kind, const QString& json,
                                               const std::function<QString(const QString&)>& person = nullptr);
    // An incident's side of a conflict: this console's step (by its action) or the service's incident.
    [[nodiscard]] static QString describeIncident(const QJsonObject& object);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const SyncConflicts::Conflict& row, int column) const;
    [[nodiscard]] QString personOf(const QString& who) const;

    // Who decided, by login, as the rows were set: the names are read once, on the GUI thread, from a small table.
    std::unordered_map<QString, QString> m_people;
};

} // namespace custodian
