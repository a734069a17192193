#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace custodian {

// The shape most of the console's tables have: rows of one type, read by a repository on the page's side and handed
// over whole; the model shows them and runs no SQL. This keeps the rows, answers rowCount() and resets the views when
// the rows change; a subclass says how many columns there are, what each is called and what a cell shows. It has no
// Q_OBJECT (moc takes no template): the subclass has, so tr() keeps the subclass's context.
template <typename Row> class RowTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    void clear() { setRows({}); }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

protected:
    [[nodiscard]] const std::vector<Row>& rows() const { return m_rows; }

private:
    std::vector<Row> m_rows;
};

} // namespace custodian
