#include "item/IncidentLinkModel.h"

#include "item/ItemRoles.h"

#include <QDateTime>
#include <QLocale>

namespace custodian {

IncidentLinkModel::IncidentLinkModel(QObject* parent)
    : RowTableModel(parent)
{
}

const IncidentLinkRepository::Connection* IncidentLinkModel::item(int row) const
{
    return row >= 0 && row < int(rows().size()) ? &rows()[std::size_t(row)] : nullptr;
}

QString IncidentLinkModel::kindText(IncidentLinkRepository::Kind kind)
{
    switch (kind) {
    case IncidentLinkRepository::Kind::Linked:
        return tr("Linked");
    case IncidentLinkRepository::Kind::MergedInto:
        return tr("Merged into");
    case IncidentLinkRepository::Kind::MergedHere:
        return tr("Merged here");
    }
    return {};
}

int IncidentLinkModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentLinkModel::data(const QModelIndex& index, int role) const
{
    const IncidentLinkRepository::Connection* found = item(index.row());
    if (!found || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const IncidentLinkRepository::Connection& row = *found;
    if (role == IdRole)
        return row.otherId;
    if (role == ToneRole)
        return QVariant::fromValue(CellTone::Normal);
    if (role == Qt::ToolTipRole) {
        // What the kind means, in words a screen reader reads out too.
        switch (row.kind) {
        case IncidentLinkRepository::Kind::Linked:
            return tr("%1 is related to this incident: %2").arg(row.otherReference, row.reason);
        case IncidentLinkRepository::Kind::MergedInto:
            return tr("This incident was merged into %1 (closed as its duplicate).").arg(row.otherReference);
        case IncidentLinkRepository::Kind::MergedHere:
            return tr("%1 was merged into this incident (closed as its duplicate).").arg(row.otherReference);
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case KindColumn:
        return kindText(row.kind);
    case ReferenceColumn:
        return row.otherReference;
    case TitleColumn:
        return row.otherTitle;
    case WhenColumn:
        return row.at > 0
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.at), QStringLiteral("yyyy-MM-dd HH:mm"))
            : QString();
    case ByColumn:
        return row.byActor;
    case ReasonColumn:
        return row.reason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IncidentLinkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case ReferenceColumn:
        return tr("Reference");
    case TitleColumn:
        return tr("Title");
    case WhenColumn:
        return tr("When");
    case ByColumn:
        return tr("By");
    case ReasonColumn:
        return tr("Why");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
