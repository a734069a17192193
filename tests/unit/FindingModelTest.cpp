// FindingModel over a seeded demo store: filters by status, kind, severity, agent and time select what the
// finding table holds; sorting keeps persistent indexes on their findings; a status change shows after reload;
// a locked store empties the model. QAbstractItemModelTester watches every step.
#include "item/FindingModel.h"
#include "demo/DemoGenerator.h"
#include "item/ItemRoles.h"
#include "rules/FindingWorkflow.h"
#include "support/ResultChecks.h"
#include "support/StoreQueries.h"
#include "support/TestStore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace custodian;

namespace {
using test::queryInt;
} // namespace

class FindingModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEveryFinding();
    void filters();
    void sortKeepsPersistentIndexes();
    void statusChangeShowsAfterReload();
    void lockedStoreEmptiesTheModel();

private:
    std::unique_ptr<test::TestStore> m_store;
};

void FindingModelTest::initTestCase()
{
    m_store = std::make_unique<test::TestStore>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
    DemoGenerator::Options options;
    options.events = 20'000;
    options.seed = 7;
    options.end = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
    auto summary = DemoGenerator::generate(m_store->store(), options);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));
    QVERIFY(queryInt(m_store->store(), QStringLiteral("SELECT count(*) FROM finding")) >= 10);
}

void FindingModelTest::listsEveryFinding()
{
    Store& s = m_store->store();
    FindingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setDatabase(&s.database());
    QElapsedTimer timer;
    timer.start();
    CUSTODIAN_VERIFY_OK(model.reload());
    qInfo("%d findings loaded in %lld ms", model.rowCount(), qint64(timer.elapsed()));
    QCOMPARE(model.rowCount(), int(queryInt(s, QStringLiteral("SELECT count(*) FROM finding"))));
    QCOMPARE(model.columnCount(), int(FindingModel::ColumnCount));
    // The most severe first, the newest first within a severity, and each row shows its finding.
    for (int row = 0; row + 1 < model.rowCount(); ++row) {
        const FindingRepository::Row* a = model.finding(row);
        const FindingRepository::Row* b = model.finding(row + 1);
        QVERIFY(a->severity > b->severity || (a->severity == b->severity && a->windowStart >= b->windowStart));
    }
    const FindingRepository::Row* first = model.finding(0);
    QVERIFY(first);
    QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), first->id);
    QCOMPARE(model.index(0, FindingModel::EventsColumn).data(SortKeyRole).toLongLong(), first->evidenceCount);
    QCOMPARE(first->evidenceCount,
             queryInt(s, QStringLiteral("SELECT count(*) FROM finding_evidence WHERE finding_id = %1").arg(first->id)));
    QCOMPARE(model.index(0, FindingModel::SummaryColumn).data().toString(), first->summary);
    QCOMPARE(model.index(0, FindingModel::IdColumn).data(SortKeyRole).toLongLong(), first->id);
    QString team;
    test::forEachRow(s,
                     QStringLiteral("SELECT t.name FROM finding f JOIN agent a ON a.id = f.agent_id JOIN team t ON "
                                    "t.id = a.team_id WHERE f.id = %1")
                         .arg(first->id),
                     [&team](const Statement& row) { team = row.text(0); });
    QVERIFY(!team.isEmpty());
    QCOMPARE(model.index(0, FindingModel::TeamColumn).data().toString(), team);
    QVERIFY(!model.index(0, FindingModel::AgentColumn).data().toString().isEmpty());
    QCOMPARE(model.rowOf(first->id), 0);
    QCOMPARE(model.rowOf(-1), -1);
    QVERIFY(!model.headerData(FindingModel::SeverityColumn, Qt::Horizontal).toString().isEmpty());
}

