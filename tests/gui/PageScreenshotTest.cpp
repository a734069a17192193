// Every page of the real window on a demo store, under Fusion's default light palette and under a dark one: each page
// must paint on the palette's window colour (nothing keeps a light background of its own under a dark palette) and
// show more than that colour. With CUSTODIAN_SCREENSHOTS set to a folder, each page is saved there as
// <page>-light.png and <page>-dark.png: the screenshots in docs/screenshots/pages come from this test. And the
// window, every page in it, fits a 1 280 × 800 laptop screen, with the columns a supervisor decides by (decision,
// data class, record, agent) of every table in view without scrolling sideways. Every chart on a page or on one of
// its tabs paints on the window colour with its labels in the window text's, light or dark (saved, with
// CUSTODIAN_SCREENSHOTS, as <page>-<tab>-light.png and -dark.png).
#include "demo/DemoGenerator.h"
#include "support/Palettes.h"
#include "support/TestStore.h"
#include "ui/session/StoreSession.h"
#include "ui/shell/ConsolePages.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <optional>

using namespace custodian;

class PageScreenshotTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyPagePaintsInThePalette_data();
    void everyPagePaintsInThePalette();
    void everyChartPaintsInThePalette_data();
    void everyChartPaintsInThePalette();
    void everyPageFitsASmallLaptopScreen();
    void importantColumnsStayInViewAtASmallLaptopScreen();
    void cleanupTestCase();

