#include "ui/access/AccessExportController.h"

#include "export/AccessExportJob.h"
#include "store/Store.h"
#include "ui/widgets/ExportFolder.h"

#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QWidget>

#include <algorithm>

namespace custodian {

AccessExportController::AccessExportController(Store* store, QString actor, AccessFilter filter, AccessSort sort,
                                               QString format, QString path, QWidget* parent)
    : QObject(parent)
    , m_store(store)
    , m_actor(std::move(actor))
    , m_filter(std::move(filter))
    , m_sort(sort)
    , m_format(std::move(format))
    , m_path(std::move(path))
    , m_parentWidget(parent)
{
}

AccessExportController::~AccessExportController()
{
    // m_runner cancels the export as it goes: the read stops within a few thousand VM steps, the writing within a
    // row, and the worker withdraws its file and closes its connections on its own.
    delete m_dialog;
}

QProgressDialog* AccessExportController::progressDialog() const
{
    return m_dialog;
}

void AccessExportController::fail(const QString& message)
{
    // Queued, so that a caller connecting after start() still hears it.
    QMetaObject::invokeMethod(
        this, [this, message]() { Q_EMIT finished(false, message); }, Qt::QueuedConnection);
}

void AccessExportController::start()
{
    if (m_started)
        return;
    m_started = true;
    AccessExportJob::Request request;
    if (!exportFormatFromName(m_format, &request.format))
        return fail(tr("Unknown export format \"%1\".").arg(m_format));
    if (!m_store || !m_store->isOpen())
        return fail(tr("The store is locked; unlock it to export."));
    request.filter = m_filter;
    request.sort = m_sort;
    request.path = m_path;
    request.replace = true; // the save dialog asked before an existing file is replaced; a symbolic link is refused
    request.actor = m_actor;

    // Opening a connection is a key install and one schema read: fine on the GUI thread. From here on only the
    // worker touches them.
    auto reader = m_store->openConnection(Database::Mode::ReadOnly);
    if (!reader)
        return fail(reader.error().message());
    auto writer = m_store->openConnection(Database::Mode::ReadWrite);
    if (!writer)
        return fail(writer.error().message());
    struct Connections
    {
        Database reader;
        Database auditWriter;
    };
    auto connections
        = std::make_shared<Connections>(Connections { std::move(reader).value(), std::move(writer).value() });

    m_dialog = new QProgressDialog(m_parentWidget);
    m_dialog->setObjectName(QStringLiteral("exportProgress"));
    m_dialog->setWindowTitle(tr("Export"));
    m_dialog->setLabelText(tr("Exporting access events to %1…").arg(QFileInfo(m_path).fileName()));
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setRange(0, 1000);
    m_dialog->setMinimumDuration(300); // a small export finishes before the dialog would flash
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, &AccessExportController::cancel);

    m_runner.run(
        [this, connections, request = std::move(request)](const LatestResultRunner::Job& worker) {
            AccessExportJob job(connections->reader, connections->auditWriter, request);
            job.setCancelFlag(worker.cancelFlag());
            job.setProgressHandler([this, &worker](const AccessExportJob::Progress& progress) {
                // Dropped once the controller is gone: it cancels the request as it goes.
                worker.post([this, progress]() { showProgress(progress.rows, progress.fraction); });
            });
            Result<AccessExportJob::Summary> result = job.run();
            connections->reader.close();
            connections->auditWriter.close();
            return result;
        },
        [this](const Result<AccessExportJob::Summary>& result) { finish(result); });
}

void AccessExportController::cancel()
{
    // Interrupted, not dropped: finished() still tells how it ended ("Export cancelled; no file was written.").
    m_cancelRequested = true;
    m_runner.interrupt();
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}

void AccessExportController::showProgress(qint64 rows, double fraction)
{
    if (!m_dialog || m_cancelRequested)
        return;
    m_dialog->setLabelText(
        tr("Exporting access events to %1…\n%2 written").arg(QFileInfo(m_path).fileName(), QLocale().toString(rows)));
    m_dialog->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
}

void AccessExportController::finish(const Result<AccessExportJob::Summary>& result)
{
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    if (!result) {
        Q_EMIT finished(false,
                        result.error().code() == Error::Code::Cancelled
                            ? tr("Export cancelled; no file was written.")
                            : tr("Export failed: %1").arg(result.error().message()));
        return;
    }
    // The next export suggests this folder (ExportFolder).
    ExportFolder::remember(result->path);
    const QString file = QFileInfo(result->path).fileName();
    const QString rows = QLocale().toString(result->rows);
    Q_EMIT finished(true,
                    result->pages > 0
                        ? tr("Exported %1 access events to %2 (%3 pages).").arg(rows, file).arg(result->pages)
                        : tr("Exported %1 access events to %2.").arg(rows, file));
}

} // namespace custodian
