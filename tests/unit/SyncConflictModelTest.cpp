// The sync page's conflicts model on rows as SyncConflicts gives them: values told in words instead of JSON, keep
// mine refused where the finding workflow forbids the step (escalated cannot become acknowledged) and allowed
// elsewhere, the conflict's id on every cell, look-up by id. QAbstractItemModelTester watches every reset.
#include "item/SyncConflictModel.h"
#include "item/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace custodian;

class SyncConflictModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void tellsEachConflictInWords()
    {
        SyncConflictModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(SyncConflictModel::ColumnCount));

        const qint64 t = 1'765'000'000'000;
        SyncConflicts::Conflict backwards;
        backwards.id = 7;
        backwards.kind = QStringLiteral("finding.status");
        backwards.entityLabel = QStringLiteral("Off-hours access — Ana Lima (E104123)");
        backwards.mine = QStringLiteral(R"({"status":2,"reason":"false alarm","by":"dana"})");
        backwards.theirs = QStringLiteral(R"({"status":4})");
        backwards.detectedAt = t;
        SyncConflicts::Conflict settings;
        settings.id = 8;
        settings.kind = QStringLiteral("detection.settings");
        settings.entityLabel = QStringLiteral("Bulk export");
        settings.mine = QStringLiteral(R"({"values":{"threshold":3}})");
        settings.theirs = QStringLiteral(R"({"values":{"threshold":5}})");
        settings.detectedAt = t;
        model.setConflicts({ backwards, settings });

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(SyncConflictModel::TheirsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Theirs"));
        QCOMPARE(model.index(0, SyncConflictModel::DetectedColumn).data().toString(),
                 QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QCOMPARE(model.index(0, SyncConflictModel::WhatColumn).data().toString(),
                 QStringLiteral("Off-hours access — Ana Lima (E104123)"));
        QCOMPARE(model.index(0, SyncConflictModel::MineColumn).data().toString(),
                 QStringLiteral("Acknowledged — false alarm (by dana)"));
        QCOMPARE(model.index(1, SyncConflictModel::MineColumn).data().toString(), QStringLiteral("threshold = 3"));
        QCOMPARE(model.index(1, SyncConflictModel::TheirsColumn).data().toString(), QStringLiteral("threshold = 5"));
        QVERIFY2(model.keepMineRefusal(0).contains(QLatin1String("cannot become")),
                 qPrintable(model.keepMineRefusal(0)));
        QCOMPARE(model.keepMineRefusal(1), QString());
        QCOMPARE(model.keepMineRefusal(2), QString());
        QCOMPARE(model.index(1, SyncConflictModel::TheirsColumn).data(IdRole).toLongLong(), 8);
        QCOMPARE(model.rowOf(8), 1);
        QCOMPARE(model.rowOf(9), -1);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // An incident's conflict: this console's step by its action, the service's incident as the stream carries it.
    void tellsAnIncidentConflictInWords()
    {
        const QString kind = QStringLiteral("incident.change");
        QCOMPARE(SyncConflictModel::describeValue(
                     kind,
                     QStringLiteral(R"({"action":"update","changed":["impact","severity"],"impact":4,"severity":3,)"
                                    R"("title":"x","description":"","owner_id":3,"at":1})")),
                 QStringLiteral("Changed impact major, severity high"));
        QCOMPARE(SyncConflictModel::describeValue(kind, QStringLiteral(R"({"action":"phase","to":3,"reason":""})")),
                 QStringLiteral("Moved to containing"));
        QCOMPARE(SyncConflictModel::describeValue(
                     kind, QStringLiteral(R"({"action":"close","outcome":3,"summary":"A test call"})")),
                 QStringLiteral("Closed as false positive — A test call"));
        QCOMPARE(
            SyncConflictModel::describeValue(
                kind,
                QStringLiteral(R"({"id":5,"phase":1,"severity":4,"impact":null,"title":"Card number read out",)"
                               R"("version":4,"closure_outcome":null})")),
            QStringLiteral("Declared, severity critical, impact not assessed: “Card number read out” (version 4)"));
    }
};

QTEST_GUILESS_MAIN(SyncConflictModelTest)
#include "SyncConflictModelTest.moc"
