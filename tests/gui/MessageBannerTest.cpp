// The inline message banner and the theme behind it: levels, hiding on empty text, close and action buttons, what
// screen readers get, and colours that follow a switch between a light and a dark palette.
#include "ui/widgets/MessageBanner.h"
#include "support/Palettes.h"
#include "ui/widgets/Theme.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>
#include <cmath>

using namespace custodian;

namespace {

// WCAG 2.x contrast ratio of two opaque colours.
double contrast(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

} // namespace

class MessageBannerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QApplication::setPalette(test::lightPalette()); }

    void emptyTextHidesAndLevelsShow()
    {
        QWidget page;
        auto* banner = new MessageBanner(&page);
        page.show();
        QVERIFY(banner->isHidden());
        banner->showMessage(QStringLiteral("Report written."), MessageBanner::Level::Success);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), QStringLiteral("Report written."));
        QCOMPARE(banner->level(), MessageBanner::Level::Success);
        QCOMPARE(banner->findChild<QLabel*>(QStringLiteral("messageBannerText"))->text(),
                 QStringLiteral("Report written."));
        banner->showMessage(QString(), MessageBanner::Level::Error);
        QVERIFY(banner->isHidden());
        banner->showMessage(QStringLiteral("again"), MessageBanner::Level::Warning);
        banner->clearMessage();
        QVERIFY(banner->isHidden());
        QVERIFY(banner->text().isEmpty());
    }

    void closeAndActionButtons()
    {
        QWidget page;
        auto* banner = new MessageBanner(&page);
        page.show();
        auto* close = banner->findChild<QToolButton*>(QStringLiteral("messageBannerClose"));
        QVERIFY(close);
        banner->showMessage(QStringLiteral("Sync failed."), MessageBanner::Level::Error);
        QVERIFY(!close->isVisible());
        banner->setCloseButtonVisible(true);
        QVERIFY(close->isVisible());

        QPushButton* retry = banner->addActionButton(QStringLiteral("Retry"));
        retry->setObjectName(QStringLiteral("retryButton"));
        int retried = 0;
        connect(retry, &QPushButton::clicked, this, [&retried]() { ++retried; });
        QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("retryButton")), Qt::LeftButton);
        QCOMPARE(retried, 1);

        QSignalSpy closed(banner, &MessageBanner::closed);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(closed.count(), 1);
        QVERIFY(banner->isHidden());

        banner->clearMessage();
        QVERIFY(!banner->findChild<QPushButton*>(QStringLiteral("retryButton")));
    }

    void accessibleTextAndLevel()
    {
        QWidget page;
        auto* banner = new MessageBanner(&page);
        page.show();
        banner->showMessage(QStringLiteral("The store could not be read."), MessageBanner::Level::Error);
        QCOMPARE(banner->accessibleDescription(), QStringLiteral("The store could not be read."));
        QCOMPARE(banner->accessibleName(), QStringLiteral("Error"));
        QAccessibleInterface* face = QAccessible::queryAccessibleInterface(banner);
        QVERIFY(face);
        QCOMPARE(face->text(QAccessible::Description), QStringLiteral("The store could not be read."));
        banner->showMessage(QStringLiteral("Saved."), MessageBanner::Level::Success);
        QCOMPARE(banner->accessibleName(), QStringLiteral("Done"));
    }

    void tonesReadOnLightAndDarkPalettes()
    {
        for (const QPalette& palette : { test::lightPalette(), test::darkPalette() }) {
            for (Theme::Tone tone :
                 { Theme::Tone::Information, Theme::Tone::Warning, Theme::Tone::Error, Theme::Tone::Success }) {
                const QColor text = Theme::foreground(tone, palette);
                const QColor window = palette.color(QPalette::Window);
                QVERIFY2(contrast(text, window) >= 4.5,
                         qPrintable(QStringLiteral("%1 on %2").arg(text.name(), window.name())));
                QVERIFY2(contrast(text, Theme::background(tone, palette)) >= 4.5, qPrintable(text.name()));
                // The banner's text is the palette's own window text, on the tint.
                QVERIFY2(contrast(palette.color(QPalette::WindowText), Theme::background(tone, palette)) >= 7.0,
                         qPrintable(Theme::background(tone, palette).name()));
            }
        }
        QVERIFY(!Theme::isDark(test::lightPalette()));
        QVERIFY(Theme::isDark(test::darkPalette()));
        QVERIFY(Theme::foreground(Theme::Tone::Error, test::lightPalette())
                != Theme::foreground(Theme::Tone::Error, test::darkPalette()));
    }

    // Every level and tone under Fusion, light and dark: the banner is painted in its tint and its text in the
    // palette's text colour. With CUSTODIAN_SCREENSHOTS set, the PNGs are saved there to look at.
    void readableUnderFusion_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void readableUnderFusion()
    {
        QFETCH(bool, dark);
        const QString previousStyle = QApplication::style()->name();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        const QPalette palette = dark ? test::darkFusionPalette() : QApplication::style()->standardPalette();
        QApplication::setPalette(palette);

        QWidget page;
        page.setWindowTitle(QStringLiteral("Theme"));
        auto* layout = new QVBoxLayout(&page);
        const std::pair<MessageBanner::Level, QString> levels[] = {
            { MessageBanner::Level::Information, QStringLiteral("Writing /home/ana/review-December.pdf…") },
            { MessageBanner::Level::Warning,
              QStringLiteral("Review “Payments team — December” is due tomorrow: 4 of 12 items undecided.") },
            { MessageBanner::Level::Error,
              QStringLiteral("This store was rolled back to an older copy. Changes made after that copy was taken are "
                             "missing here; the central service still has what it received.") },
            { MessageBanner::Level::Success, QStringLiteral("Revoke: 2 item(s) decided.") },
        };
        QList<MessageBanner*> banners;
        for (const auto& [level, text] : levels) {
            auto* banner = new MessageBanner(&page);
            banner->showMessage(text, level);
            layout->addWidget(banner);
            banners << banner;
        }
        banners[1]->addActionButton(QStringLiteral("Dismiss"));
        banners[2]->setCloseButtonVisible(true);
        for (Theme::Tone tone :
             { Theme::Tone::Normal, Theme::Tone::Secondary, Theme::Tone::Link, Theme::Tone::Information,
               Theme::Tone::Warning, Theme::Tone::Error, Theme::Tone::Success }) {
            auto* label = new QLabel(
                QStringLiteral("%1: chain intact, 12 345 entries").arg(QVariant::fromValue(tone).toString()), &page);
            Theme::setTone(label, tone);
            layout->addWidget(label);
        }
        page.resize(640, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QImage shot = page.grab().toImage();
        if (const QString dir = qEnvironmentVariable("CUSTODIAN_SCREENSHOTS"); !dir.isEmpty())
            shot.save(dir + (dark ? QStringLiteral("/theme-dark.png") : QStringLiteral("/theme-light.png")));

        for (int i = 0; i < banners.size(); ++i) {
            const Theme::Tone tone = std::array { Theme::Tone::Information, Theme::Tone::Warning, Theme::Tone::Error,
                                                  Theme::Tone::Success }[std::size_t(i)];
            // A point in the banner's top margin, inside its frame: the tint, not the page's window colour.
            const QPoint inside = banners[i]->geometry().topLeft() + QPoint(banners[i]->width() / 2, 3);
            const QColor painted = shot.pixelColor(inside * shot.devicePixelRatio());
            QCOMPARE(painted.name(), Theme::background(tone, palette).name());
            QVERIFY(contrast(palette.color(QPalette::WindowText), painted) >= 7.0);
        }
        QApplication::setStyle(previousStyle);
    }

    void coloursFollowAPaletteChange()
    {
        QApplication::setPalette(test::lightPalette());
        QWidget page;
        auto* layout = new QVBoxLayout(&page);
        auto* banner = new MessageBanner(&page);
        auto* label = new QLabel(QStringLiteral("Chain broken at 42"), &page);
        layout->addWidget(banner);
        layout->addWidget(label);
        Theme::setTone(label, Theme::Tone::Error);
        banner->showMessage(QStringLiteral("Sync failed."), MessageBanner::Level::Error);
        page.show();
        QCOMPARE(label->palette().color(QPalette::WindowText),
                 Theme::foreground(Theme::Tone::Error, test::lightPalette()));
        QCOMPARE(banner->palette().color(QPalette::Window),
                 Theme::background(Theme::Tone::Error, test::lightPalette()));

        QApplication::setPalette(test::darkPalette());
        QCoreApplication::processEvents();
        QCOMPARE(label->palette().color(QPalette::WindowText),
                 Theme::foreground(Theme::Tone::Error, test::darkPalette()));
        QCOMPARE(banner->palette().color(QPalette::Window), Theme::background(Theme::Tone::Error, test::darkPalette()));
        QCOMPARE(banner->palette().color(QPalette::WindowText), test::darkPalette().color(QPalette::WindowText));

        Theme::setTone(label, Theme::Tone::Normal);
        QCOMPARE(label->palette().color(QPalette::WindowText), test::darkPalette().color(QPalette::WindowText));
    }
};

QTEST_MAIN(MessageBannerTest)
#include "MessageBannerTest.moc"
