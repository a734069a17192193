#pragma once

#include "domain/AccessFilter.h"
#include "domain/AccessSort.h"
#include "domain/Result.h"
#include "item/AccessEventLoader.h"
#include "store/AccessEventRow.h"
#include "store/AccessQuery.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QThread>
#include <deque>
#include <functional>
#include <memory>

namespace custodian {

class Store;

// The access log as a *window* of rows: a few hundred rows around what the view shows, read with keyset queries
// by an AccessEventLoader on its own thread. The model never reports millions of rows — a stock QTableView over
// a 10 M-row model spends ~260 ms and ~100 MB before its first paint (docs/performance.md) — so the page pairs it
// with a scroller over time, and the window slides as the view scrolls (ensureRowsAround). Sorting is by time or
// by agent, the two orders an index gives; filtering is in SQL. The GUI thread never waits on a read.
class AccessEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        AgentColumn,
        TeamColumn,
        SiteColumn,
        ActionColumn,
        OutcomeColumn,
        DataClassColumn,
        RecordColumn,
        ChannelColumn,
        WorkstationColumn,
        SourceAddressColumn,
        SessionColumn,
        EventIdColumn,
        ColumnCount
    };

    // Rows read on a filter change (enough for a tall window), on each slide, and the most kept at once.
    static constexpr int FirstWindowRows = 120;
    static constexpr int SlideRows = 300;
    static constexpr int MaxWindowRows = 1500;

    explicit AccessEventModel(QObject* parent = nullptr);
    ~AccessEventModel() override;

    // Opens the loader's read-only connection; rows come after setFilter(). detach() (lock) stops the loader,
    // closes its connection and forgets every row.
    [[nodiscard]] Status attach(Store* store);
    void detach();
    [[nodiscard]] bool isAttached() const { return m_loader != nullptr; }

    void setFilter(const AccessFilter& filter);
    [[nodiscard]] const AccessFilter& filter() const { return m_filter; }
    void setSortOrder(AccessSort order);
    [[nodiscard]] AccessSort sortOrder() const { return m_sort; }
    // The clock that resolves relative time ranges (tests and the benchmark pin it).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    [[nodiscard]] qint64 now() const { return m_clock(); }

    void reload();
    void jumpToStart();
    void jumpToEnd();
    // Starts the window at a moment (time orders only): the scroller's jump.
    void jumpToTime(qint64 timeMs);
    // Called by the view as it scrolls: reads the next or previous rows before the view reaches the window's
    // edge, and drops rows far from view so the window stays small.
    void ensureRowsAround(int firstVisibleRow, int lastVisibleRow);

    [[nodiscard]] const AccessEventRow* rowAt(int row) const;
    [[nodiscard]] int rowOfEvent(qint64 eventId) const;
    [[nodiscard]] bool isAtStart() const { return m_atStart; }
    [[nodiscard]] bool isAtEnd() const { return m_atEnd; }
    [[nodiscard]] bool isLoading() const { return m_pendingReset || m_pendingForward || m_pendingBackward; }
    [[nodiscard]] const std::optional<AccessQuery>& query() const { return m_query; }
    [[nodiscard]] static bool isSortable(int column) { return column == TimeColumn || column == AgentColumn; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A new filter resolved (the chart and the status line use it).
    void queryResolved(const custodian::AccessQuery& query);
    // The first rows of a filter, sort or jump are in the model, `elapsedMs` after the request.
    void windowReset(qint64 elapsedMs, bool fromEnd);
    // Rows were added or dropped at the top of the window: the view keeps its place by moving this many rows.
    void windowShiftedAtTop(int rowsAdded);
    void loadFailed(const QString& message);

private:
    void startReset(std::optional<AccessEventRepository::Anchor> anchor, bool fromEnd);
    void post(AccessEventLoader::Request request);
    void handleReply(const std::shared_ptr<AccessEventLoader::Reply>& reply);
    void updateLoading(bool wasLoading);

    AccessFilter m_filter;
    AccessSort m_sort = AccessSort::NewestFirst;
    std::function<qint64()> m_clock;
    std::deque<AccessEventRow> m_rows;
    std::optional<AccessQuery> m_query;
    bool m_atStart = true;
    bool m_atEnd = true;
    bool m_pendingReset = false;
    bool m_pendingForward = false;
    bool m_pendingBackward = false;
    quint64 m_generation = 0;
    qint64 m_resetStartedNs = 0;
    int m_lastFirstVisible = 0;
    int m_lastLastVisible = 0;
    QThread* m_thread = nullptr;
    AccessEventLoader* m_loader = nullptr;
};

} // namespace custodian
