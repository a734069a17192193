// One word per code: every data class (and action, outcome, channel) has exactly one label, no two codes share one,
// every place that names a data class (the detail pane's terms, the roles pages, the who-did panel) says the same,
// and the CSV and PDF writers write it — an exported row read back from the file, the CSV as text, the PDF through
// poppler's pdftotext. Times: the headings say their zone.
#include "domain/Vocabulary.h"
#include "domain/Enums.h"
#include "export/AccessCsvWriter.h"
#include "export/AccessExportColumns.h"
#include "export/AccessPdfWriter.h"
#include "item/AccessEventModel.h"
#include "item/AccessTerms.h"
#include "item/ConsoleAuditModel.h"
#include "item/RoleCatalogModel.h"
#include "item/WhoDidModel.h"
#include "support/ResultChecks.h"

#include <QBuffer>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace custodian;

namespace {
const std::initializer_list<DataClass> DataClasses { DataClass::None, DataClass::Pii, DataClass::PaymentCard,
                                                     DataClass::Communications };

AccessEventRow rowOf(DataClass dataClass)
{
    AccessEventRow row;
    row.occurredAt = 1'765'000'000'000;
    row.id = 42;
    row.agentId = 1;
    row.employeeNo = QStringLiteral("E100001");
    row.agentName = QStringLiteral("Ana Lima");
    row.teamName = QStringLiteral("Billing");
    row.siteCode = QStringLiteral("LIS");
    row.action = int(AccessAction::BulkSearch);
    row.outcome = int(AccessOutcome::Denied);
    row.dataClass = int(dataClass);
    row.channel = int(Channel::BackOffice);
    row.workstation = QStringLiteral("LIS-WS-0001");
    return row;
}
} // namespace

class VocabularyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachDataClassHasExactlyOneLabel()
    {
        QSet<QString> labels;
        for (DataClass dataClass : DataClasses) {
            const QString label = Vocabulary::dataClass(dataClass);
            QVERIFY(!label.isEmpty());
            QVERIFY2(!labels.contains(label), qPrintable(label));
            labels.insert(label);
            // Every way of asking gives the same words.
            QCOMPARE(Vocabulary::dataClassFromCode(toString(dataClass)), label);
            QCOMPARE(AccessTerms::dataClass(dataClass), label);
            QCOMPARE(AccessTerms::dataClassFromCode(toString(dataClass)), label);
            QCOMPARE(RoleCatalogModel::dataClassName(dataClass), label);
            QCOMPARE(WhoDidModel::dataClassName(dataClass), label);
        }
        QCOMPARE(Vocabulary::dataClass(DataClass::PaymentCard), QStringLiteral("payment card data"));
        QCOMPARE(Vocabulary::dataClass(DataClass::Pii), QStringLiteral("personal data"));
        // None of the old variants.
        for (const QString& old : { QStringLiteral("PII"), QStringLiteral("payment"), QStringLiteral("Payment card"),
                                    QStringLiteral("payment cards"), QStringLiteral("card data") })
            QVERIFY2(!labels.contains(old), qPrintable(old));
        // An unknown code is shown as it is rather than guessed.
        QCOMPARE(Vocabulary::dataClassFromCode(QStringLiteral("legacy")), QStringLiteral("legacy"));
    }

    void otherCodesHaveOneLabelEach()
    {
        QSet<QString> actions;
        for (int code = 1; code <= 8; ++code)
            actions.insert(Vocabulary::action(AccessAction(code)));
        QCOMPARE(actions.size(), 8);
        QSet<QString> outcomes;
        for (int code = 1; code <= 3; ++code)
            outcomes.insert(Vocabulary::outcome(AccessOutcome(code)));
        QCOMPARE(outcomes.size(), 3);
        QSet<QString> channels;
        for (int code = 1; code <= 4; ++code)
            channels.insert(Vocabulary::channel(Channel(code)));
        QCOMPARE(channels.size(), 4);
        QCOMPARE(Vocabulary::action(AccessAction::BulkSearch), QStringLiteral("bulk search"));
        QCOMPARE(AccessTerms::action(AccessAction::BulkSearch), QStringLiteral("Bulk search"));
        QCOMPARE(AccessTerms::outcome(AccessOutcome::Denied), Vocabulary::outcome(AccessOutcome::Denied));
    }

    void csvWritesTheLabel()
    {
        for (DataClass dataClass : DataClasses) {
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            AccessCsvWriter writer(&buffer);
            CUSTODIAN_VERIFY_OK(writer.begin());
            CUSTODIAN_VERIFY_OK(writer.write(rowOf(dataClass)));
            CUSTODIAN_VERIFY_OK(writer.finish());
            const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"));
            QVERIFY(lines.size() >= 2);
            const QStringList header = lines[0].split(QLatin1Char(','));
            const QStringList cells = lines[1].split(QLatin1Char(','));
            QCOMPARE(cells.size(), header.size());
            // The time's column says its zone; the cell is ISO 8601 in UTC.
            QCOMPARE(header.value(int(AccessExportColumns::Column::Time)), QStringLiteral("time_utc"));
            QVERIFY(cells.value(int(AccessExportColumns::Column::Time)).endsWith(QLatin1Char('Z')));
            QCOMPARE(cells.value(header.indexOf(QStringLiteral("data_class"))), Vocabulary::dataClass(dataClass));
            QCOMPARE(cells.value(header.indexOf(QStringLiteral("action"))), QStringLiteral("bulk search"));
            QCOMPARE(cells.value(header.indexOf(QStringLiteral("outcome"))), QStringLiteral("denied"));
            QCOMPARE(cells.value(header.indexOf(QStringLiteral("channel"))), QStringLiteral("back office"));
        }
    }

    void pdfWritesTheLabel()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed: packaging/install-deps.sh installs it");
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("words.pdf"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            AccessPdfWriter writer(&file);
            CUSTODIAN_VERIFY_OK(writer.begin({ QStringLiteral("Access events"), QStringLiteral("All access events"),
                                               QStringLiteral("All time"), QStringLiteral("now by test") }));
            for (DataClass dataClass : DataClasses)
                CUSTODIAN_VERIFY_OK(writer.write(rowOf(dataClass)));
            CUSTODIAN_VERIFY_OK(writer.finish());
        }
        QProcess process;
        process.start(pdftotext, { QStringLiteral("-layout"), path, QStringLiteral("-") });
        QVERIFY(process.waitForFinished(30'000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Time (UTC)")), qPrintable(text));
        for (DataClass dataClass : DataClasses)
            QVERIFY2(text.contains(Vocabulary::dataClass(dataClass)), qPrintable(Vocabulary::dataClass(dataClass)));
        QVERIFY2(!text.contains(QStringLiteral("payment_card")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("bulk search")), qPrintable(text));
    }

    void timeHeadingsSayTheirZone()
    {
        QCOMPARE(Vocabulary::utcHeader(QStringLiteral("Time")), QStringLiteral("Time (UTC)"));
        const QString zone = Vocabulary::consoleZone();
        QVERIFY(!zone.isEmpty());
        QCOMPARE(Vocabulary::timeHeader(QStringLiteral("Time")), QStringLiteral("Time (%1)").arg(zone));
        AccessEventModel access;
        QCOMPARE(access.headerData(AccessEventModel::TimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Time (%1)").arg(zone));
        ConsoleAuditModel audit;
        QCOMPARE(audit.headerData(ConsoleAuditModel::TimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Time (%1)").arg(zone));
        QCOMPARE(AccessExportColumns::title(AccessExportColumns::Column::Time), QStringLiteral("Time (UTC)"));
        QCOMPARE(AccessExportColumns::key(AccessExportColumns::Column::Time), QLatin1String("time_utc"));
    }
};

QTEST_MAIN(VocabularyTest)
#include "VocabularyTest.moc"
