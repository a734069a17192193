#include "item/AccessEventModel.h"

#include "domain/Clock.h"
#include "domain/Enums.h"
#include "domain/Vocabulary.h"
#include "item/ItemRoles.h"
#include "store/Store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>

namespace custodian {

namespace {
qint64 monotonicNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

// How close to the window's edge (in rows) the view may come before the next rows are read.
constexpr int PrefetchMargin = 150;
} // namespace

AccessEventModel::AccessEventModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return Clock::nowMs(); })
{
}

AccessEventModel::~AccessEventModel()
{
    detach();
}

Status AccessEventModel::attach(Store* store)
{
    detach();
    if (!store || !store->isOpen())
        return Error(Error::Code::NotFound, tr("The store is locked."));
    auto connection = store->openConnection(Database::Mode::ReadOnly);
    if (!connection)
        return connection.error();
    // A modest page cache: windows are small, and scans stream through pages once.
    if (auto status = connection->exec(QStringLiteral("PRAGMA cache_size = -32768")); !status)
        return status;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("AccessEventLoader"));
    QPointer<AccessEventModel> self(this);
    m_loader = new AccessEventLoader(std::move(*connection), [self](std::shared_ptr<AccessEventLoader::Reply> reply) {
        // From the loader's thread back to the model's: the model may be gone by then.
        QMetaObject::invokeMethod(
            self.data(),
            [self, reply] {
                if (self)
                    self->handleReply(reply);
            },
            Qt::QueuedConnection);
    });
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    m_thread->start();
    return {};
}

void AccessEventModel::detach()
{
    const bool wasLoading = isLoading();
    if (m_loader) {
        m_loader->stop();
        m_thread->quit();
        // The running statement is interrupted within a few thousand VM steps: this wait is short.
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_loader = nullptr; // deleted by the thread's finished signal
    }
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_query.reset();
    m_atStart = m_atEnd = true;
    m_pendingReset = m_pendingForward = m_pendingBackward = false;
    endResetModel();
    updateLoading(wasLoading);
}

void AccessEventModel::setFilter(const AccessFilter& filter)
{
    m_filter = filter;
    reload();
}

void AccessEventModel::setSortOrder(AccessSort order)
{
    if (m_sort == order)
        return;
    m_sort = order;
    reload();
}

void AccessEventModel::reload()
{
    startReset(std::nullopt, false);
}

void AccessEventModel::jumpToStart()
{
    startReset(std::nullopt, false);
}

void AccessEventModel::jumpToEnd()
{
    startReset(std::nullopt, true);
}

void AccessEventModel::jumpToTime(qint64 timeMs)
{
    if (m_sort == AccessSort::AgentAscending || m_sort == AccessSort::AgentDescending)
        return;
    startReset(AccessEventRepository::anchorAtTime(m_sort, timeMs), false);
}

void AccessEventModel::startReset(std::optional<AccessEventRepository::Anchor> anchor, bool fromEnd)
{
    if (!m_loader)
        return;
    const bool wasLoading = isLoading();
    ++m_generation;
    m_loader->supersede(m_generation);
    m_pendingReset = true;
    m_pendingForward = m_pendingBackward = false;
    m_resetStartedNs = monotonicNs();
    AccessEventLoader::Request request;
    request.kind = AccessEventLoader::Kind::Reset;
    request.filter = m_filter;
    request.sort = m_sort;
    request.anchor = anchor;
    request.backwards = fromEnd;
    request.limit = FirstWindowRows;
    request.nowMs = m_clock();
    post(std::move(request));
    updateLoading(wasLoading);
}

void AccessEventModel::post(AccessEventLoader::Request request)
{
    request.generation = m_generation;
    AccessEventLoader* loader = m_loader;
    QMetaObject::invokeMethod(
        loader, [loader, request] { loader->process(request); }, Qt::QueuedConnection);
}

