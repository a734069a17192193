#include "item/FindingModel.h"

#include "domain/Vocabulary.h"
#include "item/ItemRoles.h"
#include "rules/FindingCatalogue.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace custodian {

namespace {
QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString agentText(const FindingRepository::Row& row)
{
    if (row.agentId == 0)
        return {};
    if (row.agentName.isEmpty())
        return QString::number(row.agentId);
    return QStringLiteral("%1 (%2)").arg(row.agentName, row.employeeNo);
}

// The raw value a column sorts by.
QVariant sortKey(const FindingRepository::Row& row, int column)
{
    switch (column) {
    case FindingModel::IdColumn:
        return row.id;
    case FindingModel::SeverityColumn:
        return int(row.severity);
    case FindingModel::KindColumn:
        return FindingCatalogue::title(row.kind);
    case FindingModel::AgentColumn:
        return agentText(row);
    case FindingModel::TeamColumn:
        return row.teamName;
    case FindingModel::WhenColumn:
        return row.windowStart;
    case FindingModel::EventsColumn:
        return row.evidenceCount;
    case FindingModel::StatusColumn:
        return int(row.status);
    case FindingModel::SummaryColumn:
        return row.summary;
    default:
        return {};
    }
}
} // namespace

FindingModel::FindingModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FindingModel::setDatabase(Database* database)
{
    m_database = database;
    if (!m_database)
        clear();
}

void FindingModel::setFilter(const FindingRepository::Filter& filter)
{
    m_filter = filter;
}

Status FindingModel::reload()
{
    if (!m_database) {
        clear();
        return {};
    }
    FindingRepository repository(*m_database);
    auto rows = repository.list(m_filter);
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = std::move(rows).value();
    sortRows();
    endResetModel();
    return {};
}

void FindingModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const FindingRepository::Row* FindingModel::finding(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int FindingModel::rowOf(qint64 findingId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == findingId)
            return int(i);
    }
    return -1;
}

int FindingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FindingRepository::Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QLocale().toString(row.id);
        case SeverityColumn:
            return FindingCatalogue::severityName(row.severity);
        case KindColumn:
            return FindingCatalogue::title(row.kind);
        case AgentColumn:
            return agentText(row);
        case TeamColumn:
            return row.teamName;
        case WhenColumn:
            return timeText(row.windowStart);
        case EventsColumn:
            return QLocale().toString(row.evidenceCount);
        case StatusColumn:
            return FindingCatalogue::statusName(row.status);
        case SummaryColumn:
            return row.summary;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SummaryColumn || index.column() == KindColumn)
            return row.summary;
        if (index.column() == StatusColumn && !row.statusReason.isEmpty())
            return row.statusReason;
        if (index.column() == TeamColumn && !row.siteName.isEmpty())
            return QStringLiteral("%1 (%2)").arg(row.teamName, row.siteName);
        if (index.column() == AgentColumn) // the whole text where the column is narrower than a long name
            return agentText(row);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == EventsColumn || index.column() == IdColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case ToneRole:
        if (index.column() == SeverityColumn && row.severity >= Severity::High)
            return QVariant::fromValue(row.severity == Severity::Critical ? CellTone::Error : CellTone::Warning);
        return QVariant::fromValue(CellTone::Normal);
    case IdRole:
        return row.id;
    case SortKeyRole:
        return sortKey(row, index.column());
    default:
        return {};
    }
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("No.");
    case SeverityColumn:
        return tr("Severity");
    case KindColumn:
        return tr("Finding");
    case AgentColumn:
        return tr("Agent");
    case TeamColumn:
        return tr("Team");
    case WhenColumn:
        return Vocabulary::timeHeader(tr("From"));
    case EventsColumn:
        return tr("Events");
    case StatusColumn:
        return tr("Status");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

void FindingModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> ids;
    ids.reserve(std::size_t(before.size()));
    for (const QModelIndex& index : before)
        ids.push_back(m_rows[std::size_t(index.row())].id);
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf(ids[std::size_t(i)]), before[i].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void FindingModel::sortRows()
{
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // Equal keys: the newest first, then the id as the last word, so that the default (severity) puts the newest
    // Critical finding on top and equal keys keep one order across reloads.
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [column, descending](const FindingRepository::Row& a, const FindingRepository::Row& b) {
                         const QVariant x = sortKey(a, column);
                         const QVariant y = sortKey(b, column);
                         const auto order = QVariant::compare(x, y);
                         if (order == QPartialOrdering::Equivalent || order == QPartialOrdering::Unordered)
                             return a.windowStart != b.windowStart ? a.windowStart > b.windowStart : a.id > b.id;
                         return descending ? order == QPartialOrdering::Greater : order == QPartialOrdering::Less;
                     });
}

} // namespace custodian
