// The windowed access model: first window, sliding forwards and backwards within its size cap, jumps, sorting,
// superseded filters, and detaching (lock) — with QAbstractItemModelTester watching every change.
#include "item/AccessEventModel.h"
#include "demo/DemoGenerator.h"
#include "item/ItemRoles.h"
#include "store/AccessEventRepository.h"
#include "support/TestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace custodian;

namespace {
const QDateTime End(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
}

class AccessEventModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstWindowIsTheNewestRows();
    void slidesForwardWithinItsCap();
    void slidesBackAfterDroppingRows();
    void jumpToEndShowsTheOldestRows();
    void sortsByAgent();
    void aNewerFilterWins();
    void detachForgetsEverything();

private:
    bool waitForReset(QSignalSpy& spy);
    std::vector<qint64> allIds(AccessSort sort);
    std::vector<qint64> modelIds() const;
    void scrollTo(int first);

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<AccessEventModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    AccessFilter m_all;
};

void AccessEventModelTest::initTestCase()
{
    m_store = std::make_unique<test::TestStore>();
    QVERIFY(m_store->isValid());
    DemoGenerator::Options options;
    options.events = 20'000;
    options.end = End;
    options.days = 30;
    QVERIFY(DemoGenerator::generate(m_store->store(), options).ok());
    m_all.preset = AccessFilter::TimePreset::All;
}

void AccessEventModelTest::init()
{
    m_model = std::make_unique<AccessEventModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setClock([] { return End.toMSecsSinceEpoch(); });
    QVERIFY(m_model->attach(&m_store->store()).ok());
}

void AccessEventModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

