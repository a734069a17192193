#include "ui/widgets/ExportFolder.h"

#include "ui/widgets/MessageBanner.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>

namespace custodian {

namespace {
// GUI thread only: exports are chosen and finished there.
QString& lastFolder()
{
    static QString folder;
    return folder;
}

std::function<void(const QUrl&)>& opener()
{
    static std::function<void(const QUrl&)> open;
    return open;
}
} // namespace

QString ExportFolder::folder()
{
    if (!lastFolder().isEmpty() && QDir(lastFolder()).exists())
        return lastFolder();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir(documents).exists())
        return documents;
    return QDir::homePath();
}

QString ExportFolder::suggestedPath(const QString& fileName)
{
    return QDir(folder()).filePath(fileName);
}

void ExportFolder::remember(const QString& filePath)
{
    lastFolder() = QFileInfo(filePath).absolutePath();
}

void ExportFolder::offerOpen(MessageBanner* banner, const QString& filePath)
{
    if (!banner)
        return;
    QPushButton* open = banner->addMessageActionButton(tr("Open"));
    open->setObjectName(QStringLiteral("openExportButton"));
    open->setToolTip(tr("Open %1 with the desktop's viewer").arg(QDir::toNativeSeparators(filePath)));
    const QUrl url = QUrl::fromLocalFile(filePath);
    QObject::connect(open, &QPushButton::clicked, banner, [url]() {
        if (opener())
            opener()(url);
        else
            QDesktopServices::openUrl(url);
    });
}

void ExportFolder::resetForTests()
{
    lastFolder().clear();
}

void ExportFolder::setOpenerForTests(std::function<void(const QUrl&)> open)
{
    opener() = std::move(open);
}

} // namespace custodian