void AccessEventModel::ensureRowsAround(int firstVisibleRow, int lastVisibleRow)
{
    m_lastFirstVisible = firstVisibleRow;
    m_lastLastVisible = lastVisibleRow;
    if (!m_loader || m_pendingReset || m_rows.empty())
        return;
    const bool wasLoading = isLoading();
    const int rows = int(m_rows.size());
    if (!m_atEnd && !m_pendingForward && lastVisibleRow >= rows - PrefetchMargin) {
        m_pendingForward = true;
        AccessEventLoader::Request request;
        request.kind = AccessEventLoader::Kind::Forward;
        request.sort = m_sort;
        request.anchor = AccessEventRepository::anchorOf(m_rows.back());
        request.limit = SlideRows;
        post(std::move(request));
    }
    if (!m_atStart && !m_pendingBackward && firstVisibleRow <= PrefetchMargin) {
        m_pendingBackward = true;
        AccessEventLoader::Request request;
        request.kind = AccessEventLoader::Kind::Backward;
        request.sort = m_sort;
        request.anchor = AccessEventRepository::anchorOf(m_rows.front());
        request.limit = SlideRows;
        post(std::move(request));
    }
    updateLoading(wasLoading);
}

void AccessEventModel::handleReply(const std::shared_ptr<AccessEventLoader::Reply>& reply)
{
    if (reply->generation != m_generation)
        return;
    const bool wasLoading = isLoading();
    using Kind = AccessEventLoader::Kind;
    if (reply->error) {
        if (reply->kind == Kind::Reset) {
            // Rows of the previous filter must not stay under the new one.
            beginResetModel();
            m_rows.clear();
            m_query.reset();
            m_atStart = m_atEnd = true;
            endResetModel();
        }
        m_pendingReset = m_pendingForward = m_pendingBackward = false;
        updateLoading(wasLoading);
        if (reply->error->code() != Error::Code::Cancelled)
            Q_EMIT loadFailed(reply->error->message());
        return;
    }
    const bool full = int(reply->rows.size()) >= reply->limit;
    if (reply->kind == Kind::Reset) {
        m_pendingReset = false;
        beginResetModel();
        m_rows.assign(std::make_move_iterator(reply->rows.begin()), std::make_move_iterator(reply->rows.end()));
        m_query = reply->query;
        // A window read from the start of the order reaches its end when it is not full; from the end, the same
        // for its start. An anchored read (a jump to a moment) may have rows on both sides.
        if (reply->backwards) {
            m_atEnd = true;
            m_atStart = !full;
        } else {
            m_atStart = !reply->anchored;
            m_atEnd = !full;
        }
        endResetModel();
        if (m_query)
            Q_EMIT queryResolved(*m_query);
        Q_EMIT windowReset((monotonicNs() - m_resetStartedNs) / 1'000'000, reply->backwards);
    } else if (reply->kind == Kind::Forward) {
        m_pendingForward = false;
        m_atEnd = !full;
        if (!reply->rows.empty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(reply->rows.size()) - 1);
            m_rows.insert(m_rows.end(), std::make_move_iterator(reply->rows.begin()),
                          std::make_move_iterator(reply->rows.end()));
            endInsertRows();
            // Keep the window small: drop rows well above what is shown.
            // Not while rows before the window are being read: their anchor is the first row.
            const int excess = m_pendingBackward ? 0 : int(m_rows.size()) - MaxWindowRows;
            const int removable = std::min(excess, m_lastFirstVisible - PrefetchMargin);
            if (removable > 0) {
                beginRemoveRows({}, 0, removable - 1);
                m_rows.erase(m_rows.begin(), m_rows.begin() + removable);
                m_atStart = false;
                endRemoveRows();
                m_lastFirstVisible -= removable;
                m_lastLastVisible -= removable;
                Q_EMIT windowShiftedAtTop(-removable);
            }
        }
    } else {
        m_pendingBackward = false;
        m_atStart = !full;
        if (!reply->rows.empty()) {
            const int added = int(reply->rows.size());
            beginInsertRows({}, 0, added - 1);
            m_rows.insert(m_rows.begin(), std::make_move_iterator(reply->rows.begin()),
                          std::make_move_iterator(reply->rows.end()));
            endInsertRows();
            m_lastFirstVisible += added;
            m_lastLastVisible += added;
            Q_EMIT windowShiftedAtTop(added);
            // Not while rows after the window are being read: their anchor is the last row.
            const int excess = m_pendingForward ? 0 : int(m_rows.size()) - MaxWindowRows;
            const int removable = std::min(excess, int(m_rows.size()) - 1 - m_lastLastVisible - PrefetchMargin);
            if (removable > 0) {
                const int first = int(m_rows.size()) - removable;
                beginRemoveRows({}, first, int(m_rows.size()) - 1);
                m_rows.erase(m_rows.end() - removable, m_rows.end());
                m_atEnd = false;
                endRemoveRows();
            }
        }
    }
    updateLoading(wasLoading);
}

