#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace custodian {

class AccessPage;
class DetectionSettingsSection;
class FindingsPage;
class MainWindow;
class ReviewsPage;
class TrainingPage;
class RolesPage;
class StoreSession;
class SyncPage;
class SyncService;
class SyncSettingsSection;
class SyncStatusIndicator;

// Sync in the console window, wired once for the application and its tests: the sync service runs while the store
// is unlocked (stopped before the keys are wiped), its status shows in the status bar and on the sync page, saved
// settings take effect at once, a local decision (a finding's status, thresholds, a resolved conflict) is pushed a
// moment later, and what a sync committed appears on the access and findings pages.
class ConsoleSync : public QObject
{
    Q_OBJECT
public:
    struct Pages
    {
        AccessPage* access = nullptr;
        FindingsPage* findings = nullptr;
        DetectionSettingsSection* detectionSettings = nullptr;
        RolesPage* roles = nullptr;
        ReviewsPage* reviews = nullptr;
        TrainingPage* training = nullptr;
    };

    // Adds the sync page to `window`, the settings section to its Settings page and the indicator to its status bar.
    ConsoleSync(MainWindow* window, StoreSession* session, const QString& actor, Pages pages);
    ~ConsoleSync() override;

    [[nodiscard]] SyncService* service() const { return m_service; }
    [[nodiscard]] SyncPage* page() const { return m_page; }
    [[nodiscard]] SyncSettingsSection* settingsSection() const { return m_settings; }
    [[nodiscard]] SyncStatusIndicator* indicator() const { return m_indicator; }

private:
    SyncService* m_service;
    SyncPage* m_page;
    SyncSettingsSection* m_settings;
    SyncStatusIndicator* m_indicator;
    QTimer* m_statisticsDue;
};

} // namespace custodian
