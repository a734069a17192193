#pragma once

#include "item/RowTableModel.h"
#include "store/IncidentLinkRepository.h"

namespace custodian {

// The incidents linked to or merged with the selected one (IncidentLinkRepository::connectionsOf), each with how it is
// tied — linked as related, merged into it, or the one it was merged into —, the other incident's reference and title,
// when, by whom and why; the page opens one on activation.
class IncidentLinkModel : public RowTableModel<IncidentLinkRepository::Connection>
{
    Q_OBJECT
public:
    enum Column { KindColumn, ReferenceColumn, TitleColumn, WhenColumn, ByColumn, ReasonColumn, ColumnCount };

    explicit IncidentLinkModel(QObject* parent = nullptr);

    [[nodiscard]] const IncidentLinkRepository::Connection* item(int row) const;
    [[nodiscard]] static QString kindText(IncidentLinkRepository::Kind kind);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace custodian