private:
    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<StoreSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void PageScreenshotTest::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CustodianTests"));
    QCoreApplication::setApplicationName(QStringLiteral("PageScreenshotTest"));
    QSettings().clear();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    m_store = std::make_unique<test::TestStore>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
    DemoGenerator::Options options;
    options.events = 3'000;
    options.seed = 6;
    options.end = QDateTime(QDate::currentDate(), QTime(0, 0), QTimeZone::utc());
    auto summary = DemoGenerator::generate(m_store->store(), options);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));
    auto reopened = m_store->reopen();
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message()));

    m_session = std::make_unique<StoreSession>(m_store->path());
    m_window = std::make_unique<MainWindow>(m_session.get());
    [[maybe_unused]] const auto pages
        = ConsolePages::addTo(*m_window, *m_session, QStringLiteral("console:screenshot-test"));
    m_window->resize(1280, 800); // the screen size the issue asks every screenshot at (docs/screenshots)
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy unlocked(m_session.get(), &StoreSession::unlocked);
    m_session->adopt(std::move(*reopened));
    QVERIFY(unlocked.count() == 1 || unlocked.wait(10'000));
}

void PageScreenshotTest::everyPagePaintsInThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void PageScreenshotTest::everyPagePaintsInThePalette()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? test::darkFusionPalette() : QApplication::style()->standardPalette();
    QApplication::setPalette(palette);
    const QString folder = qEnvironmentVariable("CUSTODIAN_SCREENSHOTS");
    QVERIFY(m_window->pageCount() >= 8);
    for (int i = 0; i < m_window->pageCount(); ++i) {
        QWidget* page = m_window->page(i);
        m_window->setCurrentPage(i);
        // Pages read on workers: give them a moment to show their rows before the picture.
        QTest::qWait(700);
        QVERIFY2(page->isVisible(), qPrintable(page->objectName()));
        const QImage shot = m_window->grab().toImage();
        const QImage pageShot = page->grab().toImage();
        // The bottom-left corner of the page, in its margin (the right edge may hold a scroll bar): the palette's
        // window colour, so nothing painted its own background; and more than one colour, so the page drew something.
        const QPoint corner(2, pageShot.height() - 2);
        QVERIFY2(pageShot.pixelColor(corner).name() == palette.color(QPalette::Window).name(),
                 qPrintable(QStringLiteral("%1: %2 instead of the window colour %3")
                                .arg(page->objectName(), pageShot.pixelColor(corner).name(),
                                     palette.color(QPalette::Window).name())));
        // The navigation beside it too (below its last entry).
        QWidget* navigation = m_window->findChild<QWidget*>(QStringLiteral("navigationList"));
        QVERIFY(navigation);
        const QImage navigationShot = navigation->grab().toImage();
        QCOMPARE(navigationShot.pixelColor(navigationShot.width() / 2, navigationShot.height() - 3).name(),
                 palette.color(QPalette::Window).name());
        int differing = 0;
        for (int y = 0; y < pageShot.height() && differing < 100; y += 7) {
            for (int x = 0; x < pageShot.width() && differing < 100; x += 7)
                differing += pageShot.pixelColor(x, y) != palette.color(QPalette::Window) ? 1 : 0;
        }
        QVERIFY2(differing >= 100, qPrintable(page->objectName()));
        if (!folder.isEmpty()) {
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(shot.save(QDir(folder).filePath(
                page->objectName() + (dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png")))));
        }
    }
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void PageScreenshotTest::everyChartPaintsInThePalette_data()
{
    everyPagePaintsInThePalette_data();
}

void PageScreenshotTest::everyChartPaintsInThePalette()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? test::darkFusionPalette() : QApplication::style()->standardPalette();
    QApplication::setPalette(palette);
    const QString folder = qEnvironmentVariable("CUSTODIAN_SCREENSHOTS");
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    const auto near = [](const QColor& a, const QColor& b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 60;
    };
    int checked = 0;
    for (int i = 0; i < m_window->pageCount(); ++i) {
        QWidget* page = m_window->page(i);
        m_window->setCurrentPage(i);
        for (QChartView* view : page->findChildren<QChartView*>()) {
            // Onto the tab that holds the chart.
            QString tabName;
            std::vector<std::pair<QTabWidget*, int>> shownTabs;
            for (QWidget* w = view; w && w != page; w = w->parentWidget()) {
                auto* stack = qobject_cast<QStackedWidget*>(w->parentWidget());
                auto* tabs = stack ? qobject_cast<QTabWidget*>(stack->parentWidget()) : nullptr;
                if (!tabs)
                    continue;
                shownTabs.emplace_back(tabs, tabs->currentIndex());
                tabs->setCurrentWidget(w);
                tabName = tabs->tabText(tabs->indexOf(w))
                              .remove(QLatin1Char('&'))
                              .toLower()
                              .replace(QLatin1Char(' '), QLatin1Char('-'));
            }
            // Pages read on workers: give them a moment to draw the chart.
            QTest::qWait(1'000);
            // A chart with nothing to show yet (the review progress, with no review in the demo store) is hidden.
            if (view->isVisible() && !view->chart()->series().isEmpty()) {
                ++checked;
                const QImage shot = view->grab().toImage();
                // The background and the plot area are the window's: most of the chart is that colour.
                qint64 background = 0;
                qint64 labels = 0;
                for (int y = 0; y < shot.height(); ++y) {
                    for (int x = 0; x < shot.width(); ++x) {
                        const QColor pixel = shot.pixelColor(x, y);
                        background += pixel == window ? 1 : 0;
                        labels += near(pixel, text) ? 1 : 0;
                    }
                }
                const qint64 pixels = qint64(shot.width()) * shot.height();
                const QString where = page->objectName() + QLatin1Char('/') + view->objectName();
                QVERIFY2(background * 2 > pixels,
                         qPrintable(QStringLiteral("%1: %2 of %3 pixels in the window colour %4")
                                        .arg(where)
                                        .arg(background)
                                        .arg(pixels)
                                        .arg(window.name())));
                // Axis labels (and the title and legend) in the window text's colour: drawn in the theme's, a dark
                // palette's light text would be missing.
                QVERIFY2(
                    labels >= 100,
                    qPrintable(
                        QStringLiteral("%1: %2 pixels in the text colour %3").arg(where).arg(labels).arg(text.name())));
                if (!folder.isEmpty() && !tabName.isEmpty()) {
                    QVERIFY(QDir().mkpath(folder));
                    QVERIFY(m_window->grab().save(
                        QDir(folder).filePath(QStringLiteral("%1-%2-%3.png")
                                                  .arg(page->objectName(), tabName,
                                                       dark ? QStringLiteral("dark") : QStringLiteral("light")))));
                }
            }
            for (auto it = shownTabs.rbegin(); it != shownTabs.rend(); ++it)
                it->first->setCurrentIndex(it->second);
        }
    }
    QApplication::setPalette(QApplication::style()->standardPalette());
    // The events over time, the roles' two and the training's three over time.
    QVERIFY2(checked >= 6, qPrintable(QString::number(checked)));
}

void PageScreenshotTest::everyPageFitsASmallLaptopScreen()
{
    // A supervisor's laptop: 1 280 × 800. The pages share one stack, so the widest page's minimum is every page's;
    // a page wider than the screen makes the window grow past it and its right edge (Export, Clear) falls off.
    constexpr QSize Screen(1280, 800);
    for (int i = 0; i < m_window->pageCount(); ++i) {
        m_window->setCurrentPage(i);
        QTest::qWait(300);
        // In the log, to see which page sets the window's minimum when this fails.
        qInfo().noquote() << m_window->page(i)->objectName() << m_window->page(i)->minimumSizeHint();
    }
    m_window->resize(Screen);
    QTest::qWait(50);
    const QSize window = m_window->minimumSizeHint();
    QVERIFY2(window.width() <= Screen.width() && window.height() <= Screen.height(),
             qPrintable(QStringLiteral("the window needs at least %1 × %2").arg(window.width()).arg(window.height())));
    QCOMPARE(m_window->size(), Screen);
}

void PageScreenshotTest::importantColumnsStayInViewAtASmallLaptopScreen()
{
    // The columns a supervisor decides by; a table showing them pushed off to the right hides the decision.
    const QStringList important { QStringLiteral("Decision"), QStringLiteral("Data"), QStringLiteral("Record"),
                                  QStringLiteral("Agent") };
    m_window->resize(1280, 800);
    QStringList outOfView;
    int checked = 0;
    const auto checkTables = [&](QWidget* page) {
        for (QTableView* table : page->findChildren<QTableView*>()) {
            if (!table->isVisible() || !table->model() || table->model()->rowCount() == 0)
                continue;
            const QHeaderView* header = table->horizontalHeader();
            // Scrolled to the start, as a table is shown.
            const int viewport = table->viewport()->width();
            for (int column = 0; column < header->count(); ++column) {
                const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
                if (header->isSectionHidden(column)
                    || std::none_of(important.begin(), important.end(), [&title](const QString& word) {
                           return title.startsWith(word, Qt::CaseInsensitive);
                       }))
                    continue;
                ++checked;
                qInfo().noquote() << page->objectName() << table->accessibleName() << title;
                const int right = header->sectionPosition(column) + header->sectionSize(column);
                if (right > viewport)
                    outOfView << QStringLiteral("%1/%2 \"%3\" ends at %4 of %5 px")
                                     .arg(page->objectName(),
                                          table->objectName().isEmpty() ? table->accessibleName() : table->objectName(),
                                          title)
                                     .arg(right)
                                     .arg(viewport);
            }
        }
    };
    for (int i = 0; i < m_window->pageCount(); ++i) {
        m_window->setCurrentPage(i);
        QWidget* page = m_window->page(i);
        QTest::qWait(300);
        checkTables(page);
        // Tables that fill when a row is chosen (a review's items, who did what with a record): choose the first row
        // of each table that has rows and nothing chosen.
        bool chose = false;
        for (QTableView* table : page->findChildren<QTableView*>()) {
            if (table->isVisible() && table->model() && table->model()->rowCount() > 0
                && !table->selectionModel()->hasSelection()) {
                table->selectRow(0);
                chose = true;
            }
        }
        if (chose) {
            QTest::qWait(500);
            checkTables(page);
        }
        // Tables on other tabs of the page too.
        for (QTabWidget* tabs : page->findChildren<QTabWidget*>()) {
            if (!tabs->isVisible())
                continue;
            const int shown = tabs->currentIndex();
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QTest::qWait(100);
                checkTables(page);
            }
            tabs->setCurrentIndex(shown);
        }
    }
    qInfo() << "important columns checked:" << checked;
    QVERIFY2(checked > 0, "no important column was found: the test would pass on anything");
    QVERIFY2(outOfView.isEmpty(), qPrintable(outOfView.join(QStringLiteral("; "))));
}

void PageScreenshotTest::cleanupTestCase()
{
    if (m_session)
        m_session->lock();
    m_window.reset();
    m_session.reset();
    QSettings().clear();
}

QTEST_MAIN(PageScreenshotTest)
#include "PageScreenshotTest.moc"
