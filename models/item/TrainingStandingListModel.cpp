#include "item/TrainingStandingListModel.h"

#include "domain/Vocabulary.h"

#include <QDateTime>
#include <QLocale>

namespace custodian {

namespace {

QString day(const std::optional<qint64>& ms)
{
    if (!ms)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms).date(), QStringLiteral("yyyy-MM-dd"));
}

} // namespace

void TrainingStandingListModel::setRows(std::shared_ptr<const std::vector<TrainingStandingRow>> rows,
                                        std::optional<qint64> moduleId)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_shown.clear();
    m_filtered = moduleId.has_value();
    if (m_rows && moduleId) {
        for (std::size_t i = 0; i < m_rows->size(); ++i) {
            if ((*m_rows)[i].moduleId == *moduleId)
                m_shown.push_back(int(i));
        }
    }
    endResetModel();
}

void TrainingStandingListModel::setRows(std::vector<TrainingStandingRow> rows)
{
    setRows(std::make_shared<const std::vector<TrainingStandingRow>>(std::move(rows)));
}

void TrainingStandingListModel::clear()
{
    setRows(nullptr);
}

int TrainingStandingListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_rows)
        return 0;
    return m_filtered ? int(m_shown.size()) : int(m_rows->size());
}

const TrainingStandingRow* TrainingStandingListModel::row(int index) const
{
    if (index < 0 || index >= rowCount())
        return nullptr;
    return &(*m_rows)[std::size_t(m_filtered ? m_shown[std::size_t(index)] : index)];
}

int TrainingStandingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrainingStandingListModel::daysText(const TrainingStanding& standing)
{
    switch (standing.state) {
    case TrainingState::Overdue:
    case TrainingState::Expired:
        // Two forms written out rather than "%n day(s)": the console ships no English numerus translation.
        return standing.daysOverdue == 1 ? tr("1 day overdue")
                                         : tr("%1 days overdue").arg(QLocale().toString(standing.daysOverdue));
    case TrainingState::DueSoon:
    case TrainingState::Pending:
    case TrainingState::Compliant:
        if (!standing.dueAt)
            return {};
        return standing.daysLeft == 1 ? tr("1 day left")
                                      : tr("%1 days left").arg(QLocale().toString(standing.daysLeft));
    case TrainingState::NotRequired:
        break;
    }
    return {};
}

CellTone TrainingStandingListModel::tone(TrainingState state)
{
    switch (state) {
    case TrainingState::Overdue:
    case TrainingState::Expired:
        return CellTone::Error;
    case TrainingState::DueSoon:
    case TrainingState::Pending:
        return CellTone::Warning;
    case TrainingState::Compliant:
    case TrainingState::NotRequired:
        break;
    }
    return CellTone::Normal;
}

QString TrainingStandingListModel::text(const TrainingStandingRow& row, int column) const
{
    const TrainingStanding& standing = row.standing;
    switch (Column(column)) {
    case AgentColumn:
        return tr("%1 (%2)").arg(row.displayName, row.employeeNo);
    case TeamColumn:
        return row.siteCode.isEmpty() ? row.teamName : tr("%1 (%2)").arg(row.teamName, row.siteCode);
    case ModuleColumn:
        return row.moduleCode;
    case StateColumn:
        return Vocabulary::trainingState(standing.state);
    case DueColumn:
        return day(standing.dueAt);
    case DaysColumn:
        return daysText(standing);
    case CompletedColumn:
        return day(standing.completedAt);
    case ScoreColumn:
        return standing.score ? QLocale().toString(*standing.score) : QString();
    case ExpiresColumn:
        return day(standing.expiresAt);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TrainingStandingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingStandingRow& r = *row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ModuleColumn)
            return r.moduleTitle;
        if (index.column() == ScoreColumn && r.standing.passed)
            return *r.standing.passed ? tr("Passed") : tr("Failed");
        return {};
    case IdRole:
        return r.agentId;
    case ModuleIdRole:
        return r.moduleId;
    case SortKeyRole:
        switch (Column(index.column())) {
        case DueColumn:
            return r.standing.dueAt ? QVariant(*r.standing.dueAt) : QVariant();
        case DaysColumn:
            return r.standing.daysOverdue > 0 ? -r.standing.daysOverdue : r.standing.daysLeft;
        default:
            return text(r, index.column());
        }
    case ToneRole:
        if (index.column() == StateColumn || index.column() == DaysColumn)
            return QVariant::fromValue(tone(r.standing.state));
        return QVariant::fromValue(CellTone::Normal);
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant TrainingStandingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case AgentColumn:
        return tr("Agent");
    case TeamColumn:
        return tr("Team");
    case ModuleColumn:
        return tr("Module");
    case StateColumn:
        return tr("State");
    case DueColumn:
        return tr("Due");
    case DaysColumn:
        return tr("Days");
    case CompletedColumn:
        return tr("Completed");
    case ScoreColumn:
        return tr("Score");
    case ExpiresColumn:
        return tr("Expires");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
