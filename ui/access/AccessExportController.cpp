#include "ui/access/AccessExportController.h"

#include "export/AccessExportJob.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>

#include <algorithm>
#include <atomic>

namespace custodian {

// What the worker thread owns while it runs: its two connections (opened on the GUI thread, then used only by
// the worker, which closes them), the cancel flag and the outcome.
struct AccessExportController::Worker
{
    Database reader;
    Database auditWriter;
    std::atomic_bool cancel = false;
    AccessExportJob::Request request;
    Result<AccessExportJob::Summary> result = Error(Error::Code::Cancelled, QString());
};

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
    if (m_thread) {
        m_worker->cancel = true; // the read stops within a few thousand VM steps, the writing within a row
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
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
    if (!AccessExportJob::formatFromName(m_format, &request.format))
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
    m_worker = std::make_shared<Worker>();
    m_worker->reader = std::move(reader).value();
    m_worker->auditWriter = std::move(writer).value();
    m_worker->request = std::move(request);

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

    std::shared_ptr<Worker> worker = m_worker;
    m_thread = QThread::create([worker, this]() {
        AccessExportJob job(worker->reader, worker->auditWriter, worker->request);
        job.setCancelFlag(&worker->cancel);
        job.setProgressHandler([this](const AccessExportJob::Progress& progress) {
            // The controller outlives the thread (its destructor waits), and a queued call to a deleted object
            // is dropped.
            QMetaObject::invokeMethod(
                this, [this, progress]() { showProgress(progress.rows, progress.fraction); }, Qt::QueuedConnection);
        });
        worker->result = job.run();
        worker->reader.close();
        worker->auditWriter.close();
    });
    m_thread->setObjectName(QStringLiteral("access export"));
    connect(m_thread, &QThread::finished, this, &AccessExportController::finish);
    m_thread->start();
}

void AccessExportController::cancel()
{
    if (m_worker)
        m_worker->cancel = true;
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}

void AccessExportController::showProgress(qint64 rows, double fraction)
{
    if (!m_dialog || (m_worker && m_worker->cancel))
        return;
    m_dialog->setLabelText(
        tr("Exporting access events to %1…\n%2 written").arg(QFileInfo(m_path).fileName(), QLocale().toString(rows)));
    m_dialog->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
}

void AccessExportController::finish()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    const Result<AccessExportJob::Summary>& result = m_worker->result;
    if (!result) {
        Q_EMIT finished(false,
                        result.error().code() == Error::Code::Cancelled
                            ? tr("Export cancelled; no file was written.")
                            : tr("Export failed: %1").arg(result.error().message()));
        return;
    }
    const QString file = QFileInfo(result->path).fileName();
    const QString rows = QLocale().toString(result->rows);
    Q_EMIT finished(true,
                    result->pages > 0
                        ? tr("Exported %1 access events to %2 (%3 pages).").arg(rows, file).arg(result->pages)
                        : tr("Exported %1 access events to %2.").arg(rows, file));
}

} // namespace custodian
