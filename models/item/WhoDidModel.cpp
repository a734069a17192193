#include "item/WhoDidModel.h"

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

} // namespace

WhoDidModel::WhoDidModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void WhoDidModel::setAgents(std::vector<RecordAccessReader::Did> rows, DataClass dataClass)
{
    beginResetModel();
    m_agents = std::move(rows);
    m_dataClass = dataClass;
    endResetModel();
}

void WhoDidModel::clear()
{
    setAgents({}, DataClass::None);
}

QString WhoDidModel::dataClassName(DataClass dataClass)
{
    return Vocabulary::dataClass(dataClass);
}

int WhoDidModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int WhoDidModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WhoDidModel::text(const RecordAccessReader::Did& row, int column) const
{
    switch (Column(column)) {
    case AgentColumn:
        return tr("%1 (%2)").arg(row.agentName, row.employeeNo);
    case HeldRoleColumn:
        return row.heldRole ? tr("yes") : tr("NO — no role opening %1").arg(dataClassName(m_dataClass));
    case TeamColumn:
        return row.team;
    case AccessesColumn:
        return QString::number(row.events);
    case RefusedColumn:
        return row.refused ? QString::number(row.refused) : QString();
    case FirstColumn:
        return timeText(row.first);
    case LastColumn:
        return timeText(row.last);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WhoDidModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_agents[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // the text again, for cut-off cells
        return text(row, index.column());
    case IdRole:
        return row.agentId;
    case ToneRole:
        return QVariant::fromValue(row.heldRole ? CellTone::Normal : CellTone::Error);
    case SortKeyRole:
        switch (Column(index.column())) {
        case AccessesColumn:
            return row.events;
        case RefusedColumn:
            return row.refused;
        case FirstColumn:
            return row.first;
        case LastColumn:
            return row.last;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant WhoDidModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case AgentColumn:
        return tr("Agent");
    case HeldRoleColumn:
        return tr("Held a role");
    case TeamColumn:
        return tr("Team");
    case AccessesColumn:
        return tr("Accesses");
    case RefusedColumn:
        return tr("Refused");
    case FirstColumn:
        return Vocabulary::timeHeader(tr("First"));
    case LastColumn:
        return Vocabulary::timeHeader(tr("Last"));
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
