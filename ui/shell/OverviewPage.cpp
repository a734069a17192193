#include "ui/shell/OverviewPage.h"

#include "item/StoreOverviewModel.h"
#include "ui/widgets/ItemViews.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/Theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace custodian {

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new StoreOverviewModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("overviewTable"));
    ItemViews::prepare(m_table, tr("Store overview"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(StoreOverviewModel::KindColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StoreOverviewModel::RowsColumn, QHeaderView::ResizeToContents);

    QVBoxLayout* layout = PageLayout::open(this, tr("Store overview"));
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void OverviewPage::showLoading()
{
    m_model->clear();
    Theme::setTone(m_summary, Theme::Tone::Normal);
    m_summary->setText(tr("Counting…"));
}

void OverviewPage::showSnapshot(const StoreStats::Snapshot& snapshot)
{
    m_model->setSnapshot(snapshot);
    Theme::setTone(m_summary, Theme::Tone::Normal);
    const QLocale locale;
    m_summary->setText(tr("Encrypted store of %1 (write-ahead log %2, keyring %3) · schema version %4 · data key "
                          "generation %5")
                           .arg(locale.formattedDataSize(snapshot.storeBytes),
                                locale.formattedDataSize(snapshot.walBytes),
                                locale.formattedDataSize(snapshot.keyringBytes))
                           .arg(snapshot.schemaVersion)
                           .arg(snapshot.keyGeneration));
}

void OverviewPage::showError(const QString& message)
{
    m_model->clear();
    Theme::setTone(m_summary, Theme::Tone::Error);
    m_summary->setText(tr("Cannot read the store: %1").arg(message));
}

void OverviewPage::clear()
{
    m_model->clear();
    m_summary->clear();
}

} // namespace custodian
