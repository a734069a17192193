#pragma once

#include "domain/AccessFilter.h"
#include "domain/AccessSort.h"
#include "export/AccessExportJob.h"
#include "ui/session/LatestResultRunner.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QProgressDialog;
class QWidget;

namespace custodian {

class Store;

// Runs one access-log export (AccessExportJob) for the access page: on a worker thread with connections of its
// own, behind a progress dialog (objectName "exportProgress", rows written and an estimated fraction) whose
// Cancel stops it within a row. Emits finished() once: with ok and a message for the status line ("Exported 1 234
// access events to access.csv."), or with the reason it failed or was cancelled — then no file was written and
// nothing was audited. The page deletes the controller after finished(); deleting it earlier cancels the export
// (the worker stops within a row and removes its partial file on its own) without waiting for it.
class AccessExportController : public QObject
{
    Q_OBJECT
public:
    // `format`: "csv" or "pdf". `parent` also parents the progress dialog.
    AccessExportController(Store* store, QString actor, AccessFilter filter, AccessSort sort, QString format,
                           QString path, QWidget* parent);
    ~AccessExportController() override;

    void start();
    [[nodiscard]] bool isRunning() const { return m_runner.isRunning(); }
    [[nodiscard]] QProgressDialog* progressDialog() const;
    // The file this export writes.
    [[nodiscard]] const QString& path() const { return m_path; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    void showProgress(qint64 rows, double fraction);
    void finish(const Result<AccessExportJob::Summary>& result);
    void fail(const QString& message);

    Store* m_store = nullptr;
    QString m_actor;
    AccessFilter m_filter;
    AccessSort m_sort;
    QString m_format;
    QString m_path;
    QPointer<QWidget> m_parentWidget;
    QPointer<QProgressDialog> m_dialog;
    LatestResultRunner m_runner;
    bool m_cancelRequested = false; // Cancel pressed: progress stops showing at once
    bool m_started = false;
};

} // namespace custodian
