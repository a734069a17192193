#pragma once

#include "store/AccessEventDetailRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace custodian {

// The events of one agent's session around the event shown in the detail pane: time, action, outcome (a refused or
// failed one marked as an error), record (masked) and workstation. The shown event is in bold so that it stands out
// among its neighbours. Every cell carries its event's id under IdRole. Runs no SQL.
class SessionEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ActionColumn, OutcomeColumn, RecordColumn, WorkstationColumn, ColumnCount };

    explicit SessionEventModel(QObject* parent = nullptr);

    // `currentEventId`: the event the pane shows, drawn in bold.
    void setEvents(std::vector<AccessEventDetailRepository::SessionEvent> rows, qint64 currentEventId);
    void clear();
    // -1: not listed.
    [[nodiscard]] int rowOf(qint64 eventId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const AccessEventDetailRepository::SessionEvent& row, int column) const;

    std::vector<AccessEventDetailRepository::SessionEvent> m_events;
    qint64 m_current = 0;
};

} // namespace custodian
