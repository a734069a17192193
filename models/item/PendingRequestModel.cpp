#include "item/PendingRequestModel.h"

#include "domain/Vocabulary.h"
#include "item/ItemRoles.h"

#include <QDateTime>
#include <QLocale>

namespace custodian {

namespace {

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString untilText(const std::optional<qint64>& ms)
{
    return ms ? timeText(*ms) : PendingRequestModel::tr("open-ended");
}

} // namespace

const AgentAccessRepository::Assignment* PendingRequestModel::assignment(int row) const
{
    if (row < 0 || row >= int(rows().size()))
        return nullptr;
    return &rows()[std::size_t(row)];
}

int PendingRequestModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PendingRequestModel::text(const AgentAccessRepository::Assignment& row, int column) const
{
    switch (Column(column)) {
    case AgentColumn:
        return QStringLiteral("%1 (%2)").arg(row.agentName, row.employeeNo);
    case RoleColumn:
        return row.roleName;
    case RequestedByColumn:
        return row.requestedByName;
    case RequestedColumn:
        return timeText(row.requestedAt);
    case ValidFromColumn:
        return timeText(row.validFrom);
    case ValidUntilColumn:
        return untilText(row.validUntil);
    case SodExceptionColumn:
        return row.sodExceptionReason;
    case JustificationColumn:
        return row.justification;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PendingRequestModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = rows()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // the text again, for cut-off cells
        return text(row, index.column());
    case IdRole:
        return row.id;
    case SortKeyRole:
        return row.requestedAt;
    default:
        return {};
    }
}

QVariant PendingRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case AgentColumn:
        return tr("Agent");
    case RoleColumn:
        return tr("Role");
    case RequestedByColumn:
        return tr("Requested by");
    case RequestedColumn:
        return tr("Requested");
    case ValidFromColumn:
        return Vocabulary::timeHeader(tr("Valid from"));
    case ValidUntilColumn:
        return Vocabulary::timeHeader(tr("Valid until"));
    case SodExceptionColumn:
        return tr("SoD exception");
    case JustificationColumn:
        return tr("Justification");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
