#include "item/SyncRunModel.h"

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

QString outcomeText(const SyncRunLog::Run& run)
{
    if (run.outcome == QLatin1String("ok"))
        return SyncRunModel::tr("ok");
    if (run.outcome == QLatin1String("offline"))
        return SyncRunModel::tr("offline");
    if (run.outcome == QLatin1String("error"))
        return SyncRunModel::tr("failed");
    if (run.outcome == QLatin1String("cancelled"))
        return SyncRunModel::tr("stopped");
    if (!run.finishedAt)
        return SyncRunModel::tr("running or interrupted");
    return run.outcome;
}

} // namespace

int SyncRunModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncRunModel::text(const SyncRunLog::Run& row, int column) const
{
    switch (Column(column)) {
    case StartedColumn:
        return timeText(row.startedAt);
    case TookColumn:
        return row.finishedAt
            ? tr("%1 s").arg(QLocale().toString(double(*row.finishedAt - row.startedAt) / 1000.0, 'f', 1))
            : QString();
    case OutcomeColumn:
        return outcomeText(row);
    case PulledColumn:
        return QLocale().toString(row.pulled);
    case PushedColumn:
        return QLocale().toString(row.pushed);
    case ConflictsColumn:
        return QLocale().toString(row.conflicts);
    case DetailsColumn:
        return row.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SyncRunModel::data(const QModelIndex& index, int role) const
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
    case ToneRole:
        return QVariant::fromValue(row.outcome == QLatin1String("error") ? CellTone::Error : CellTone::Normal);
    case SortKeyRole:
        switch (Column(index.column())) {
        case PulledColumn:
            return row.pulled;
        case PushedColumn:
            return row.pushed;
        case ConflictsColumn:
            return row.conflicts;
        default:
            return row.startedAt;
        }
    default:
        return {};
    }
}

QVariant SyncRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StartedColumn:
        return Vocabulary::timeHeader(tr("Started"));
    case TookColumn:
        return tr("Took");
    case OutcomeColumn:
        return tr("Outcome");
    case PulledColumn:
        return tr("Pulled");
    case PushedColumn:
        return tr("Pushed");
    case ConflictsColumn:
        return tr("Conflicts");
    case DetailsColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
