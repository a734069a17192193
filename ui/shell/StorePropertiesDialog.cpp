#include "ui/shell/StorePropertiesDialog.h"

#include "item/StoreOverviewModel.h"
#include "ui/widgets/ItemViews.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/Theme.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace custodian {

StorePropertiesDialog::StorePropertiesDialog(QWidget* parent)
    : QDialog(parent)
    , m_model(new StoreOverviewModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("storePropertiesDialog"));
    setWindowTitle(tr("Store properties"));
    m_summary->setObjectName(QStringLiteral("storePropertiesSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("storePropertiesTable"));
    ItemViews::prepare(m_table, tr("Rows per kind of data"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(StoreOverviewModel::KindColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StoreOverviewModel::RowsColumn, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QVBoxLayout* layout = PageLayout::open(this, tr("Store properties"));
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(520, 520);
}

void StorePropertiesDialog::showLoading()
{
    Theme::setTone(m_summary, Theme::Tone::Normal);
    m_summary->setText(tr("Counting…"));
}

void StorePropertiesDialog::showSnapshot(const StoreStats::Snapshot& snapshot)
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

void StorePropertiesDialog::showError(const QString& message)
{
    m_model->clear();
    Theme::setTone(m_summary, Theme::Tone::Error);
    m_summary->setText(tr("Cannot read the store: %1").arg(message));
}

} // namespace custodian
