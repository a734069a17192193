#pragma once

#include "item/RowTableModel.h"
#include "store/IncidentRepository.h"

namespace custodian {

// An incident's timeline as a list (when, who, kind, text), in time order as IncidentRepository::timeline reads it;
// the chain position says in which order the entries were written (none: an entry from the central service).
class IncidentTimelineModel : public RowTableModel<IncidentRepository::TimelineEntry>
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, KindColumn, TextColumn, PositionColumn, ColumnCount };

    explicit IncidentTimelineModel(QObject* parent = nullptr);

    [[nodiscard]] const IncidentRepository::TimelineEntry* item(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace custodian
