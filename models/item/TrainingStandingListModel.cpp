#include "item/TrainingStandingListModel.h"
#include "item/AccessTerms.h"
#include "item/TrainingReminderModel.h"

#include "domain/Vocabulary.h"

#include <algorithm>

#include <QDateTime>
#include <QLocale>

namespace custodian {

void TrainingStandingListModel::setRows(std::shared_ptr<const TrainingMatrix> decided, std::shared_ptr<const Refs> rows,
                                        std::optional<qint64> moduleId)
{
    beginResetModel();
    m_decided = std::move(decided);
    m_rows = m_decided ? std::move(rows) : nullptr;
    m_shown.clear();
    m_filtered = moduleId.has_value();
    if (m_rows && moduleId) {
        for (std::size_t i = 0; i < m_rows->size(); ++i) {
            const Ref& r = (*m_rows)[i];
            if (r.module < m_decided->modules.size() && m_decided->modules[r.module].id == *moduleId)
                m_shown.push_back(int(i));
        }
    }
    endResetModel();
}

void TrainingStandingListModel::clear()
{
    setRows(nullptr, nullptr);
}

void TrainingStandingListModel::setShowsReminders(bool shows)
{
    if (shows == m_showsReminders)
        return;
    beginResetModel();
    m_showsReminders = shows;
    endResetModel();
}

void TrainingStandingListModel::setReminders(std::shared_ptr<const Reminders> reminders)
{
    m_reminders = std::move(reminders);
    if (m_showsReminders && rowCount() > 0)
        Q_EMIT dataChanged(index(0, ReminderCountColumn), index(rowCount() - 1, LastReminderColumn));
}

const TrainingReminderReader::Summary* TrainingStandingListModel::reminders(int index) const
{
    const TrainingMatrix::AgentRow* row = agent(index);
    if (!row || !m_reminders)
        return nullptr;
    const qint64 agentId = row->agentId;
    const qint64 moduleId = module(index)->id;
    const auto it = std::lower_bound(m_reminders->begin(), m_reminders->end(), std::pair { agentId, moduleId },
                                     [](const TrainingReminderReader::Summary& summary, std::pair<qint64, qint64> key) {
                                         return std::pair { summary.agentId, summary.moduleId } < key;
                                     });
    return it != m_reminders->end() && it->agentId == agentId && it->moduleId == moduleId ? &*it : nullptr;
}

int TrainingStandingListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_rows)
        return 0;
    return m_filtered ? int(m_shown.size()) : int(m_rows->size());
}

const TrainingStandingListModel::Ref* TrainingStandingListModel::ref(int index) const
{
    if (index < 0 || index >= rowCount())
        return nullptr;
    const Ref& r = (*m_rows)[std::size_t(m_filtered ? m_shown[std::size_t(index)] : index)];
    if (r.agent >= m_decided->agents.size() || r.module >= m_decided->modules.size()
        || r.module >= m_decided->agents[r.agent].standings.size())
        return nullptr;
    return &r;
}

const TrainingMatrix::AgentRow* TrainingStandingListModel::agent(int index) const
{
    const Ref* r = ref(index);
    return r ? &m_decided->agents[r->agent] : nullptr;
}

const TrainingStanding* TrainingStandingListModel::standing(int index) const
{
    const Ref* r = ref(index);
    return r ? &m_decided->agents[r->agent].standings[r->module] : nullptr;
}

const TrainingFacts::Module* TrainingStandingListModel::module(int index) const
{
    const Ref* r = ref(index);
    return r ? &m_decided->modules[r->module] : nullptr;
}

