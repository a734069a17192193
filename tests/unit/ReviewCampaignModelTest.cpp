// The reviews page's campaign list on rows as ReviewListReader gives them: name, scope, reviewer, when due (in red
// when due soon or overdue), decided of all, default at close; the campaign's id on every cell.
// QAbstractItemModelTester watches every reset.
#include "item/ReviewCampaignModel.h"
#include "item/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace custodian;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;

ReviewListReader::CampaignRow campaignRow(qint64 id, const QString& name, qint64 dueAt)
{
    ReviewListReader::CampaignRow row;
    row.campaign.id = id;
    row.campaign.name = name;
    row.campaign.dueAt = dueAt;
    row.campaign.defaultDecision = ReviewDecision::Revoke;
    row.scopeName = QStringLiteral("Payments — Porto");
    row.reviewerName = QStringLiteral("Sam Supervisor");
    row.items = 12;
    row.decided = 5;
    return row;
}
} // namespace

class ReviewCampaignModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsCampaignsWithWhenTheyAreDue()
    {
        ReviewCampaignModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ReviewCampaignModel::ColumnCount));

        const qint64 now = QDateTime(QDate(2026, 12, 6), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        model.setCampaigns({ campaignRow(4, QStringLiteral("Quarterly payments"), now + 20 * DayMs),
                             campaignRow(5, QStringLiteral("Late one"), now - 2 * DayMs) },
                           now);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(ReviewCampaignModel::DefaultColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Default at close"));
        QCOMPARE(model.index(0, ReviewCampaignModel::CampaignColumn).data().toString(),
                 QStringLiteral("Quarterly payments"));
        QCOMPARE(model.index(0, ReviewCampaignModel::CoversColumn).data().toString(),
                 QStringLiteral("Payments — Porto"));
        QVERIFY2(model.index(0, ReviewCampaignModel::DueColumn).data().toString().contains(QLatin1String("in 20 day")),
                 qPrintable(model.index(0, ReviewCampaignModel::DueColumn).data().toString()));
        QCOMPARE(model.index(0, ReviewCampaignModel::DueColumn).data(ToneRole).value<CellTone>(), CellTone::Normal);
        QCOMPARE(model.index(0, ReviewCampaignModel::DecidedColumn).data().toString(), QStringLiteral("5 of 12"));
        QCOMPARE(model.index(0, ReviewCampaignModel::DefaultColumn).data().toString(), QStringLiteral("Revoke"));
        QVERIFY(model.index(1, ReviewCampaignModel::DueColumn).data().toString().startsWith(QLatin1String("Overdue")));
        QCOMPARE(model.index(1, ReviewCampaignModel::DueColumn).data(ToneRole).value<CellTone>(), CellTone::Error);
        QCOMPARE(model.index(1, ReviewCampaignModel::ReviewerColumn).data(IdRole).toLongLong(), 5);
        QCOMPARE(model.campaignId(1), 5);
        QCOMPARE(model.rowOf(4), 0);
        QCOMPARE(model.rowOf(6), -1);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(ReviewCampaignModelTest)
#include "ReviewCampaignModelTest.moc"
