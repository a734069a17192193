#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace custodian {

// The numbers behind a chart as a table ("Show as table"): a chart is a picture that a screen reader cannot read and
// a keyboard cannot walk, so every chart of the console offers the same data as rows. Numbers stay numbers (they
// sort and align as numbers); any other value shows as text. The page that draws the chart fills it from the same
// rows it draws; the model runs no SQL.
class ChartDataModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ChartDataModel(QObject* parent = nullptr);

    // Replaces everything: the column headers and one QVariantList per row, as wide as the headers (a shorter row
    // shows empty cells, a longer one is cut).
    void setTable(const QStringList& headers, std::vector<QVariantList> rows);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<QVariantList> m_rows;
};

} // namespace custodian
