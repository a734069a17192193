#pragma once

#include "item/RowTableModel.h"
#include "store/AccessByAgentReader.h"

namespace custodian {

// The access page's "Group by agent": one row per agent with events under the current filter — agent (name and
// employee number), events, first and last (console time with its zone; the agent's site time in the tooltip) — in
// the order the reader gives (events, most first). IdRole carries the agent's id. Runs no SQL.
class AccessByAgentModel : public RowTableModel<AccessByAgentReader::Row>
{
    Q_OBJECT
public:
    enum Column { AgentColumn, EventsColumn, FirstColumn, LastColumn, ColumnCount };

    explicit AccessByAgentModel(QObject* parent = nullptr);

    // The events of every row together.
    [[nodiscard]] qint64 totalEvents() const;
    // -1: not listed.
    [[nodiscard]] int rowOf(qint64 agentId) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace custodian
