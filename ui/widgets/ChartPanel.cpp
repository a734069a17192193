#include "ui/widgets/ChartPanel.h"

#include "item/ChartDataModel.h"
#include "ui/widgets/ChartStyle.h"
#include "ui/widgets/ItemViews.h"

#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace custodian {

ChartPanel::ChartPanel(QChartView* view, const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
    , m_model(new ChartDataModel(this))
    , m_table(new QTableView(this))
    , m_toggle(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
{
    m_view->setAccessibleName(name);
    ChartStyle::apply(m_view->chart(), palette());
    m_table->setObjectName(view->objectName() + QStringLiteral("Table"));
    m_table->setModel(m_model);
    ItemViews::prepare(m_table, tr("%1 (table)").arg(name));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A year of hourly steps is thousands of rows: size the columns by the rows in view.
    m_table->horizontalHeader()->setResizeContentsPrecision(64);
    m_toggle->setObjectName(view->objectName() + QStringLiteral("TableToggle"));
    m_toggle->setText(tr("Show as table"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolTip(tr("Show the numbers behind “%1” as a table").arg(name));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addStretch(1);
    top->addWidget(m_toggle);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool asTable) {
        m_stack->setCurrentWidget(asTable ? static_cast<QWidget*>(m_table) : m_view);
        m_toggle->setText(asTable ? tr("Show as chart") : tr("Show as table"));
    });
}

void ChartPanel::setData(const QString& summary, const QStringList& headers, std::vector<QVariantList> rows)
{
    m_view->setAccessibleDescription(summary);
    m_table->setAccessibleDescription(summary);
    m_model->setTable(headers, std::move(rows));
    m_table->resizeColumnsToContents();
    // The chart was just filled, often with new axes in the chart theme's colours.
    ChartStyle::apply(m_view->chart(), palette());
}

void ChartPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        ChartStyle::apply(m_view->chart(), palette());
}

void ChartPanel::clear()
{
    m_view->setAccessibleDescription(QString());
    m_table->setAccessibleDescription(QString());
    m_model->clear();
}

} // namespace custodian