void FindingModelTest::filters()
{
    Store& s = m_store->store();
    FindingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&s.database());
    auto rowsWith = [&](const FindingRepository::Filter& filter) {
        model.setFilter(filter);
        if (auto status = model.reload(); !status)
            qFatal("reload: %s", qPrintable(status.error().message()));
        return model.rowCount();
    };

    FindingRepository::Filter byKind;
    byKind.kinds = { FindingKind::BulkAccess, FindingKind::FailedLoginBurst };
    QCOMPARE(rowsWith(byKind), int(queryInt(s, QStringLiteral("SELECT count(*) FROM finding WHERE kind IN (2, 3)"))));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.finding(row)->kind == FindingKind::BulkAccess
                || model.finding(row)->kind == FindingKind::FailedLoginBurst);

    FindingRepository::Filter bySeverity;
    bySeverity.minimumSeverity = Severity::High;
    QCOMPARE(rowsWith(bySeverity),
             int(queryInt(s, QStringLiteral("SELECT count(*) FROM finding WHERE severity >= 3"))));
    QVERIFY(model.rowCount() > 0);

    const qint64 agent = queryInt(s, QStringLiteral("SELECT agent_id FROM finding ORDER BY id LIMIT 1"));
    FindingRepository::Filter byAgent;
    byAgent.agentId = agent;
    QCOMPARE(rowsWith(byAgent),
             int(queryInt(s, QStringLiteral("SELECT count(*) FROM finding WHERE agent_id = %1").arg(agent))));
    QVERIFY(model.rowCount() >= 1);

    // Time: windows overlapping [from, until).
    const qint64 middle = queryInt(s,
                                   QStringLiteral("SELECT window_start FROM finding ORDER BY window_start LIMIT 1 "
                                                  "OFFSET (SELECT count(*) / 2 FROM finding)"));
    FindingRepository::Filter byTime;
    byTime.from = middle;
    QCOMPARE(rowsWith(byTime),
             int(queryInt(s, QStringLiteral("SELECT count(*) FROM finding WHERE window_end >= %1").arg(middle))));
    byTime.from.reset();
    byTime.until = middle;
    QCOMPARE(rowsWith(byTime),
             int(queryInt(s, QStringLiteral("SELECT count(*) FROM finding WHERE window_start < %1").arg(middle))));

    FindingRepository::Filter byStatus;
    byStatus.statuses = { FindingStatus::Dismissed };
    QCOMPARE(rowsWith(byStatus), int(queryInt(s, QStringLiteral("SELECT count(*) FROM finding WHERE status = 3"))));

    FindingRepository::Filter none;
    none.kinds = { FindingKind::OffHours };
    none.agentId = -5;
    QCOMPARE(rowsWith(none), 0);
}

void FindingModelTest::sortKeepsPersistentIndexes()
{
    FindingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_store->store().database());
    CUSTODIAN_VERIFY_OK(model.reload());
    QVERIFY(model.rowCount() > 3);
    const QPersistentModelIndex third(model.index(2, FindingModel::KindColumn));
    const qint64 id = third.data(IdRole).toLongLong();
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.sort(FindingModel::EventsColumn, Qt::AscendingOrder);
    QCOMPARE(layout.count(), 1);
    for (int row = 0; row + 1 < model.rowCount(); ++row)
        QVERIFY(model.finding(row)->evidenceCount <= model.finding(row + 1)->evidenceCount);
    QVERIFY(third.isValid());
    QCOMPARE(third.data(IdRole).toLongLong(), id);
    QCOMPARE(third.column(), int(FindingModel::KindColumn));
    model.sort(FindingModel::SeverityColumn, Qt::DescendingOrder);
    for (int row = 0; row + 1 < model.rowCount(); ++row)
        QVERIFY(model.finding(row)->severity >= model.finding(row + 1)->severity);
    // A reload keeps the chosen order.
    CUSTODIAN_VERIFY_OK(model.reload());
    for (int row = 0; row + 1 < model.rowCount(); ++row)
        QVERIFY(model.finding(row)->severity >= model.finding(row + 1)->severity);
}

void FindingModelTest::statusChangeShowsAfterReload()
{
    Store& s = m_store->store();
    FindingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&s.database());
    FindingRepository::Filter open;
    open.statuses = { FindingStatus::Open };
    model.setFilter(open);
    CUSTODIAN_VERIFY_OK(model.reload());
    const int before = model.rowCount();
    QVERIFY(before > 0);
    const qint64 id = model.finding(0)->id;
    CUSTODIAN_VERIFY_OK(FindingWorkflow::changeStatus(s.database(), id, FindingStatus::Dismissed,
                                                      QStringLiteral("Known maintenance window"),
                                                      QStringLiteral("console:model-test")));
    CUSTODIAN_VERIFY_OK(model.reload());
    QCOMPARE(model.rowCount(), before - 1);
    QCOMPARE(model.rowOf(id), -1);
    FindingRepository::Filter dismissed;
    dismissed.statuses = { FindingStatus::Dismissed };
    model.setFilter(dismissed);
    CUSTODIAN_VERIFY_OK(model.reload());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.finding(0)->statusReason, QStringLiteral("Known maintenance window"));
    QCOMPARE(model.index(0, FindingModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Known maintenance window"));
}

void FindingModelTest::lockedStoreEmptiesTheModel()
{
    FindingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_store->store().database());
    CUSTODIAN_VERIFY_OK(model.reload());
    QVERIFY(model.rowCount() > 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 1);
    CUSTODIAN_VERIFY_OK(model.reload());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.finding(0) == nullptr);
}

QTEST_GUILESS_MAIN(FindingModelTest)
#include "FindingModelTest.moc"