void AccessEventModel::updateLoading(bool wasLoading)
{
    if (wasLoading != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

const AccessEventRow* AccessEventModel::rowAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[std::size_t(row)];
}

int AccessEventModel::rowOfEvent(qint64 eventId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == eventId)
            return int(i);
    }
    return -1;
}

int AccessEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccessEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessEventModel::data(const QModelIndex& index, int role) const
{
    const AccessEventRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == IdRole)
        return row->id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == SessionColumn || index.column() == EventIdColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == SortKeyRole) {
        switch (index.column()) {
        case TimeColumn:
            return row->occurredAt;
        case AgentColumn:
            return row->agentId;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn: {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(row->occurredAt);
        if (role == Qt::ToolTipRole)
            return time.toUTC().toString(Qt::ISODateWithMs);
        return QLocale().toString(time, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    case AgentColumn:
        return row->agentName.isEmpty() ? tr("Agent %1").arg(row->agentId)
                                        : QStringLiteral("%1 (%2)").arg(row->agentName, row->employeeNo);
    case TeamColumn:
        return row->teamName;
    case SiteColumn:
        return row->siteCode;
    case ActionColumn:
        return Vocabulary::action(AccessAction(row->action));
    case OutcomeColumn:
        return Vocabulary::outcome(AccessOutcome(row->outcome));
    case DataClassColumn:
        return Vocabulary::dataClass(DataClass(row->dataClass));
    case RecordColumn:
        if (!row->recordId)
            return QString();
        if (role == Qt::ToolTipRole)
            return tr("%1, masked. Select the event and use Reveal to see it in clear (audited).").arg(row->recordKind);
        return row->recordMasked;
    case ChannelColumn:
        return Vocabulary::channel(Channel(row->channel));
    case WorkstationColumn:
        return row->workstation;
    case SourceAddressColumn:
        return row->sourceAddress;
    case SessionColumn:
        return row->sessionId;
    case EventIdColumn:
        return row->id;
    default:
        return {};
    }
}

QVariant AccessEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        return isSortable(section) ? tr("Click to sort")
                                   : tr("Filter by this column with the filter bar; the log "
                                        "sorts by time or agent");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return Vocabulary::timeHeader(tr("Time"));
    case AgentColumn:
        return tr("Agent");
    case TeamColumn:
        return tr("Team");
    case SiteColumn:
        return tr("Site");
    case ActionColumn:
        return tr("Action");
    case OutcomeColumn:
        return tr("Outcome");
    case DataClassColumn:
        return tr("Data class");
    case RecordColumn:
        return tr("Record");
    case ChannelColumn:
        return tr("Channel");
    case WorkstationColumn:
        return tr("Workstation");
    case SourceAddressColumn:
        return tr("Source address");
    case SessionColumn:
        return tr("Session");
    case EventIdColumn:
        return tr("Event id");
    default:
        return {};
    }
}

void AccessEventModel::sort(int column, Qt::SortOrder order)
{
    if (column == TimeColumn)
        setSortOrder(order == Qt::DescendingOrder ? AccessSort::NewestFirst : AccessSort::OldestFirst);
    else if (column == AgentColumn)
        setSortOrder(order == Qt::DescendingOrder ? AccessSort::AgentDescending : AccessSort::AgentAscending);
}

} // namespace custodian
