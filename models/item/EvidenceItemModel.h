#pragma once

#include "item/RowTableModel.h"
#include "store/EvidenceRegister.h"
#include "store/EvidenceUploadQueue.h"

#include <QHash>

namespace custodian {

// An incident's evidence items on the Evidence tab of the Incidents page (docs/incidents-evidence.md, "On the page"):
// what was attached, how large, its SHA-256 — shortened in the cell, whole in the tooltip and the accessible text, as a
// supervisor compares it with `sha256sum` — who added it and when; and, once Verify all has run, what it found per
// item (intact, or each problem named), so a tampered item stands out in the list itself; and where its upload to the
// central service stands (queued, n of m chunks held, waiting and why, verified by the service, refused and why).
class EvidenceItemModel : public RowTableModel<EvidenceRegister::Item>
{
    Q_OBJECT
public:
    enum Column {
        FileColumn,
        MediaTypeColumn,
        SizeColumn,
        Sha256Column,
        AddedByColumn,
        AddedAtColumn,
        VerifiedColumn,
        UploadColumn,
        ColumnCount
    };

    explicit EvidenceItemModel(QObject* parent = nullptr);

    [[nodiscard]] const EvidenceRegister::Item* item(int row) const;
    [[nodiscard]] int rowOf(qint64 itemId) const;
    // The results of a verification, by item; items it did not cover show nothing in the Verified column.
    void setChecks(const std::vector<EvidenceRegister::Check>& checks);
    [[nodiscard]] const EvidenceRegister::Check* check(qint64 itemId) const;

    // Where each item's upload stands, by item; an item without one shows nothing in the Upload column.
    void setUploads(const std::vector<EvidenceUploadQueue::Upload>& uploads);
    [[nodiscard]] const EvidenceUploadQueue::Upload* upload(qint64 itemId) const;
    // The Upload column's words for one upload.
    [[nodiscard]] static QString uploadText(const EvidenceUploadQueue::Upload& upload);

    // The SHA-256 as the list writes it: the first 12 hex digits and an ellipsis.
    [[nodiscard]] static QString shortSha256(const QByteArray& digest);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<qint64, EvidenceRegister::Check> m_checks;
    QHash<qint64, EvidenceUploadQueue::Upload> m_uploads;
};

} // namespace custodian
