#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>

namespace custodian {

class MessageBanner;

// Where an export is saved and what happens after: every export (access CSV/PDF, review report) suggests the
// supervisor's documents folder — or the folder they last exported to in this session, so a series of exports
// lands together — and, once written, the page's banner offers "Open" for the file (the desktop's viewer, through
// QDesktopServices). The folder is remembered for the process only: nothing about exports is written to settings.
class ExportFolder
{
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)
public:
    ExportFolder() = delete;

    // The folder to suggest: the last one exported to in this session if it still exists, else the documents
    // folder, else the home folder.
    [[nodiscard]] static QString folder();
    // folder() joined with the suggested file name.
    [[nodiscard]] static QString suggestedPath(const QString& fileName);
    // Remembers the folder of a file just written.
    static void remember(const QString& filePath);

    // Adds "Open" (objectName "openExportButton") to the banner's current message; it opens filePath.
    static void offerOpen(MessageBanner* banner, const QString& filePath);

    // For tests: forget the remembered folder; open files through `opener` instead of the desktop (nullptr restores
    // QDesktopServices::openUrl), so no viewer starts in a test.
    static void resetForTests();
    static void setOpenerForTests(std::function<void(const QUrl&)> opener);
};

} // namespace custodian