TrainingStandingListModel::Refs TrainingStandingListModel::refsOf(const TrainingMatrix& decided,
                                                                  const std::vector<TrainingMatrix::Deadline>& lines)
{
    std::vector<std::pair<qint64, std::uint32_t>> modules;
    for (std::size_t i = 0; i < decided.modules.size(); ++i)
        modules.emplace_back(decided.modules[i].id, std::uint32_t(i));
    std::sort(modules.begin(), modules.end());
    Refs refs;
    refs.reserve(lines.size());
    for (const TrainingMatrix::Deadline& line : lines) {
        // The decided agents keep the facts' order, which is by id.
        const auto agent
            = std::lower_bound(decided.agents.begin(), decided.agents.end(), line.agentId,
                               [](const TrainingMatrix::AgentRow& row, qint64 id) { return row.agentId < id; });
        const auto module = std::lower_bound(modules.begin(), modules.end(), std::pair { line.moduleId, 0U });
        if (agent == decided.agents.end() || agent->agentId != line.agentId || module == modules.end()
            || module->first != line.moduleId)
            continue;
        refs.push_back({ std::uint32_t(agent - decided.agents.begin()), module->second });
    }
    return refs;
}

int TrainingStandingListModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_showsReminders ? ColumnCount : ReminderCountColumn;
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

QString TrainingStandingListModel::text(int index, int column) const
{
    const TrainingMatrix::AgentRow& row = *agent(index);
    const TrainingStanding& standing = *this->standing(index);
    switch (Column(column)) {
    case AgentColumn:
        return tr("%1 (%2)").arg(row.displayName, row.employeeNo);
    case TeamColumn:
        return row.siteCode.isEmpty() ? row.teamName : tr("%1 (%2)").arg(row.teamName, row.siteCode);
    case ModuleColumn:
        return module(index)->code;
    case StateColumn:
        return Vocabulary::trainingState(standing.state);
    case DueColumn:
        return AccessTerms::date(standing.dueAt);
    case DaysColumn:
        return daysText(standing);
    case CompletedColumn:
        return AccessTerms::date(standing.completedAt);
    case ScoreColumn:
        return standing.score ? QLocale().toString(*standing.score) : QString();
    case ExpiresColumn:
        return AccessTerms::date(standing.expiresAt);
    case ReminderCountColumn: {
        const TrainingReminderReader::Summary* sent = reminders(index);
        return QLocale().toString(sent ? sent->count : 0);
    }
    case LastReminderColumn: {
        const TrainingReminderReader::Summary* sent = reminders(index);
        if (!sent)
            return {};
        return tr("%1 to %2")
            .arg(AccessTerms::date(sent->last.sentAt), TrainingReminderModel::levelText(sent->last.level));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TrainingStandingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const TrainingStanding* s = standing(row);
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ModuleColumn)
            return module(row)->title;
        if (index.column() == ScoreColumn && s->passed)
            return *s->passed ? tr("Passed") : tr("Failed");
        if (index.column() == LastReminderColumn) {
            if (const TrainingReminderReader::Summary* sent = reminders(row)) {
                const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(sent->last.sentAt),
                                                        QStringLiteral("yyyy-MM-dd HH:mm"));
                // The days it was overdue when sent decided its level.
                return sent->last.daysOverdue > 0
                    ? tr("Sent %1, %2 days overdue then").arg(when, QLocale().toString(sent->last.daysOverdue))
                    : tr("Sent %1, not yet overdue then").arg(when);
            }
        }
        return {};
    case IdRole:
        return agent(row)->agentId;
    case ModuleIdRole:
        return module(row)->id;
    case SortKeyRole:
        switch (Column(index.column())) {
        case DueColumn:
            return s->dueAt ? QVariant(*s->dueAt) : QVariant();
        case DaysColumn:
            return s->daysOverdue > 0 ? -s->daysOverdue : s->daysLeft;
        case ReminderCountColumn: {
            const TrainingReminderReader::Summary* sent = reminders(row);
            return sent ? sent->count : 0;
        }
        case LastReminderColumn: {
            const TrainingReminderReader::Summary* sent = reminders(row);
            return sent ? QVariant(sent->last.sentAt) : QVariant();
        }
        default:
            return text(row, index.column());
        }
    case ToneRole:
        if (index.column() == StateColumn || index.column() == DaysColumn)
            return QVariant::fromValue(tone(s->state));
        return QVariant::fromValue(CellTone::Normal);
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn || index.column() == ReminderCountColumn)
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
    case ReminderCountColumn:
        return tr("Reminders");
    case LastReminderColumn:
        return tr("Last reminder");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
