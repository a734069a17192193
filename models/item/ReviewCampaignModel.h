#pragma once

#include "store/ReviewListReader.h"

#include <QAbstractTableModel>

#include <vector>

namespace custodian {

// The access reviews as the reviews page lists them: name, what the review covers, the reviewer, when it is due (in
// red when due soon or overdue), how many items are decided and what happens to the undecided ones at close. It
// takes the rows ReviewListReader::campaigns() read and runs no SQL. Every cell carries the campaign's id under
// IdRole.
class ReviewCampaignModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CampaignColumn, CoversColumn, ReviewerColumn, DueColumn, DecidedColumn, DefaultColumn, ColumnCount };

    explicit ReviewCampaignModel(QObject* parent = nullptr);

    // `now` decides what is due soon or overdue.
    void setCampaigns(std::vector<ReviewListReader::CampaignRow> rows, qint64 now);
    void clear();

    [[nodiscard]] qint64 campaignId(int row) const;
    // -1: not listed.
    [[nodiscard]] int rowOf(qint64 campaignId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Due 2026-12-20 (in 14 days)", "Overdue since …", "Closed …" (the page's summary says it the same way).
    [[nodiscard]] static QString dueText(const ReviewCampaign& campaign, qint64 now);

private:
    [[nodiscard]] QString text(const ReviewListReader::CampaignRow& row, int column) const;

    std::vector<ReviewListReader::CampaignRow> m_rows;
    qint64 m_now = 0;
};

} // namespace custodian
