#pragma once

#include "item/ItemRoles.h"
#include "rules/TrainingMatrix.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>

#include <memory>
#include <optional>

namespace custodian {

// The Training page's completion matrix: one row per group (team, site or role) and a last row for everyone in
// scope, one column per module after the group's name. A cell says the % complete and how many of how many
// ("87 % · 174/200"), its tooltip every count, and its tone the worst thing in it (someone overdue or expired: an
// error; someone due soon or not yet trained: a warning). It shows a TrainingMatrix built elsewhere (on a worker) and
// runs no SQL; the matrix is shared, not copied, because at 20 000 agents it is large.
class TrainingMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        GroupIdRole = ToneRole + 16, // qint64: the row's group (0 for the whole-scope row)
        ModuleIdRole, // qint64: the column's module (0 for the group column)
        PercentRole, // int percent complete, or nothing where nobody needs the module
    };
    static constexpr int GroupColumn = 0;

    explicit TrainingMatrixModel(QObject* parent = nullptr);

    // `moduleFilter`: one module's column only; nothing shows every module.
    void setMatrix(std::shared_ptr<const TrainingMatrix> matrix, std::optional<qint64> moduleFilter = {});
    void setModuleFilter(std::optional<qint64> moduleId);
    [[nodiscard]] std::optional<qint64> moduleFilter() const { return m_moduleFilter; }
    [[nodiscard]] const TrainingMatrix* matrix() const { return m_matrix.get(); }

    // The cell behind an index (nullptr for the group column or a cell nobody needs).
    [[nodiscard]] const TrainingMatrix::Cell* cellAt(const QModelIndex& index) const;
    // "Team A (LIS)", "LIS", "Card payments" — how a row's group is called; "Everyone in scope" for the last row.
    [[nodiscard]] QString groupName(int row) const;
    [[nodiscard]] QString moduleName(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] const TrainingFacts::Module* moduleAt(int column) const;
    [[nodiscard]] qint64 groupIdAt(int row) const;
    [[nodiscard]] bool isTotalRow(int row) const;
    [[nodiscard]] QString cellText(const TrainingMatrix::Counts& counts) const;
    [[nodiscard]] QString cellToolTip(int row, int column, const TrainingMatrix::Counts& counts) const;
    void rebuildColumns();

    std::shared_ptr<const TrainingMatrix> m_matrix;
    std::optional<qint64> m_moduleFilter;
    std::vector<int> m_columns; // index into m_matrix->modules for each module column
    // (group, module) -> cell: painting asks for every visible cell several times, and TrainingMatrix::cell() looks
    // through all of them (1 600 at 40 teams × 40 modules).
    QHash<QPair<qint64, qint64>, const TrainingMatrix::Cell*> m_cellIndex;
};

} // namespace custodian
