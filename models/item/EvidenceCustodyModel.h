#pragma once

#include "item/RowTableModel.h"
#include "store/EvidenceRegister.h"

namespace custodian {

// The custody trail of one evidence item below the Evidence tab's list: when, who, what was done and its detail in
// words — the hash it was read with, the file it was exported to, each problem a tamper check named — rather than the
// JSON the register keeps.
class EvidenceCustodyModel : public RowTableModel<EvidenceRegister::CustodyEntry>
{
    Q_OBJECT
public:
    enum Column { AtColumn, ActorColumn, ActionColumn, DetailColumn, ColumnCount };

    explicit EvidenceCustodyModel(QObject* parent = nullptr);

    [[nodiscard]] const EvidenceRegister::CustodyEntry* entry(int row) const;

    [[nodiscard]] static QString actionText(EvidenceRegister::Action action);
    [[nodiscard]] static QString detailText(const EvidenceRegister::CustodyEntry& entry);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace custodian
