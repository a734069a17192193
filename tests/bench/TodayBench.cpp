#include "TodayBench.h"

#include "BenchCommandLine.h"
#include "BenchSupport.h"
#include "EventLoopProbe.h"
#include "rules/IncidentSla.h"
#include "rules/ReviewRules.h"
#include "store/Database.h"
#include "store/Store.h"
#include "store/TodayRepository.h"
#include "ui/session/LatestResultRunner.h"
#include "ui/session/StoreSession.h"
#include "ui/shell/ConsolePages.h"
#include "ui/shell/MainWindow.h"
#include "ui/today/TodayPage.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace custodian::bench {

namespace {
void fail(const QString& message)
{
    std::fprintf(stderr, "custodian-bench today: %s\n", message.toLocal8Bit().constData());
}

// Notes when a widget is first painted after armed.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(EventLoopProbe& probe)
        : m_probe(probe)
    {
    }
    bool armed = false;
    bool painted = false;
    QElapsedTimer* clock = nullptr;
    double paintedMs = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (armed && !painted && event->type() == QEvent::Paint) {
            // Noted here, not when the waiting loop sees it: a stall after the paint belongs to what follows.
            painted = true;
            paintedMs = double(clock->nsecsElapsed()) / 1e6;
            m_probe.setPhase(QStringLiteral("after the paint"));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    EventLoopProbe& m_probe;
};
} // namespace

