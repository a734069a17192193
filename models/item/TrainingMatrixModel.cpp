#include "item/TrainingMatrixModel.h"

#include <QFont>
#include <QLocale>

namespace custodian {

TrainingMatrixModel::TrainingMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TrainingMatrixModel::setMatrix(std::shared_ptr<const TrainingMatrix> matrix, std::optional<qint64> moduleFilter)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    m_moduleFilter = moduleFilter;
    rebuildColumns();
    endResetModel();
}

void TrainingMatrixModel::setModuleFilter(std::optional<qint64> moduleId)
{
    beginResetModel();
    m_moduleFilter = moduleId;
    rebuildColumns();
    endResetModel();
}

void TrainingMatrixModel::rebuildColumns()
{
    m_columns.clear();
    m_cellIndex.clear();
    if (!m_matrix)
        return;
    m_cellIndex.reserve(qsizetype(m_matrix->cells.size()));
    for (const TrainingMatrix::Cell& cell : m_matrix->cells)
        m_cellIndex.insert({ cell.groupId, cell.moduleId }, &cell);
    for (std::size_t i = 0; i < m_matrix->modules.size(); ++i) {
        if (m_moduleFilter && m_matrix->modules[i].id != *m_moduleFilter)
            continue;
        m_columns.push_back(int(i));
    }
}

int TrainingMatrixModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_matrix)
        return 0;
    return int(m_matrix->groups.size()) + 1; // + everyone in scope
}

int TrainingMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_columns.size());
}

bool TrainingMatrixModel::isTotalRow(int row) const
{
    return m_matrix && row == int(m_matrix->groups.size());
}

qint64 TrainingMatrixModel::groupIdAt(int row) const
{
    if (!m_matrix || row < 0 || isTotalRow(row) || row > int(m_matrix->groups.size()))
        return 0;
    return m_matrix->groups[std::size_t(row)].id;
}

const TrainingFacts::Module* TrainingMatrixModel::moduleAt(int column) const
{
    if (!m_matrix || column <= GroupColumn || column > int(m_columns.size()))
        return nullptr;
    return &m_matrix->modules[std::size_t(m_columns[std::size_t(column - 1)])];
}

const TrainingMatrix::Cell* TrainingMatrixModel::cellAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const TrainingFacts::Module* module = moduleAt(index.column());
    if (!module)
        return nullptr;
    if (isTotalRow(index.row()))
        return m_matrix->total(module->id);
    return m_cellIndex.value({ groupIdAt(index.row()), module->id }, nullptr);
}

QString TrainingMatrixModel::groupName(int row) const
{
    if (!m_matrix || row < 0 || row > int(m_matrix->groups.size()))
        return {};
    if (isTotalRow(row))
        return tr("Everyone in scope");
    const TrainingMatrix::Group& group = m_matrix->groups[std::size_t(row)];
    return group.siteCode.isEmpty() ? group.name : tr("%1 (%2)").arg(group.name, group.siteCode);
}

QString TrainingMatrixModel::moduleName(int column) const
{
    const TrainingFacts::Module* module = moduleAt(column);
    return module ? module->title : QString();
}

QString TrainingMatrixModel::cellText(const TrainingMatrix::Counts& counts) const
{
    const QLocale locale;
    const auto percent = counts.percentComplete();
    if (!percent)
        return QStringLiteral("–");
    return tr("%1 % · %2/%3")
        .arg(locale.toString(*percent), locale.toString(counts.complete), locale.toString(counts.required));
}

QString TrainingMatrixModel::cellToolTip(int row, int column, const TrainingMatrix::Counts& counts) const
{
    const QLocale locale;
    return tr("%1, %2: %3 of %4 agents hold a valid pass.\nCompliant %5, due soon %6, not yet due %7, overdue %8, "
              "expired %9.")
        .arg(groupName(row), moduleName(column), locale.toString(counts.complete), locale.toString(counts.required),
             locale.toString(counts.compliant), locale.toString(counts.dueSoon), locale.toString(counts.pending),
             locale.toString(counts.overdue), locale.toString(counts.expired));
}

QVariant TrainingMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (index.column() == GroupColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return groupName(row);
        case GroupIdRole:
            return groupIdAt(row);
        case ModuleIdRole:
            return qint64(0);
        case Qt::FontRole:
            if (isTotalRow(row)) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return {};
        }
    }
    const TrainingMatrix::Cell* cell = cellAt(index);
    const TrainingMatrix::Counts counts = cell ? cell->counts : TrainingMatrix::Counts {};
    switch (role) {
    case Qt::DisplayRole:
        return cellText(counts);
    case Qt::ToolTipRole:
        if (!cell)
            return tr("%1, %2: nobody here needs this module.").arg(groupName(row), moduleName(index.column()));
        return cellToolTip(row, index.column(), counts);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case GroupIdRole:
        return groupIdAt(row);
    case ModuleIdRole:
        return moduleAt(index.column())->id;
    case PercentRole:
    case SortKeyRole:
        if (const auto percent = counts.percentComplete())
            return *percent;
        return {};
    case ToneRole:
        if (counts.overdue + counts.expired > 0)
            return QVariant::fromValue(CellTone::Error);
        if (counts.dueSoon + counts.pending > 0)
            return QVariant::fromValue(CellTone::Warning);
        return QVariant::fromValue(CellTone::Normal);
    case Qt::FontRole:
        if (isTotalRow(row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant TrainingMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == GroupColumn) {
        if (role != Qt::DisplayRole || !m_matrix)
            return role == Qt::DisplayRole ? tr("Group") : QVariant {};
        switch (m_matrix->groupBy) {
        case TrainingMatrix::GroupBy::Team:
            return tr("Team");
        case TrainingMatrix::GroupBy::Site:
            return tr("Site");
        case TrainingMatrix::GroupBy::Role:
            return tr("Role");
        }
        return {};
    }
    const TrainingFacts::Module* module = moduleAt(section);
    if (!module)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return module->code;
    case Qt::ToolTipRole:
        return module->controlRef.isEmpty()
            ? tr("%1 (%2)").arg(module->title, module->framework)
            : tr("%1 (%2 %3)").arg(module->title, module->framework, module->controlRef);
    case ModuleIdRole:
        return module->id;
    default:
        return {};
    }
}

} // namespace custodian
