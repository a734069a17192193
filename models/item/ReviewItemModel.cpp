#include "item/ReviewItemModel.h"

#include "domain/Clock.h"
#include "item/ItemRoles.h"

#include <QDateTime>
#include <QLocale>

namespace custodian {

namespace {
QString dayText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd"));
}
} // namespace

ReviewItemModel::ReviewItemModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString ReviewItemModel::decisionName(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Keep:
        return tr("Keep");
    case ReviewDecision::Revoke:
        return tr("Revoke");
    case ReviewDecision::Shorten:
        return tr("Shorten");
    }
    return {};
}

void ReviewItemModel::setItems(const std::vector<ReviewListReader::ItemRow>& rows,
                               const QHash<qint64, ReviewEvidence>& evidence, bool undecidedOnly)
{
    beginResetModel();
    m_rows.clear();
    m_evidence.clear();
    for (const auto& row : rows) {
        if (undecidedOnly && row.item.decision)
            continue;
        m_rows.push_back(row);
        if (const auto found = evidence.constFind(row.item.id); found != evidence.cend())
            m_evidence.insert(row.item.id, *found);
    }
    m_now = Clock::nowMs();
    endResetModel();
}

void ReviewItemModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_evidence.clear();
    endResetModel();
}

qint64 ReviewItemModel::itemId(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].item.id : 0;
}

int ReviewItemModel::rowOf(qint64 itemId) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (m_rows[std::size_t(row)].item.id == itemId)
            return row;
    }
    return -1;
}

int ReviewItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewItemModel::text(const ReviewListReader::ItemRow& row, int column) const
{
    const auto evidence = m_evidence.constFind(row.item.id);
    const bool known = evidence != m_evidence.cend();
    switch (Column(column)) {
    case AgentColumn:
        return tr("%1 (%2)").arg(row.agentName, row.employeeNo);
    case TeamColumn:
        return row.team;
    case RoleColumn:
        return row.sensitive ? tr("%1 (sensitive)").arg(row.roleName) : row.roleName;
    case ValidUntilColumn:
        if (row.status != AssignmentStatus::Active || (row.validUntil && *row.validUntil <= m_now))
            return tr("ended (%1)").arg(toString(row.status));
        return row.validUntil ? dayText(*row.validUntil) : tr("open-ended");
    case UseColumn: {
        if (!known)
            return tr("reading…");
        const ReviewEvidence& e = *evidence;
        QString use = e.unused() ? tr("Not used") : tr("%L1 access(es)").arg(e.totalEvents());
        if (e.exports && *e.exports > 0)
            use = tr("%1, %Ln export(s)", nullptr, int(*e.exports)).arg(use);
        return use;
    }
    case LastUsedColumn:
        return !known ? QString() : evidence->lastUsed() ? dayText(*evidence->lastUsed()) : tr("—");
    case TrainingColumn:
        if (!known)
            return {};
        return evidence->training.empty() ? tr("none required")
            : evidence->trainingCurrent() ? tr("current")
                                          : tr("missing or expired");
    case FindingsColumn:
        return !known                         ? QString()
            : evidence->openFindingCount == 0 ? tr("—")
                                              : QString::number(evidence->openFindingCount);
    case IncidentsColumn:
        return !known ? QString() : evidence->incidents.empty() ? tr("—") : QString::number(evidence->incidents.size());
    case DecisionColumn: {
        QString decision = row.item.decision ? decisionName(*row.item.decision) : tr("—");
        if (row.item.decision == ReviewDecision::Shorten && row.item.newValidUntil)
            decision = tr("Shorten to %1").arg(dayText(*row.item.newValidUntil));
        if (row.item.byDefault)
            decision = tr("%1 (default)").arg(decision);
        return decision;
    }
    case DecidedByColumn:
        return row.decidedByName;
    case JustificationColumn:
        return row.item.justification;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReviewItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::ToolTipRole: {
        // The use column's tooltip is the evidence in a sentence; any other cell's is its text, for cut-off text.
        const auto evidence = m_evidence.constFind(row.item.id);
        if (column == UseColumn && evidence != m_evidence.cend())
            return evidence->summary();
        return text(row, column);
    }
    case ToneRole: {
        const auto evidence = m_evidence.constFind(row.item.id);
        if (evidence != m_evidence.cend() && column == UseColumn && evidence->unused())
            return QVariant::fromValue(CellTone::Warning);
        if (evidence != m_evidence.cend() && column == TrainingColumn && !evidence->trainingCurrent())
            return QVariant::fromValue(CellTone::Error);
        return QVariant::fromValue(CellTone::Normal);
    }
    case IdRole:
        return row.item.id;
    default:
        return {};
    }
}

QVariant ReviewItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case AgentColumn:
        return tr("Agent");
    case TeamColumn:
        return tr("Team");
    case RoleColumn:
        return tr("Role");
    case ValidUntilColumn:
        return tr("Valid until");
    case UseColumn:
        return tr("Use in window");
    case LastUsedColumn:
        return tr("Last used");
    case TrainingColumn:
        return tr("Training");
    case FindingsColumn:
        return tr("Findings");
    case IncidentsColumn:
        return tr("Incidents");
    case DecisionColumn:
        return tr("Decision");
    case DecidedByColumn:
        return tr("Decided by");
    case JustificationColumn:
        return tr("Justification");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
