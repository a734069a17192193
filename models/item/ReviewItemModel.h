#pragma once

#include "store/ReviewEvidenceReader.h"
#include "store/ReviewListReader.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace custodian {

// The items of one access review as the reviews page lists them: who holds which role until when, the evidence for
// keeping it (use in the review's window, last use, training, open findings, incidents; "reading…" until the
// evidence reader has it) and the decision taken. It takes the rows ReviewListReader read and the evidence
// ReviewEvidenceReader found, and runs no SQL; a campaign holds at most a few thousand items. Every cell carries the
// item's id under IdRole.
class ReviewItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AgentColumn,
        TeamColumn,
        RoleColumn,
        ValidUntilColumn,
        UseColumn,
        LastUsedColumn,
        TrainingColumn,
        FindingsColumn,
        IncidentsColumn,
        DecisionColumn,
        DecidedByColumn,
        JustificationColumn,
        ColumnCount
    };

    explicit ReviewItemModel(QObject* parent = nullptr);

    // Shows `rows` (only the undecided ones when `undecidedOnly`) with what `evidence` holds for them.
    void setItems(const std::vector<ReviewListReader::ItemRow>& rows, const QHash<qint64, ReviewEvidence>& evidence,
                  bool undecidedOnly);
    void clear();

    [[nodiscard]] qint64 itemId(int row) const;
    // -1: not shown.
    [[nodiscard]] int rowOf(qint64 itemId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Keep", "Revoke", "Shorten" (also the page's and the report's words).
    [[nodiscard]] static QString decisionName(ReviewDecision decision);

private:
    [[nodiscard]] QString text(const ReviewListReader::ItemRow& row, int column) const;

    std::vector<ReviewListReader::ItemRow> m_rows;
    QHash<qint64, ReviewEvidence> m_evidence;
    qint64 m_now = 0; // when the rows were set: validity is judged then
};

} // namespace custodian