bool AccessEventModelTest::waitForReset(QSignalSpy& spy)
{
    return spy.count() > 0 || spy.wait(10'000);
}

std::vector<qint64> AccessEventModelTest::allIds(AccessSort sort)
{
    AccessEventRepository repository(m_store->store().database());
    auto query = repository.resolve(m_all, End.toMSecsSinceEpoch());
    std::vector<qint64> ids;
    (void)repository.forEach(*query, sort, [&](const AccessEventRow& row) {
        ids.push_back(row.id);
        return true;
    });
    return ids;
}

std::vector<qint64> AccessEventModelTest::modelIds() const
{
    std::vector<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.push_back(m_model->index(row, 0).data(IdRole).toLongLong());
    return ids;
}

void AccessEventModelTest::scrollTo(int first)
{
    m_model->ensureRowsAround(first, first + 40);
}

void AccessEventModelTest::firstWindowIsTheNewestRows()
{
    QSignalSpy reset(m_model.get(), &AccessEventModel::windowReset);
    m_model->setFilter(m_all);
    QVERIFY(waitForReset(reset));
    const auto expected = allIds(AccessSort::NewestFirst);
    QCOMPARE(m_model->rowCount(), AccessEventModel::FirstWindowRows);
    QVERIFY(std::equal(expected.begin(), expected.begin() + AccessEventModel::FirstWindowRows, modelIds().begin()));
    QVERIFY(m_model->isAtStart());
    QVERIFY(!m_model->isAtEnd());
    QVERIFY(m_model->query().has_value());
    QCOMPARE(m_model->index(0, AccessEventModel::TimeColumn).data(SortKeyRole).toLongLong(),
             m_model->rowAt(0)->occurredAt);
}

void AccessEventModelTest::slidesForwardWithinItsCap()
{
    QSignalSpy reset(m_model.get(), &AccessEventModel::windowReset);
    m_model->setFilter(m_all);
    QVERIFY(waitForReset(reset));
    const auto expected = allIds(AccessSort::NewestFirst);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    // Keep scrolling to the bottom of the window: it grows, then drops rows at the top to stay under its cap.
    qint64 dropped = 0;
    connect(m_model.get(), &AccessEventModel::windowShiftedAtTop, this, [&dropped](int rows) { dropped -= rows; });
    for (int i = 0; i < 12; ++i) {
        const int before = inserted.count();
        scrollTo(std::max(0, m_model->rowCount() - 40));
        QTRY_VERIFY_WITH_TIMEOUT(inserted.count() > before || m_model->isAtEnd(), 10'000);
        QVERIFY(m_model->rowCount() <= AccessEventModel::MaxWindowRows);
    }
    QVERIFY(dropped > 0);
    QVERIFY(!m_model->isAtStart());
    // The window is a contiguous run of the full order, starting where the dropped rows end.
    const auto ids = modelIds();
    QVERIFY(std::equal(ids.begin(), ids.end(), expected.begin() + dropped));
}

void AccessEventModelTest::slidesBackAfterDroppingRows()
{
    QSignalSpy reset(m_model.get(), &AccessEventModel::windowReset);
    m_model->setFilter(m_all);
    QVERIFY(waitForReset(reset));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 10; ++i) {
        const int before = inserted.count();
        scrollTo(std::max(0, m_model->rowCount() - 40));
        QTRY_VERIFY_WITH_TIMEOUT(inserted.count() > before, 10'000);
    }
    QVERIFY(!m_model->isAtStart());
    // Now scroll back to the top of the window until the start of the order is reached again.
    for (int i = 0; i < 20 && !m_model->isAtStart(); ++i) {
        const int before = inserted.count();
        scrollTo(0);
        QTRY_VERIFY_WITH_TIMEOUT(inserted.count() > before || m_model->isAtStart(), 10'000);
        QVERIFY(m_model->rowCount() <= AccessEventModel::MaxWindowRows);
    }
    QVERIFY(m_model->isAtStart());
    const auto expected = allIds(AccessSort::NewestFirst);
    const auto ids = modelIds();
    QVERIFY(std::equal(ids.begin(), ids.end(), expected.begin()));
}

void AccessEventModelTest::jumpToEndShowsTheOldestRows()
{
    QSignalSpy reset(m_model.get(), &AccessEventModel::windowReset);
    m_model->setFilter(m_all);
    QVERIFY(waitForReset(reset));
    reset.clear();
    m_model->jumpToEnd();
    QVERIFY(waitForReset(reset));
    QCOMPARE(reset.first().at(1).toBool(), true);
    const auto expected = allIds(AccessSort::NewestFirst);
    const auto ids = modelIds();
    QCOMPARE(int(ids.size()), AccessEventModel::FirstWindowRows);
    QVERIFY(std::equal(ids.begin(), ids.end(), expected.end() - AccessEventModel::FirstWindowRows));
    QVERIFY(m_model->isAtEnd());
    QVERIFY(!m_model->isAtStart());
}

void AccessEventModelTest::sortsByAgent()
{
    QSignalSpy reset(m_model.get(), &AccessEventModel::windowReset);
    m_model->setFilter(m_all);
    QVERIFY(waitForReset(reset));
    reset.clear();
    m_model->sort(AccessEventModel::AgentColumn, Qt::AscendingOrder);
    QVERIFY(waitForReset(reset));
    QCOMPARE(m_model->sortOrder(), AccessSort::AgentAscending);
    const auto expected = allIds(AccessSort::AgentAscending);
    const auto ids = modelIds();
    QVERIFY(std::equal(ids.begin(), ids.end(), expected.begin()));
    // Unsortable columns leave the order alone.
    m_model->sort(AccessEventModel::OutcomeColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->sortOrder(), AccessSort::AgentAscending);
}

void AccessEventModelTest::aNewerFilterWins()
{
    QSignalSpy reset(m_model.get(), &AccessEventModel::windowReset);
    AccessFilter first = m_all;
    first.dataClasses = { 2 };
    AccessFilter second = m_all;
    second.outcomes = { 2 };
    m_model->setFilter(first);
    m_model->setFilter(second);
    QVERIFY(waitForReset(reset));
    QTest::qWait(200);
    QCOMPARE(reset.count(), 1); // the first filter's reply, if any, was dropped
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowAt(row)->outcome, 2);
    QVERIFY(m_model->rowCount() > 0);
}

void AccessEventModelTest::detachForgetsEverything()
{
    QSignalSpy reset(m_model.get(), &AccessEventModel::windowReset);
    m_model->setFilter(m_all);
    QVERIFY(waitForReset(reset));
    QVERIFY(m_model->rowCount() > 0);
    m_model->detach();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isAttached());
    QVERIFY(!m_model->query().has_value());
    m_model->reload(); // nothing to read from: no crash, no rows
    QTest::qWait(50);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(AccessEventModelTest)
#include "AccessEventModelTest.moc"
