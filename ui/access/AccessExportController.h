#pragma once

#include "domain/AccessFilter.h"
#include "domain/AccessSort.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace custodian {

class Store;

// Runs one access-log export (AccessExportJob) for the access page: on a worker thread with connections of its
// own, behind a progress dialog (objectName "exportProgress", rows written and an estimated fraction) whose
// Cancel stops it within a row. Emits finished() once: with ok and a message for the status line ("Exported 1 234
// access events to access.csv."), or with the reason it failed or was cancelled — then no file was written and
// nothing was audited. The page deletes the controller after finished(); deleting it earlier cancels the export
// and waits for the thread (milliseconds). Cancel it before the store is locked: its connections are its own.
class AccessExportController : public QObject
{
    Q_OBJECT
public:
    // `format`: "csv" or "pdf". `parent` also parents the progress dialog.
    AccessExportController(Store* store, QString actor, AccessFilter filter, AccessSort sort, QString format,
                           QString path, QWidget* parent);
    ~AccessExportController() override;

    void start();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    [[nodiscard]] QProgressDialog* progressDialog() const;

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    struct Worker;

    void showProgress(qint64 rows, double fraction);
    void finish();
    void fail(const QString& message);

    Store* m_store = nullptr;
    QString m_actor;
    AccessFilter m_filter;
    AccessSort m_sort;
    QString m_format;
    QString m_path;
    QPointer<QWidget> m_parentWidget;
    QPointer<QProgressDialog> m_dialog;
    QThread* m_thread = nullptr;
    std::shared_ptr<Worker> m_worker;
    bool m_started = false;
};

} // namespace custodian