int TodayBench::run(const QStringList& arguments)
{
    BenchCommandLine parser(
        QStringLiteral("Times the Today page from the unlock to its numbers on screen, on an N-event store."));
    const QCommandLineOption events = BenchCommandLine::seedEventsOption();
    const QCommandLineOption storeOption = BenchCommandLine::demoStoreOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Afterwards, unlock again in the whole console window at 1280 x 800 and save it (PNG) here."),
        QStringLiteral("FILE"));
    const QCommandLineOption windowOption(
        QStringLiteral("window"),
        QStringLiteral("Measure in the whole console window (every page builds its content at the unlock)."));
    if (auto exit = parser.parse(arguments, { events, storeOption, json, screenshot, windowOption }))
        return *exit;

    QTemporaryDir temporary;
    const std::optional<QString> seeded = parser.demoStore(storeOption, events, temporary);
    if (!seeded)
        return fail(QStringLiteral("seeding the store failed")), 1;
    const QString path = *seeded;

    // The page as the console shows it, waiting for the unlock: alone (what the Today page costs), or with --window
    // in the whole console window, every page building its content at the unlock too.
    StoreSession session(path);
    // "Unlock → painted" starts when the session says it is unlocked, before any page reacts: connected first, so
    // the pages' own building of their content is inside the measure.
    EventLoopProbe probe;
    QElapsedTimer sinceOpen;
    QObject::connect(&session, &StoreSession::unlocked, &session, [&] {
        sinceOpen.start();
        probe.setPhase(QStringLiteral("Today: content built, counting"));
    });
    std::unique_ptr<TodayPage> alone;
    std::unique_ptr<MainWindow> window;
    TodayPage* today = nullptr;
    if (parser.isSet(windowOption)) {
        window = std::make_unique<MainWindow>(&session);
        today = ConsolePages::addTo(*window, session, QStringLiteral("bench")).today;
        window->resize(1280, 800);
        window->show();
    } else {
        alone = std::make_unique<TodayPage>(&session);
        today = alone.get();
        today->resize(1090, 760); // the page area of a 1280 x 800 window
        today->show();
    }
    TodayPage& page = *today;
    pump(100);

    probe.start();
    probe.reset();
    probe.setPhase(QStringLiteral("unlock (key derivation on a worker)"));
    QElapsedTimer unlockTimer;
    unlockTimer.start();
    PaintWatch watch(probe);
    watch.clock = &sinceOpen;
    double shownMs = -1;
    double paintedMs = -1;
    QObject::connect(&page, &TodayPage::snapshotShown, &page, [&] {
        if (shownMs >= 0)
            return;
        shownMs = msSince(sinceOpen);
        probe.setPhase(QStringLiteral("Today: painting"));
        if (auto* number = page.findChild<QPushButton*>(QStringLiteral("todayNewFindings"))) {
            number->installEventFilter(&watch);
            watch.armed = true;
        }
    });
    session.unlock(SecureBuffer::copyOf(passphrase()));
    if (!session.isUnlocked() && !waitFor(&session, &StoreSession::unlocked, 120'000))
        return fail(QStringLiteral("the store did not unlock")), 1;
    const double unlockMs = msSince(unlockTimer);
    if (shownMs < 0 && !waitFor(&page, &TodayPage::snapshotShown, 60'000))
        return fail(QStringLiteral("the Today page showed no numbers")), 1;
    QElapsedTimer paintWait;
    paintWait.start();
    while (!watch.painted && paintWait.elapsed() < 10'000)
        pump(1);
    if (!watch.painted)
        return fail(QStringLiteral("the numbers were not painted")), 1;
    paintedMs = watch.paintedMs;
    // A moment after the paint: what else the unlock set going (the store statistics' count on a worker; with
    // --window, the other pages' first reads arriving).
    pump(500);
    const double maxStall = probe.maxStallMs();
    probe.stop();

    // The counting alone, on a read-only connection of its own, as the page's worker does it (median of five).
    std::vector<double> snapshotTimes;
    const TodaySnapshot counted = *page.snapshot();
    {
        auto connection = session.store()->openConnection(Database::Mode::ReadOnly);
        if (!connection)
            return fail(connection.error().message()), 1;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            TodayRepository repository(*connection);
            auto snapshot = repository.snapshot(counted.takenAt, ReviewRules::ReminderMs);
            if (!snapshot)
                return fail(snapshot.error().message()), 1;
            // The incidents numbers, as the page's worker counts them after the rest.
            const IncidentSla::Windows windows;
            const std::array<qint64, 4> slaWindowMs { windows.ms(Severity::Low), windows.ms(Severity::Medium),
                                                      windows.ms(Severity::High), windows.ms(Severity::Critical) };
            if (auto status = repository.countIncidents(*snapshot, counted.takenAt, slaWindowMs); !status)
                return fail(status.error().message()), 1;
            snapshotTimes.push_back(msSince(timer));
        }
    }
    const qint64 totalEvents
        = *session.store()->database().queryInt(QStringLiteral("SELECT count(*) FROM access_event"));

    const QJsonObject result { { QStringLiteral("events"), totalEvents },
                               { QStringLiteral("window"), parser.isSet(windowOption) },
                               { QStringLiteral("unlock_ms"), unlockMs },
                               { QStringLiteral("snapshot_shown_ms"), shownMs },
                               { QStringLiteral("first_paint_ms"), paintedMs },
                               { QStringLiteral("snapshot_ms"), median(snapshotTimes) },
                               { QStringLiteral("max_stall_ms"), maxStall },
                               { QStringLiteral("new_findings"), counted.newFindings },
                               { QStringLiteral("critical_findings"), counted.criticalFindings },
                               { QStringLiteral("attention_rows"), qint64(counted.attention.size()) } };
    if (parser.isSet(json)) {
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    } else {
        for (auto it = result.begin(); it != result.end(); ++it)
            std::printf("%-18s %s\n", qPrintable(it.key()), qPrintable(QString::number(it.value().toDouble(), 'f', 2)));
    }
    session.lock();
    window.reset();
    alone.reset();

    if (parser.isSet(screenshot)) {
        // The console as a supervisor sees it after unlock (docs/screenshots/today.png).
        MainWindow shown(&session);
        [[maybe_unused]] const ConsolePages pages = ConsolePages::addTo(shown, session, QStringLiteral("bench"));
        shown.resize(1280, 800);
        shown.show();
        pump(100);
        session.unlock(SecureBuffer::copyOf(passphrase()));
        if (!session.isUnlocked() && !waitFor(&session, &StoreSession::unlocked, 120'000))
            return fail(QStringLiteral("the store did not unlock again")), 1;
        if (!pages.today->snapshot() && !waitFor(pages.today, &TodayPage::snapshotShown, 60'000))
            return fail(QStringLiteral("the Today page showed no numbers")), 1;
        pump(300);
        if (!shown.grab().save(parser.value(screenshot)))
            return fail(QStringLiteral("cannot write %1").arg(parser.value(screenshot))), 1;
        session.lock();
    }
    // Workers close their connections before the program ends (the statistics' count may still run after a lock),
    // as the console does at exit.
    (void)LatestResultRunner::waitForAllWorkers(10'000);
    return 0;
}

} // namespace custodian::bench
