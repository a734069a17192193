#include "item/AgentAssignmentModel.h"

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
    return ms ? timeText(*ms) : AgentAssignmentModel::tr("open-ended");
}

QString statusText(const AgentAccessRepository::Assignment& a, qint64 now)
{
    switch (a.status) {
    case AssignmentStatus::Pending:
        return AgentAssignmentModel::tr("Pending approval");
    case AssignmentStatus::Active:
        if (a.validFrom > now)
            return AgentAssignmentModel::tr("Starts %1").arg(timeText(a.validFrom));
        if (a.validUntil && *a.validUntil <= now)
            return AgentAssignmentModel::tr("Ended");
        return a.validUntil ? AgentAssignmentModel::tr("In force, expires %1").arg(timeText(*a.validUntil))
                            : AgentAssignmentModel::tr("In force");
    case AssignmentStatus::Rejected:
        return AgentAssignmentModel::tr("Rejected");
    case AssignmentStatus::Revoked:
        return AgentAssignmentModel::tr("Revoked");
    case AssignmentStatus::Expired:
        return AgentAssignmentModel::tr("Expired");
    }
    return {};
}

} // namespace

AgentAssignmentModel::AgentAssignmentModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AgentAssignmentModel::setAssignments(std::vector<AgentAccessRepository::Assignment> rows, qint64 now)
{
    beginResetModel();
    m_assignments = std::move(rows);
    m_now = now;
    endResetModel();
}

void AgentAssignmentModel::clear()
{
    setAssignments({}, 0);
}

std::optional<AssignmentStatus> AgentAssignmentModel::status(int row) const
{
    if (row < 0 || row >= int(m_assignments.size()))
        return std::nullopt;
    return m_assignments[std::size_t(row)].status;
}

const AgentAccessRepository::Assignment* AgentAssignmentModel::assignment(int row) const
{
    if (row < 0 || row >= int(m_assignments.size()))
        return nullptr;
    return &m_assignments[std::size_t(row)];
}

int AgentAssignmentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_assignments.size());
}

int AgentAssignmentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgentAssignmentModel::text(const AgentAccessRepository::Assignment& row, int column) const
{
    switch (Column(column)) {
    case RoleColumn:
        return row.sensitive ? tr("%1 (sensitive)").arg(row.roleName) : row.roleName;
    case StatusColumn:
        return row.waitingForService ? statusText(row, m_now) + tr(" — waiting for the central service")
                                     : statusText(row, m_now);
    case ValidFromColumn:
        return timeText(row.validFrom);
    case ValidUntilColumn:
        return untilText(row.validUntil);
    case RequestedByColumn:
        return row.requestedByName;
    case ApprovedByColumn:
        return row.approvedByName;
    case JustificationColumn:
        return row.endReason.isEmpty() ? row.justification : tr("%1 — ended: %2").arg(row.justification, row.endReason);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AgentAssignmentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_assignments[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // the text again, for cut-off cells
        return text(row, index.column());
    case IdRole:
        return row.id;
    case SortKeyRole:
        return row.validFrom;
    default:
        return {};
    }
}

QVariant AgentAssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case ValidFromColumn:
        return Vocabulary::timeHeader(tr("Valid from"));
    case ValidUntilColumn:
        return Vocabulary::timeHeader(tr("Valid until"));
    case RequestedByColumn:
        return tr("Requested by");
    case ApprovedByColumn:
        return tr("Approved by");
    case JustificationColumn:
        return tr("Justification");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
