#pragma once

#include "domain/TodayAttentionItem.h"
#include "item/RowTableModel.h"

#include <vector>

namespace custodian {

// The Today page's "needs you now" list: what waits on the supervisor, most severe first, then by deadline
// (TodayAttentionItem::before; TodayRepository hands the rows over in that order). It runs no SQL. Every cell carries
// the subject's id under IdRole; overdue deadlines and critical rows say so under ToneRole.
class TodayAttentionModel : public RowTableModel<TodayAttentionItem>
{
    Q_OBJECT
public:
    // What needs the supervisor last: the one column with long text, stretched over the rest of the width.
    enum Column { SeverityColumn, DeadlineColumn, WhatColumn, ColumnCount };

    explicit TodayAttentionModel(QObject* parent = nullptr);

    // `now` decides which deadlines are past.
    void setItems(std::vector<TodayAttentionItem> items, qint64 now);
    // The row as given; nullptr: no such row.
    [[nodiscard]] const TodayAttentionItem* item(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const TodayAttentionItem& item, int column) const;

    qint64 m_now = 0;
};

} // namespace custodian
