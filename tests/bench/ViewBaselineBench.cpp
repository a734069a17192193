#include "ViewBaselineBench.h"

#include "BenchCommandLine.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>

#include <cstdio>

namespace custodian::bench {

namespace {
// Every row exists, each cell computed on demand: the cheapest model that reports N rows.
class CountingModel : public QAbstractTableModel
{
public:
    explicit CountingModel(int rows)
        : m_rows(rows)
    {
    }
    int rowCount(const QModelIndex& parent) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex& parent) const override { return parent.isValid() ? 0 : 13; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return QStringLiteral("r%1 c%2").arg(index.row()).arg(index.column());
    }

private:
    int m_rows;
};

// Notes when the viewport has finished its first paint.
class PaintProbe : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}
} // namespace

int ViewBaselineBench::run(const QStringList& arguments)
{
    BenchCommandLine parser(QStringLiteral("Time to first paint of a stock QTableView over N rows."));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Rows the model reports (default 10000000)."),
                                  QStringLiteral("N"), QStringLiteral("10000000"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (auto exit = parser.parse(arguments, { rows, json }))
        return *exit;

    const double before = residentMb();
    QElapsedTimer timer;
    timer.start();
    CountingModel model(parser.value(rows).toInt());
    QTableView view;
    // The best case for a stock view: fixed row heights, so it need not ask for each row's size.
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(22);
    view.setModel(&model);
    view.resize(1200, 800);
    PaintProbe probe;
    view.viewport()->installEventFilter(&probe);
    view.show();
    while (!probe.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double firstPaintMs = double(timer.nsecsElapsed()) / 1e6;
    const double grownMb = residentMb() - before;
    const QJsonObject result { { QStringLiteral("rows"), model.rowCount({}) },
                               { QStringLiteral("first_paint_ms"), firstPaintMs },
                               { QStringLiteral("rss_growth_mb"), grownMb } };
    std::printf("%s\n",
                QJsonDocument(result)
                    .toJson(parser.isSet(json) ? QJsonDocument::Compact : QJsonDocument::Indented)
                    .constData());
    return 0;
}

} // namespace custodian::bench
