// The detail pane's training-at-that-moment model: the state in words, lapsed or missing training marked as an error,
// the expiry or the due date, and the roles that require the module. QAbstractItemModelTester watches every reset.
#include "item/TrainingAtTimeModel.h"
#include "item/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

using namespace custodian;
using State = AccessEventDetailRepository::TrainingState;

class TrainingAtTimeModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void marksTrainingThatLeftTheAgentUntrained()
    {
        TrainingAtTimeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const qint64 passed = QDateTime(QDate(2025, 4, 2), QTime(10, 0)).toMSecsSinceEpoch();
        const qint64 expires = QDateTime(QDate(2026, 4, 2), QTime(10, 0)).toMSecsSinceEpoch();
        AccessEventDetailRepository::TrainingAtTime pci;
        pci.moduleId = 7;
        pci.title = QStringLiteral("PCI DSS awareness");
        pci.framework = QStringLiteral("PCI DSS");
        pci.controlRef = QStringLiteral("12.6.3");
        pci.requiredBy = { QStringLiteral("card_payments") };
        pci.state = State::Expired;
        pci.completedAt = passed;
        pci.expiresAt = expires;
        AccessEventDetailRepository::TrainingAtTime gdpr;
        gdpr.moduleId = 8;
        gdpr.title = QStringLiteral("GDPR basics");
        gdpr.framework = QStringLiteral("GDPR");
        gdpr.requiredBy = { QStringLiteral("agent"), QStringLiteral("card_payments") };
        gdpr.state = State::Assigned;
        gdpr.dueAt = expires;
        model.setTraining({ pci, gdpr });

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(TrainingAtTimeModel::ColumnCount));
        QCOMPARE(model.index(0, TrainingAtTimeModel::ModuleColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("PCI DSS (12.6.3)"));
        QCOMPARE(model.index(0, TrainingAtTimeModel::StateColumn).data().toString(), QStringLiteral("Expired"));
        QCOMPARE(model.index(0, TrainingAtTimeModel::StateColumn).data(ToneRole).value<CellTone>(), CellTone::Error);
        QCOMPARE(model.index(0, TrainingAtTimeModel::ModuleColumn).data(ToneRole).value<CellTone>(), CellTone::Normal);
        QCOMPARE(model.index(0, TrainingAtTimeModel::CompletedColumn).data().toString(), QStringLiteral("2025-04-02"));
        QCOMPARE(model.index(0, TrainingAtTimeModel::ExpiresColumn).data().toString(), QStringLiteral("2026-04-02"));
        QCOMPARE(model.index(0, TrainingAtTimeModel::ModuleColumn).data(IdRole).toLongLong(), 7);

        // Assigned and not yet due is what the rules ask: not a problem.
        QCOMPARE(model.index(1, TrainingAtTimeModel::StateColumn).data().toString(),
                 QStringLiteral("Assigned, not yet due"));
        QCOMPARE(model.index(1, TrainingAtTimeModel::StateColumn).data(ToneRole).value<CellTone>(), CellTone::Normal);
        QCOMPARE(model.index(1, TrainingAtTimeModel::ModuleColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("GDPR"));
        QCOMPARE(model.index(1, TrainingAtTimeModel::CompletedColumn).data().toString(), QString());
        QCOMPARE(model.index(1, TrainingAtTimeModel::ExpiresColumn).data().toString(),
                 QStringLiteral("due 2026-04-02"));
        QCOMPARE(model.index(1, TrainingAtTimeModel::RequiredByColumn).data().toString(),
                 QStringLiteral("agent, card_payments"));

        for (State problem : { State::Failed, State::Overdue, State::Never }) {
            gdpr.state = problem;
            model.setTraining({ gdpr });
            QCOMPARE(model.index(0, TrainingAtTimeModel::StateColumn).data(ToneRole).value<CellTone>(),
                     CellTone::Error);
        }

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TrainingAtTimeModelTest)
#include "TrainingAtTimeModelTest.moc"
