#pragma once

#include <QCoreApplication>
#include <QString>

namespace custodian {

class AccessPage;
class ConsoleAuditPage;
class ConsoleSync;
class DetectionSettingsSection;
class TrainingReminderSettingsSection;
class FindingsPage;
class IncidentsPage;
class MainWindow;
class ReviewsPage;
class RolesPage;
class StoreSession;
class TodayPage;
class BreachClockIndicator;
class TrainingPage;
class TrainingSweepScheduler;

// The console's pages, put into the main window in navigation order and wired to each other (a finding's "Show
// events" opens the access page, a review decision reloads the roles), with sync following the store. One place, so
// that the console (app/console/main.cpp) and the tests that need the whole window (AccessibilityTest) assemble the
// same thing; a new page is added here. The window owns every page.
struct ConsolePages
{
    Q_DECLARE_TR_FUNCTIONS(ConsolePages)

public:
    [[nodiscard]] static ConsolePages addTo(MainWindow& window, StoreSession& session, const QString& actor);
    // "Role held without required training" is raised when training lapses, not when an event arrives: a sweep at
    // unlock, after a sync that brought training, assignments or agents, and every 15 minutes, on a worker
    // (TrainingSweepScheduler), whose new findings the findings page then shows. The console adds it after addTo();
    // it is separate because it writes findings on its own schedule, which a test that compares a seeded store's
    // findings with the page would race with — such tests leave it out, UntrainedAccessPageTest runs it.
    static TrainingSweepScheduler* addTrainingSweep(MainWindow& window, StoreSession& session, ConsolePages& pages);

    TodayPage* today = nullptr;
    // In the status bar: the nearest GDPR clock under 24 h.
    BreachClockIndicator* breachClock = nullptr;
    AccessPage* access = nullptr;
    FindingsPage* findings = nullptr;
    RolesPage* roles = nullptr;
    ReviewsPage* reviews = nullptr;
    TrainingPage* training = nullptr;
    IncidentsPage* incidents = nullptr;
    ConsoleAuditPage* audit = nullptr;
    DetectionSettingsSection* detectionSettings = nullptr;
    TrainingReminderSettingsSection* trainingReminderSettings = nullptr;
    ConsoleSync* sync = nullptr;
    TrainingSweepScheduler* trainingSweep = nullptr;
};

} // namespace custodian
