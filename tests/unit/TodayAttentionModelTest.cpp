// The Today page's "needs you now" list: TodayAttentionItem::before puts the most severe first, then the nearest
// deadline, then what has none; the model shows the rows in the order given, says what each is, marks past deadlines
// and critical rows, and carries the subject's id. QAbstractItemModelTester watches every reset.
#include "item/TodayAttentionModel.h"
#include "item/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace custodian;

class TodayAttentionModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void ordersBySeverityThenDeadline()
    {
        using Kind = TodayAttentionItem::Kind;
        const qint64 now = 1'765'000'000'000;
        std::vector<TodayAttentionItem> items {
            { Kind::Conflicts, 0, Severity::Medium, std::nullopt, QString(), 2 },
            { Kind::Review, 7, Severity::Medium, now + 3'600'000, QStringLiteral("Q4 payments"), 3 },
            { Kind::Approval, 11, Severity::High, now + 7'200'000, QStringLiteral("Ana — Refunds"), 0 },
            { Kind::Finding, 5, Severity::Critical, std::nullopt, QStringLiteral("Bulk access"), 0 },
            { Kind::Review, 9, Severity::High, now - 60'000, QStringLiteral("Q3 payments"), 1 },
        };
        std::stable_sort(items.begin(), items.end(), &TodayAttentionItem::before);
        QList<qint64> ids;
        QList<Kind> kinds;
        for (const TodayAttentionItem& item : items) {
            ids << item.subjectId;
            kinds << item.kind;
        }
        // Critical first; then High: the overdue review before the approval due later; then Medium: the review with
        // a deadline before the conflicts without one.
        QCOMPARE(ids, (QList<qint64> { 5, 9, 11, 7, 0 }));
        QCOMPARE(kinds.last(), Kind::Conflicts);

        TodayAttentionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(items, now);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(TodayAttentionModel::ColumnCount));
        QCOMPARE(model.index(0, TodayAttentionModel::WhatColumn).data().toString(),
                 QStringLiteral("Critical finding: Bulk access"));
        QCOMPARE(model.index(0, TodayAttentionModel::SeverityColumn).data(ToneRole).value<CellTone>(), CellTone::Error);
        QCOMPARE(model.index(0, TodayAttentionModel::DeadlineColumn).data().toString(), QStringLiteral("now"));
        QCOMPARE(model.index(1, TodayAttentionModel::WhatColumn).data().toString(),
                 QStringLiteral("Access review “Q3 payments”: 1 item(s) undecided"));
        QVERIFY(model.index(1, TodayAttentionModel::DeadlineColumn).data().toString().startsWith(u"overdue since "));
        QCOMPARE(model.index(1, TodayAttentionModel::DeadlineColumn).data(ToneRole).value<CellTone>(), CellTone::Error);
        QCOMPARE(model.index(2, TodayAttentionModel::WhatColumn).data().toString(),
                 QStringLiteral("Approve or reject: Ana — Refunds"));
        QCOMPARE(model.index(2, TodayAttentionModel::DeadlineColumn).data(ToneRole).value<CellTone>(),
                 CellTone::Normal);
        QCOMPARE(model.index(2, TodayAttentionModel::WhatColumn).data(IdRole).toLongLong(), 11);
        QCOMPARE(model.index(4, TodayAttentionModel::WhatColumn).data().toString(),
                 QStringLiteral("2 sync conflict(s) to resolve"));
        QCOMPARE(model.item(3)->kind, Kind::Review);
        QCOMPARE(model.item(5), nullptr);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TodayAttentionModelTest)
#include "TodayAttentionModelTest.moc"
