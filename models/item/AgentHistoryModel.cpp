#include "item/AgentHistoryModel.h"

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
    return ms ? timeText(*ms) : AgentHistoryModel::tr("open-ended");
}

} // namespace

int AgentHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgentHistoryModel::text(const AgentAccessRepository::HistoryLine& row, int column) const
{
    switch (Column(column)) {
    case WhenColumn:
        return timeText(row.changedAt);
    case ChangeColumn:
        return row.change;
    case RoleColumn:
        return row.roleName;
    case ByColumn:
        return row.by.isEmpty() ? tr("system") : row.by;
    case ValidityColumn:
        if (row.oldValidUntil != row.newValidUntil && row.oldValidUntil)
            return tr("%1 → %2").arg(untilText(row.oldValidUntil), untilText(row.newValidUntil));
        return row.newValidUntil ? tr("until %1").arg(timeText(*row.newValidUntil)) : QString();
    case WhyColumn:
        return row.reason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AgentHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = rows()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // the text again, for cut-off cells
        return text(row, index.column());
    case IdRole:
        return row.assignmentId;
    case SortKeyRole:
        return row.changedAt;
    default:
        return {};
    }
}

QVariant AgentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WhenColumn:
        return Vocabulary::timeHeader(tr("When"));
    case ChangeColumn:
        return tr("Change");
    case RoleColumn:
        return tr("Role");
    case ByColumn:
        return tr("By");
    case ValidityColumn:
        return tr("Validity");
    case WhyColumn:
        return tr("Why");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
