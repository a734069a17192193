#pragma once

#include "domain/Result.h"
#include "store/FindingRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace custodian {

class Database;

// The findings list of the findings page: one row per finding matching a filter (status, kind, minimum
// severity, agent, team, site, time window), most severe first and newest first within a severity (the order a
// supervisor triages in), sortable by any column. Findings number in the hundreds (at
// most a few thousand) and the query reads only the finding table and the agents (evidence is counted in
// finding.evidence_count), so reload() runs on the calling thread through FindingRepository: a few
// milliseconds, no worker thread needed. The model runs no SQL of its own.
class FindingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn, // the finding's number, as messages and the console audit name it
        SeverityColumn,
        StatusColumn, // beside the severity, so that a triage screen of 1 280 px shows both
        KindColumn,
        AgentColumn,
        TeamColumn, // the agent's team (the site in the tooltip)
        WhenColumn, // window start
        EventsColumn,
        SummaryColumn,
        ColumnCount
    };

    explicit FindingModel(QObject* parent = nullptr);

    // nullptr (the store is locked): the model empties.
    void setDatabase(Database* database);
    void setFilter(const FindingRepository::Filter& filter);
    [[nodiscard]] const FindingRepository::Filter& filter() const { return m_filter; }
    // Reads the findings of the filter again, keeping the sort order.
    [[nodiscard]] Status reload();
    void clear();

    [[nodiscard]] const FindingRepository::Row* finding(int row) const;
    [[nodiscard]] int rowOf(qint64 findingId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void sortRows();

    Database* m_database = nullptr;
    FindingRepository::Filter m_filter;
    std::vector<FindingRepository::Row> m_rows;
    int m_sortColumn = SeverityColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace custodian
