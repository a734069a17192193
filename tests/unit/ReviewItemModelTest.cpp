// The reviews page's items model on rows as ReviewListReader gives them: one row per item (or only the undecided
// ones), "reading…" until the evidence is in, then the use, training, findings and decision texts the page showed
// cell by cell before; the item's id on every cell. QAbstractItemModelTester watches every reset.
#include "item/ReviewItemModel.h"
#include "item/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace custodian;

namespace {
ReviewListReader::ItemRow itemRow(qint64 id, const QString& agent, std::optional<ReviewDecision> decision)
{
    ReviewListReader::ItemRow row;
    row.item.id = id;
    row.item.decision = decision;
    row.agentName = agent;
    row.employeeNo = QStringLiteral("E%1").arg(id);
    row.team = QStringLiteral("Payments North");
    row.roleName = QStringLiteral("Refunds approver");
    row.sensitive = true;
    row.status = AssignmentStatus::Active;
    return row;
}
} // namespace

class ReviewItemModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsItemsThenTheirEvidence()
    {
        ReviewItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ReviewItemModel::ColumnCount));
        QCOMPARE(model.headerData(ReviewItemModel::UseColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Use in window"));

        auto decided = itemRow(8, QStringLiteral("Bea Baker"), ReviewDecision::Revoke);
        decided.item.byDefault = true;
        decided.decidedByName = QStringLiteral("Sam Supervisor");
        const std::vector<ReviewListReader::ItemRow> rows { itemRow(7, QStringLiteral("Ann Archer"), std::nullopt),
                                                            decided };
        model.setItems(rows, {}, false);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ReviewItemModel::AgentColumn).data().toString(), QStringLiteral("Ann Archer (E7)"));
        QCOMPARE(model.index(0, ReviewItemModel::RoleColumn).data().toString(),
                 QStringLiteral("Refunds approver (sensitive)"));
        QCOMPARE(model.index(0, ReviewItemModel::ValidUntilColumn).data().toString(), QStringLiteral("open-ended"));
        QCOMPARE(model.index(0, ReviewItemModel::UseColumn).data().toString(), QStringLiteral("reading…"));
        QCOMPARE(model.index(0, ReviewItemModel::TrainingColumn).data().toString(), QString());
        QCOMPARE(model.index(0, ReviewItemModel::DecisionColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(1, ReviewItemModel::DecisionColumn).data().toString(), QStringLiteral("Revoke (default)"));
        QCOMPARE(model.index(1, ReviewItemModel::DecidedByColumn).data().toString(), QStringLiteral("Sam Supervisor"));
        QCOMPARE(model.index(1, ReviewItemModel::JustificationColumn).data(IdRole).toLongLong(), 8);
        QCOMPARE(model.itemId(1), 8);
        QCOMPARE(model.rowOf(8), 1);
        QCOMPARE(model.rowOf(99), -1);

        // The evidence arrives: an unused role with missing training stands out.
        ReviewEvidence unused;
        unused.classUse.push_back({ DataClass::PaymentCard, 0, 0, 0, std::nullopt });
        unused.training.push_back({ QStringLiteral("PCI awareness"), std::nullopt, false });
        unused.openFindingCount = 2;
        QHash<qint64, ReviewEvidence> evidence;
        evidence.insert(7, unused);
        model.setItems(rows, evidence, false);
        QCOMPARE(model.index(0, ReviewItemModel::UseColumn).data().toString(), QStringLiteral("Not used"));
        QCOMPARE(model.index(0, ReviewItemModel::UseColumn).data(Qt::ToolTipRole).toString(), unused.summary());
        QCOMPARE(model.index(0, ReviewItemModel::UseColumn).data(ToneRole).value<CellTone>(), CellTone::Warning);
        QCOMPARE(model.index(0, ReviewItemModel::LastUsedColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(0, ReviewItemModel::TrainingColumn).data().toString(),
                 QStringLiteral("missing or expired"));
        QCOMPARE(model.index(0, ReviewItemModel::FindingsColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(0, ReviewItemModel::IncidentsColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(1, ReviewItemModel::UseColumn).data().toString(), QStringLiteral("reading…"));

        // Undecided only: the revoked item goes.
        model.setItems(rows, evidence, true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.itemId(0), 7);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(ReviewItemModelTest)
#include "ReviewItemModelTest.moc"
